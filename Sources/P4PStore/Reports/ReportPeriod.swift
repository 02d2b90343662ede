/// The days a report counts: `from` through `to`, both included.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public let from: Day
    public let to: Day

    /// Nil when `to` comes before `from`.
    public init?(from: Day, to: Day) {
        guard from <= to else { return nil }
        self.from = from; self.to = to
    }

    /// The calendar month `YYYY-MM`; nil for anything else.
    public init?(month text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]),
              let first = Day(year: year, month: month, day: 1) else { return nil }
        self.init(monthOf: first)
    }

    /// The whole calendar month `day` falls in.
    public init(monthOf day: Day) {
        let first = day.firstOfMonth
        from = first
        to = Day(year: first.year, month: first.month, day: Day.daysIn(month: first.month, year: first.year))!
    }

    /// The first of `day`'s month through `day`: a month so far.
    public static func monthToDate(_ day: Day) -> ReportPeriod { ReportPeriod(from: day.firstOfMonth, to: day)! }

    /// The whole month before the one `day` falls in.
    public static func monthBefore(_ day: Day) -> ReportPeriod { ReportPeriod(monthOf: day.firstOfMonth.adding(days: -1)) }

    public var days: Int { to.days(since: from) + 1 }

    /// "2026-11-01 to 2026-11-23": how the audit log stores a range report's name.
    public var description: String { "\(from.iso) to \(to.iso)" } // not shown: stored in the audit log

    /// Whether the period is one whole calendar month.
    public var isWholeMonth: Bool { self == ReportPeriod(monthOf: from) }

    /// "November 2026" for a whole month, else "2026-11-01 to 2026-11-23".
    public var words: Phrase {
        isWholeMonth ? Phrase("verbatim", ["text": .day(from, .month)]) : range
    }

    /// "November 2026 (2026-11-01 to 2026-11-30)", or the dates alone when not a whole month.
    public var fullWords: Phrase {
        isWholeMonth ? Phrase("report.period.monthAndRange", ["month": .day(from, .month), "range": .phrase(range)]) : range
    }

    private var range: Phrase { Phrase("report.period.range", ["from": .day(from, .iso), "to": .day(to, .iso)]) }
}
