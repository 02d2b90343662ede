import Foundation

/// A column of a CSV file an import reads. Courts name columns in their own words, so each has
/// aliases (as `ImportHeader.normalise` leaves them); the first is the column's own name and
/// wins when a file has two columns for the same thing.
public protocol ImportColumn: CaseIterable, Hashable, Sendable {
    /// Without these a file is not one the import can use.
    static var required: [Self] { get }
    var aliases: [String] { get }
}

extension ImportColumn {
    /// The column as a header row names it: "case number" (courts' exports are in English).
    public var label: String { aliases[0] }
}

/// Why a whole import file is refused; nothing from it is written.
public enum ImportFileRefusal<Column: ImportColumn>: Error, Equatable, CustomStringConvertible {
    case notText
    case empty
    case missingColumns([Column])
    /// The header row itself cannot be read.
    case malformedHeader(line: Int, reason: Phrase)

    /// What is wrong with the file, after its name: "is empty; there is no header row".
    /// Columns are named as a header row names them.
    public var phrase: Phrase {
        switch self {
        case .notText: return "importFile.notText"
        case .empty: return "importFile.empty"
        case .missingColumns(let columns):
            return Phrase("importFile.missingColumns", ["names": .text(columns.map(\.label).joined(separator: ", ")),
                                                        "all": .text(Column.required.map(\.label).joined(separator: ", "))])
        case .malformedHeader(let line, let reason):
            return Phrase("importFile.malformedHeader", ["line": .number(line), "reason": .phrase(reason)])
        }
    }

    /// In the process's language, for the command line.
    public var description: String { phrase.text(.fromEnvironment()) }

    /// A file's bytes as text: UTF-8, or the file is refused.
    static func text(of data: Data) throws(Self) -> String {
        guard let text = String(data: data, encoding: .utf8) else { throw .notText }
        return text
    }
}

/// Which field of a row holds which column, read from the header row.
struct ImportHeader<Column: ImportColumn>: Equatable {
    let index: [Column: Int]

    init(_ fields: [String]) {
        var best: [Column: (rank: Int, field: Int)] = [:]
        for (field, text) in fields.enumerated() {
            let name = Self.normalise(text)
            for column in Column.allCases {
                guard let rank = column.aliases.firstIndex(of: name) else { continue }
                if let known = best[column], known.rank <= rank { continue }
                best[column] = (rank, field)
            }
        }
        index = best.mapValues(\.field)
    }

    var missing: [Column] { Column.required.filter { index[$0] == nil } }

    /// The column's text in a row; a short row has nothing in the columns it lacks.
    func value(_ column: Column, in row: [String]) -> String {
        guard let i = index[column], i < row.count else { return "" }
        return row[i]
    }

    /// "Hearing_Date", "HearingDate", " hearing  date " and "Hearing Date" are one header;
    /// "Case No." is "case no". `#` stays: "Case #" is a name courts use.
    static func normalise(_ header: String) -> String {
        var spaced = ""
        var previous: Character?
        for ch in header.withoutControlCharacters {
            // camelCase: a capital after a small letter starts a word.
            if ch.isUppercase, previous?.isLowercase == true { spaced.append(" ") }
            spaced.append(ch.isLetter || ch.isNumber || ch == "#" ? ch : " ")
            previous = ch
        }
        return SearchPattern.fold(spaced).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The records of an import file after its header row, read by the strict CSV reader
/// (`CalendarRecords`: quotes, commas and line breaks in fields, LF, CRLF or CR).
enum ImportRecords {
    enum Record<Column: ImportColumn> {
        /// A row after the header that is not blank; `lastLine` is past `line` when a quoted
        /// field ran over several lines.
        case fields([String], header: ImportHeader<Column>, line: Int, lastLine: Int)
        /// A row that cannot be read: it costs that row only.
        case unreadable(RejectedRow)
    }

    /// The first row that is not blank is the header (a byte-order mark before it is dropped);
    /// blank rows are passed over. A header that cannot be read, lacks a required column, or is
    /// not there refuses the whole file.
    static func read<Column: ImportColumn>(_ text: String, _ each: (Record<Column>) -> Void) throws(ImportFileRefusal<Column>) {
        var header: ImportHeader<Column>?
        for record in CalendarRecords(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text) {
            switch record {
            case .malformed(let at, let reason):
                guard header != nil else { throw .malformedHeader(line: at, reason: reason) }
                each(.unreadable(RejectedRow(line: at, reasons: [reason])))
            case .fields(let fields, let line, let lastLine):
                guard fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
                guard let header else {
                    let found = ImportHeader<Column>(fields)
                    if !found.missing.isEmpty { throw .missingColumns(found.missing) }
                    header = found
                    continue
                }
                each(.fields(fields, header: header, line: line, lastLine: lastLine))
            }
        }
        if header == nil { throw .empty }
    }
}
