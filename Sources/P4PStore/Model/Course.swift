/// A class or group the program runs: Dependency 101 and any others it adds. Sessions name their
/// course by code; only courses that count as Dependency 101 feed the statute's figure.
public struct Course: Hashable, Sendable, Codable {
    public var id: ID?
    public var code: String
    public var name: String
    public var countsAsDependency101: Bool
    public var sortOrder: Int
    public var active: Bool

    /// The code of the course the statute counts.
    public static let dependency101 = "dependency-101"

    public init(id: ID? = nil, code: String, name: String, countsAsDependency101: Bool = false, sortOrder: Int = 0,
                active: Bool = true) {
        self.id = id; self.code = code; self.name = name; self.countsAsDependency101 = countsAsDependency101
        self.sortOrder = sortOrder; self.active = active
    }
}

/// What the court found at a review or permanency hearing about a parent's compliance with the
/// ordered services, or with visitation.
public enum ComplianceFinding: String, Sendable, Codable, CaseIterable {
    case compliant, partially, notCompliant = "not compliant", notAddressed = "not addressed"
}
