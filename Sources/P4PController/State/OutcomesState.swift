import P4PStore

/// The outcomes report on screen, for supervisors: which twelve months and which county, what
/// the store read for them (nil until it has), and the scroll.
public struct OutcomesState: Sendable {
    /// How many months before today the twelve months end: 0 ends today; `[` goes back one.
    public var monthsBack = 0
    /// Nil: every county.
    public var county: String?
    /// The counties cases are in, as last read: what the county key steps through.
    public var counties: [String] = []
    public var report: OutcomesReport?
    public var scroll = ListCursor()
    /// The opening of the report is in the audit log.
    var audited = false
    public init() {}

    /// What the screen asks the store for, as of `today`.
    public func query(today: Day) -> OutcomesQuery {
        OutcomesQuery(period: Self.twelveMonths(endingMonthsBefore: monthsBack, today), county: county, today: today)
    }

    /// The twelve months ending `months` months before `today` (on the same day of the month,
    /// or the month's last day when it is shorter).
    public static func twelveMonths(endingMonthsBefore months: Int, _ today: Day) -> ReportPeriod {
        let end = monthsBefore(months, today)
        return ReportPeriod(from: monthsBefore(12, end).adding(days: 1), to: end)!
    }

    static func monthsBefore(_ months: Int, _ day: Day) -> Day {
        let (year, month, dayOfMonth) = day.components
        let index = year * 12 + (month - 1) - months
        let (y, m) = (index / 12, index % 12 + 1)
        return Day(year: y, month: m, day: min(dayOfMonth, Day.daysIn(month: m, year: y)))!
    }
}

/// Which report the screen asked for: its answer is shown only while the screen still asks for it.
public struct OutcomesQuery: Hashable, Sendable {
    public var period: ReportPeriod
    /// Nil: every county.
    public var county: String?
    /// Which past hearings still "scheduled" count as unrecorded.
    public var today: Day
}

/// What the store answers the screen: the report, and the counties there are to choose from.
public struct OutcomesPage: Hashable, Sendable {
    public var report: OutcomesReport
    public var counties: [String]
    public init(report: OutcomesReport, counties: [String]) { self.report = report; self.counties = counties }
}
