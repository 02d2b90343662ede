import CSV
import Foundation

/// The formats a report prints in: `--format text|markdown|csv`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv
}

extension ReportDocument {
    /// `width` measures text in terminal columns; the command line passes the terminal's own
    /// measure, so CJK names line up.
    public func formatted(_ format: ReportFormat, width: (String) -> Int = { $0.count }) throws -> String {
        switch format {
        case .text: return text(width: width)
        case .markdown: return markdown()
        case .csv: return try csv()
        }
    }

    /// Aligned columns, numbers to the right, a blank line between sections.
    public func text(width: (String) -> Int = { $0.count }) -> String {
        var lines = [title, subtitle]
        for section in sections {
            lines += ["", section.heading]
            guard !section.rows.isEmpty else { lines.append("  none"); continue }
            let cells = section.rows.map { $0.map(\.plain) }
            let widths = section.columns.indices.map { i in
                ([width(section.columns[i])] + cells.map { i < $0.count ? width($0[i]) : 0 }).max() ?? 0
            }
            func line(_ values: [String], numeric: (Int) -> Bool) -> String {
                let padded = values.indices.map { i -> String in
                    let pad = String(repeating: " ", count: max(0, widths[i] - width(values[i])))
                    return numeric(i) ? pad + values[i] : values[i] + pad
                }
                return ("  " + padded.joined(separator: "  ")).trimmingTrailingSpaces
            }
            let numericColumn = section.columns.indices.map { i in section.rows.contains { i < $0.count && $0[i].isNumeric } }
            lines.append(line(section.columns, numeric: { numericColumn[$0] }))
            for (row, values) in zip(section.rows, cells) {
                lines.append(line(values, numeric: { row[$0].isNumeric }))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A heading per section and a pipe table; cells escaped so a name cannot break the table.
    public func markdown() -> String {
        var lines = ["# \(title.markdownEscaped)", "", subtitle.markdownEscaped]
        for section in sections {
            lines += ["", "## \(section.heading.markdownEscaped)", ""]
            guard !section.rows.isEmpty else { lines.append("None."); continue }
            let numericColumn = section.columns.indices.map { i in section.rows.contains { i < $0.count && $0[i].isNumeric } }
            lines.append("| " + section.columns.map(\.markdownEscaped).joined(separator: " | ") + " |")
            lines.append("|" + numericColumn.map { $0 ? "---:|" : "---|" }.joined())
            for row in section.rows {
                lines.append("| " + row.map { $0.plain.markdownEscaped }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table for the whole report, so any CSV reader takes it: a `section` column, then
    /// `rank` and `total` when a list was cut short, then every section's columns in order of
    /// first use (empty where a section has no such column).
    public func csv() throws -> String {
        var columns: [String] = []
        for name in sections.flatMap(\.columns) where !columns.contains(name) { columns.append(name) }
        let ranked = sections.contains { $0.total != nil }
        let header = ["section"] + (ranked ? ["rank", "total"] : []) + columns

        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: header)
        for section in sections {
            for (index, row) in section.rows.enumerated() {
                var fields = [section.title]
                if ranked { fields += section.total.map { ["\(index + 1)", "\($0)"] } ?? ["", ""] }
                fields += columns.map { name in
                    section.columns.firstIndex(of: name).map { $0 < row.count ? row[$0].csv : "" } ?? ""
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
    public var heading: String {
        guard let total else { return title }
        return total > rows.count ? "\(title) (first \(rows.count) of \(total))" : "\(title) (\(total))"
    }
}

extension ReportCell {
    /// As people read it: "60%", "200.5", "2026-11-23"; "—" where there is nothing to show.
    public var plain: String {
        switch self {
        case .text(let text): return text.withoutControlCharacters
        case .count(let n): return "\(n)"
        case .rate(let rate): return rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
        case .number(let number): return number.map(Self.decimal) ?? "—"
        case .day(let day): return day?.iso ?? "—"
        case .empty: return ""
        }
    }

    /// As a program reads it: rates as fractions to three places, nothing for a missing value.
    /// Text is made spreadsheet-safe (`SpreadsheetCell`): a formula starts with a leading '.
    var csv: String {
        switch self {
        case .text(let text): return SpreadsheetCell.text(text)
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
