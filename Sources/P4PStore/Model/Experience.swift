/// One entry of the list shared by allies' lived experience and parents' circumstances: a code,
/// with words from the catalogues for the seeded codes and the program's own label otherwise.
public struct Experience: Hashable, Sendable {
    public var code: String
    /// The program's own words for an entry it added; nil for the seeded ones.
    public var label: String?

    public init(code: String, label: String? = nil) { self.code = code; self.label = label }

    /// The entry in words: "recovery", "domestic violence", or the program's own label.
    public var words: Phrase { Self.words(code: code, label: label) }

    public static func words(code: String, label: String?) -> Phrase {
        if let label { return .asIs(label) }
        return seeded.contains(code) ? Phrase(W("experience.\(code)")) : .asIs(code)
    }

    /// The common ones, in the order forms list them.
    public static let seeded = ["recovery", "domestic-violence", "incarceration", "housing", "mental-health",
                                "special-needs", "foster-care"]
}
