import CSV
import Foundation

/// The formats a report prints in: `--format text|markdown|csv`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv
}

extension ReportDocument {
    /// Text and Markdown in `language`; CSV in English whatever the language. `width` measures
    /// text in terminal columns; the command line passes the terminal's own measure, so CJK
    /// names line up.
    public func formatted(_ format: ReportFormat, in language: Language, width: (String) -> Int = { $0.count }) throws -> String {
        switch format {
        case .text: return text(in: language, width: width)
        case .markdown: return markdown(in: language)
        case .csv: return try csv()
        }
    }

    /// Aligned columns, numbers to the right, a blank line between sections.
    public func text(in language: Language, width: (String) -> Int = { $0.count }) -> String {
        var lines = [title.text(language), subtitle.text(language)]
        for section in sections {
            lines += ["", section.heading.text(language)]
            guard !section.rows.isEmpty else { lines.append("  " + Phrase("report.none").text(language)); continue }
            let columns = section.columns.map { Catalogue.text($0, in: language) }
            let cells = section.rows.map { $0.map { $0.plain(language) } }
            let widths = columns.indices.map { i in
                ([width(columns[i])] + cells.map { i < $0.count ? width($0[i]) : 0 }).max() ?? 0
            }
            func line(_ values: [String], numeric: (Int) -> Bool) -> String {
                let padded = values.indices.map { i -> String in
                    let pad = String(repeating: " ", count: max(0, widths[i] - width(values[i])))
                    return numeric(i) ? pad + values[i] : values[i] + pad
                }
                return ("  " + padded.joined(separator: "  ")).trimmingTrailingSpaces
            }
            let numericColumn = columns.indices.map { i in section.rows.contains { i < $0.count && $0[i].isNumeric } }
            lines.append(line(columns, numeric: { numericColumn[$0] }))
            for (row, values) in zip(section.rows, cells) {
                lines.append(line(values, numeric: { row[$0].isNumeric }))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A heading per section and a pipe table; cells escaped so a name cannot break the table.
    public func markdown(in language: Language) -> String {
        var lines = ["# \(title.text(language).markdownEscaped)", "", subtitle.text(language).markdownEscaped]
        for section in sections {
            lines += ["", "## \(section.heading.text(language).markdownEscaped)", ""]
            guard !section.rows.isEmpty else { lines.append(Phrase("report.noneSentence").text(language)); continue }
            let numericColumn = section.columns.indices.map { i in section.rows.contains { i < $0.count && $0[i].isNumeric } }
            lines.append("| " + section.columns.map { Catalogue.text($0, in: language).markdownEscaped }.joined(separator: " | ") + " |")
            lines.append("|" + numericColumn.map { $0 ? "---:|" : "---|" }.joined())
            for row in section.rows {
                lines.append("| " + row.map { $0.plain(language).markdownEscaped }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table for the whole report, so any CSV reader takes it: a `section` column, then
    /// `rank` and `total` when a list was cut short, then every section's columns in order of
    /// first use (empty where a section has no such column). English and stored codes only,
    /// whatever the reader's language: scripts read these names.
    public func csv() throws -> String {
        let english = Language.english
        var columns: [String] = []
        for name in sections.flatMap(\.columns).map({ Catalogue.text($0, in: english) }) where !columns.contains(name) {
            columns.append(name)
        }
        let ranked = sections.contains { $0.total != nil }
        let header = ["section"] + (ranked ? ["rank", "total"] : []) + columns

        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: header)
        for section in sections {
            let sectionColumns = section.columns.map { Catalogue.text($0, in: english) }
            for (index, row) in section.rows.enumerated() {
                var fields = [SpreadsheetCell.text(section.title.text(english))]
                if ranked { fields += section.total.map { ["\(index + 1)", "\($0)"] } ?? ["", ""] }
                fields += columns.map { name in
                    sectionColumns.firstIndex(of: name).map { $0 < row.count ? row[$0].csv : "" } ?? ""
                }
                try writer.write(row: fields)
            }
        }
        // Read while the stream is open: the writer closes it when it goes.
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension ReportSection {
    /// "First hearings today (3)", or "(first 20 of 143)" when the list was cut short.
    public var heading: Phrase { Self.heading(title, shown: rows.count, total: total) }

    /// A list's title with how many it holds: the reports' sections and the morning screen's parts.
    public static func heading(_ title: Phrase, shown: Int, total: Int?) -> Phrase {
        guard let total else { return title }
        return total > shown
            ? Phrase("report.heading.firstOf", ["title": .phrase(title), "shown": .number(shown), "total": .number(total)])
            : Phrase("report.heading.all", ["title": .phrase(title), "total": .number(total)])
    }
}

extension ReportCell {
    /// As people read it: "60%", "200.5", "2026-11-23", words in `language`; "—" where there
    /// is nothing to show.
    public func plain(_ language: Language) -> String {
        let missing = Phrase("report.missing").text(language)
        switch self {
        case .text(let text): return text.withoutControlCharacters
        case .words(let phrase), .code(_, let phrase): return phrase.text(language).withoutControlCharacters
        case .count(let n): return "\(n)"
        case .rate(let rate):
            return rate.map { Phrase("report.rate", ["percent": .number(Int(($0 * 100).rounded()))]).text(language) } ?? missing
        case .number(let number): return number.map(Self.decimal) ?? missing
        case .day(let day): return day?.iso ?? missing
        case .empty: return ""
        }
    }

    /// As a program reads it: rates as fractions to three places, nothing for a missing value,
    /// codes as stored, words in English. Text is made spreadsheet-safe (`SpreadsheetCell`): a
    /// formula starts with a leading '.
    var csv: String {
        switch self {
        case .text(let text): return SpreadsheetCell.text(text)
        case .words(let phrase): return SpreadsheetCell.text(phrase.text(.english))
        case .code(let code, _): return SpreadsheetCell.text(code)
        case .count(let n): return "\(n)"
        case .rate(let rate): return rate.map { String(format: "%.3f", $0) } ?? ""
        case .number(let number): return number.map(Self.decimal) ?? ""
        case .day(let day): return day?.iso ?? ""
        case .empty: return ""
        }
    }

    /// "200" or "200.5".
    static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// Markdown's special characters escaped, so a cell is read as the text it is.
    var markdownEscaped: String {
        var out = ""
        for ch in withoutControlCharacters {
            if "\\|*_`<>[]#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
