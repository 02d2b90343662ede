/// What a program tells its funders for a period: `p4p report monthly` and `p4p report range`.
/// Every figure is defined in the README under its `Figure` name; `ProgramFigureSQL` counts it.
public struct ProgramReport: Hashable, Sendable {
    public var period: ReportPeriod
    public var parentsServed: Int
    public var reachedAtFirstHearing: Ratio
    public var dependency101: Ratio
    /// Dependency 101 attended, of all parents first met in the period (on a roster or not).
    public var dependency101AmongFirstMet: Ratio
    /// Every contact mode, in `ContactMode` order, then any other mode found.
    public var contactsByMode: [Tally]
    public var contactsReached: Ratio
    /// Most referred first.
    public var referralsByKind: [Tally]
    public var hearingsCovered: Ratio
    /// Every outcome, in `CaseOutcome` order.
    public var casesClosedByOutcome: [Tally]
    public var reunifiedWithin12Months: Ratio
    public var daysToPermanency: MedianDays
    public var reentryWithin12Months: Ratio
}
