/// The evaluation report the statute asks for (RCW 2.70.100): court attendance, compliance with
/// services and visitation, reunification within 12 months of removal, days to permanency and
/// re-entry, for the groups the program compares. `p4p report outcomes --from D --to D`;
/// defined in the README under "The outcomes report"; `OutcomesReportQuery` counts it.
public struct OutcomesReport: Hashable, Sendable {
    public var period: ReportPeriod
    /// Only cases of this county, when given.
    public var county: String?
    /// One row a group, in `OutcomeGroup` order.
    public var groups: [OutcomeGroupFigures]
    /// Parents' places at hearings in the period still "scheduled" after their day: left out of
    /// the rates, counted here.
    public var unrecordedHearings: Int
    /// Children on cases with parents in the report whose removal day is known nowhere (no
    /// 'removed' move, no case removal date): left out of the reunification figures.
    public var childrenWithoutRemoval: Int
}

/// The groups the report compares. A parent is in a group by what happened up to the period's
/// last day; a child or case is in a group when one of its parents is (the "never" groups: when
/// none of its parents is in the group they stand against).
public enum OutcomeGroup: String, CaseIterable, Hashable, Sendable {
    /// Met at a hearing, reached by a contact, or attended a class.
    case served
    /// On a case on the docket, never served ("none" beside the full model).
    case neverServed
    case dependency101Attended
    /// Put on a Dependency 101 roster and never attended one.
    case dependency101NotAttended
    /// A Parent Ally for at least 30 days and at least two reached contacts.
    case mentored
    /// Dependency 101 attended, mentored, and at least one later class or group session.
    case fullModel

    public var words: Phrase { Phrase(W("outcomes.group.\(rawValue)")) }
}

public struct OutcomeGroupFigures: Hashable, Sendable {
    public var group: OutcomeGroup
    public var parents: Int
    /// Held hearings in the period at which the parent was present, of those whose attendance
    /// the court recorded.
    public var attendance: Ratio
    /// Findings of "compliant" at review and permanency hearings held in the period, of all
    /// findings other than "not addressed".
    public var services: Ratio
    public var visitation: Ratio
    /// Children removed in the period who returned home within 365 days of removal.
    public var reunifiedChildren: Ratio
    /// Cases removed in the period all of whose removed children returned home within 365 days.
    public var reunifiedCases: Ratio
    /// Days from removal to permanency (returned home, adopted, guardianship) of each child
    /// removed in the period who reached it.
    public var daysToPermanency: [Int]
    /// Of the children removed in the period who returned home, those removed again within 365
    /// days of coming home.
    public var reentry: Ratio

    /// The middle value (the mean of the two middle values of an even count); nil when none.
    public var medianDaysToPermanency: Double? { Self.median(daysToPermanency) }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }
}
