/// Which report was printed, as the audit log keeps it ("report printed: monthly 2026-10"):
/// the command line writes the action from this, and the audit log reads it back into words.
public enum ReportPrinted: Hashable, Sendable {
    case morning
    /// `YYYY-MM`, as given.
    case monthly(String)
    case range(ReportPeriod)
    /// The activity report for `YYYY-MM`, as given.
    case activity(String)
    /// The outcomes report for a period.
    case outcomes(ReportPeriod)

    static let prefix = "report printed: "

    /// The audit action, the same in every language: the log stores it.
    public var action: String {
        switch self {
        case .morning: return Self.prefix + "morning review"
        case .monthly(let month): return Self.prefix + "monthly " + month
        case .range(let period): return Self.prefix + "range " + period.description
        case .activity(let month): return Self.prefix + "activity " + month
        case .outcomes(let period): return Self.prefix + "outcomes " + period.description
        }
    }

    /// Nil for an action that is not a report printed, or one this version cannot read.
    public init?(action: String) {
        guard action.hasPrefix(Self.prefix) else { return nil }
        let name = action.dropFirst(Self.prefix.count)
        if name == "morning review" { self = .morning; return }
        if name.hasPrefix("monthly "), ReportPeriod(month: String(name.dropFirst("monthly ".count))) != nil {
            self = .monthly(String(name.dropFirst("monthly ".count)))
            return
        }
        if name.hasPrefix("activity "), ReportPeriod(month: String(name.dropFirst("activity ".count))) != nil {
            self = .activity(String(name.dropFirst("activity ".count)))
            return
        }
        if name.hasPrefix("outcomes ") {
            guard let period = Self.period(name.dropFirst("outcomes ".count)) else { return nil }
            self = .outcomes(period)
            return
        }
        guard name.hasPrefix("range "), let period = Self.period(name.dropFirst("range ".count)) else { return nil }
        self = .range(period)
    }

    /// "2026-10-01 to 2026-10-31" read back.
    private static func period(_ text: Substring) -> ReportPeriod? {
        let days = text.components(separatedBy: " to ")
        guard days.count == 2, let from = Day(iso: days[0]), let to = Day(iso: days[1]) else { return nil }
        return ReportPeriod(from: from, to: to)
    }

    /// "the morning review", "the monthly report for November 2026".
    public var words: Phrase {
        switch self {
        case .morning: return "audit.report.morning"
        case .monthly(let month):
            guard let period = ReportPeriod(month: month) else { return .asIs(month) }
            return Phrase("audit.report.monthly", ["month": .day(period.from, .month)])
        case .range(let period):
            return Phrase("audit.report.range", ["from": .day(period.from, .iso), "to": .day(period.to, .iso)])
        case .activity(let month):
            guard let period = ReportPeriod(month: month) else { return .asIs(month) }
            return Phrase("audit.report.activity", ["month": .day(period.from, .month)])
        case .outcomes(let period):
            return Phrase("audit.report.outcomes", ["from": .day(period.from, .iso), "to": .day(period.to, .iso)])
        }
    }
}
