/// A report as titled tables of typed cells, ready for any format: the text, Markdown and CSV
/// writers share it, so the three can never disagree about what a report holds. Its words are
/// phrases: text and Markdown speak the reader's language, CSV speaks English (scripts read it).
public struct ReportDocument: Sendable {
    public var title: Phrase
    /// The period or day the report covers, in words.
    public var subtitle: Phrase
    public var sections: [ReportSection]

    public init(title: Phrase, subtitle: Phrase, sections: [ReportSection]) {
        self.title = title; self.subtitle = subtitle; self.sections = sections
    }
}

public struct ReportSection: Sendable {
    public var title: Phrase
    /// Each column's name; in CSV, its English text is the header a script reads.
    public var columns: [W]
    public var rows: [[ReportCell]]
    /// For a list cut short: how many items there are in all (`rows` are the first of them).
    public var total: Int?

    public init(title: Phrase, columns: [W], rows: [[ReportCell]], total: Int? = nil) {
        self.title = title; self.columns = columns; self.rows = rows; self.total = total
    }
}

/// One value, typed, so each format writes it its own way: a rate is "60%" in text and "0.600"
/// in CSV; a missing rate is "—" in text and empty in CSV; a stored code is its words in text
/// and the code itself in CSV.
public enum ReportCell: Hashable, Sendable {
    /// Shown as it is: a name, a case number, a courtroom.
    case text(String)
    /// Words in the reader's language (English in CSV).
    case words(Phrase)
    /// A stored code ("phone", "reunified"): its words in text, the code in CSV.
    case code(String, Phrase)
    case count(Int)
    case rate(Double?)
    /// A measured number, like a median in days.
    case number(Double?)
    case day(Day?)
    case empty

    var isNumeric: Bool {
        switch self {
        case .count, .rate, .number: return true
        case .text, .words, .code, .day, .empty: return false
        }
    }
}
