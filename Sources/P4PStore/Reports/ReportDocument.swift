/// A report as titled tables of typed cells, ready for any format: the text, Markdown and CSV
/// writers share it, so the three can never disagree about what a report holds.
public struct ReportDocument: Sendable {
    public var title: String
    /// The period or day the report covers, in words.
    public var subtitle: String
    public var sections: [ReportSection]

    public init(title: String, subtitle: String, sections: [ReportSection]) {
        self.title = title; self.subtitle = subtitle; self.sections = sections
    }
}

public struct ReportSection: Sendable {
    public var title: String
    public var columns: [String]
    public var rows: [[ReportCell]]
    /// For a list cut short: how many items there are in all (`rows` are the first of them).
    public var total: Int?

    public init(title: String, columns: [String], rows: [[ReportCell]], total: Int? = nil) {
        self.title = title; self.columns = columns; self.rows = rows; self.total = total
    }
}

/// One value, typed, so each format writes it its own way: a rate is "60%" in text and "0.600"
/// in CSV; a missing rate is "—" in text and empty in CSV.
public enum ReportCell: Hashable, Sendable {
    case text(String)
    case count(Int)
    case rate(Double?)
    /// A measured number, like a median in days.
    case number(Double?)
    case day(Day?)
    case empty

    var isNumeric: Bool {
        switch self {
        case .count, .rate, .number: return true
        case .text, .day, .empty: return false
        }
    }
}
