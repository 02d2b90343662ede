import CSV
import Foundation

/// One parent at one hearing, as a court calendar row gives it, checked and in the program's forms.
public struct DocketRow: Hashable, Sendable {
    /// The row's line in the file; the header is line 1.
    public var line: Int
    public var date: Day
    public var time: TimeOfDay?
    public var courtroom: String?
    public var caseNumber: String
    /// The court's words for the hearing; mapped to a hearing type when imported.
    public var hearingType: String
    public var partyName: String
    public var role: ParentRole
    public var judicialOfficer: String?
    /// The interpreter's language, when the calendar names one.
    public var language: String?
    public var interpreterNeeded: Bool
}

/// A row that cannot be imported, and why. Reasons name fields, never people or cases.
public struct RejectedRow: Hashable, Sendable {
    public var line: Int
    public var reasons: [String]
}

/// A row that repeats an earlier one: the same parent at the same hearing.
public struct DuplicateRow: Hashable, Sendable {
    public var line: Int
    public var sameAs: Int
}

/// A row for someone who is not a parent: the child, an attorney, the GAL, ...
public struct SkippedParty: Hashable, Sendable {
    public var line: Int
    /// "child", "attorney", "GAL", ...; nil when the role is not one the import knows.
    public var role: String?
}

/// Why a whole file is refused; nothing from it is written.
public enum DocketFileError: Error, Equatable, CustomStringConvertible {
    case notText
    case empty
    case missingColumns([CalendarColumn])

    public var description: String {
        switch self {
        case .notText: return "is not UTF-8 text; export the calendar as CSV (UTF-8)"
        case .empty: return "is empty; there is no header row"
        case .missingColumns(let columns):
            let names = columns.map(\.label).joined(separator: ", ")
            let all = CalendarColumn.required.map(\.label).joined(separator: ", ")
            return "is not a court calendar: no column for \(names) (a calendar's header row names \(all))"
        }
    }
}

/// A court calendar export, read and checked row by row before anything touches the database.
public struct DocketFile: Sendable {
    /// Rows after the header that are not blank.
    public var rowCount = 0
    /// Parents' rows that can be imported, in file order.
    public var rows: [DocketRow] = []
    public var rejected: [RejectedRow] = []
    public var duplicates: [DuplicateRow] = []
    public var skipped: [SkippedParty] = []

    /// The days the calendar covers, from its importable rows.
    public var range: ClosedRange<Day>? {
        guard let first = rows.map(\.date).min(), let last = rows.map(\.date).max() else { return nil }
        return first...last
    }

    /// Reads a file's bytes: UTF-8, with or without a byte-order mark.
    public static func parse(_ data: Data) throws(DocketFileError) -> DocketFile {
        guard let text = String(data: data, encoding: .utf8) else { throw .notText }
        return try parse(text: text)
    }

    /// Reads the text with CSV.swift (quotes, commas and line breaks in fields, LF or CRLF).
    /// The first row that is not blank is the header; a byte-order mark before it is dropped.
    public static func parse(text: String) throws(DocketFileError) -> DocketFile {
        guard let reader = try? CSVReader(string: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text) else {
            throw .empty
        }
        var file = DocketFile()
        var header: CalendarHeader?
        var seen: [DuplicateKey: Int] = [:]
        var line = 1
        while let fields = reader.next() {
            let thisLine = line
            // A quoted field may hold line breaks: the next row starts that many lines further.
            line += 1 + fields.reduce(0) { $0 + $1.count(where: \.isNewline) }
            guard fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            guard let columns = header else {
                let found = CalendarHeader(fields)
                if !found.missing.isEmpty { throw .missingColumns(found.missing) }
                header = found
                continue
            }
            file.rowCount += 1
            switch check(fields, line: thisLine, columns) {
            case .skipped(let party): file.skipped.append(party)
            case .rejected(let row): file.rejected.append(row)
            case .accepted(let row):
                let key = DuplicateKey(row)
                if let first = seen[key] {
                    file.duplicates.append(DuplicateRow(line: thisLine, sameAs: first))
                } else {
                    seen[key] = thisLine
                    file.rows.append(row)
                }
            }
        }
        if header == nil { throw .empty }
        return file
    }

    enum Checked { case accepted(DocketRow), rejected(RejectedRow), skipped(SkippedParty) }

    /// One row: a parent's row with every field readable, or the reasons it is not. Other
    /// parties' rows are skipped before their fields are checked: they are not imported.
    static func check(_ fields: [String], line: Int, _ columns: CalendarHeader) -> Checked {
        func value(_ column: CalendarColumn) -> String { columns.value(column, in: fields) }
        let role: ParentRole
        switch CalendarValues.text(value(.partyRole)).map(PartyKind.of) {
        case nil: return .rejected(RejectedRow(line: line, reasons: ["missing party role"]))
        case .other(let label): return .skipped(SkippedParty(line: line, role: label))
        case .unrecognised: return .skipped(SkippedParty(line: line, role: nil))
        case .parent(let parentRole): role = parentRole
        }
        var reasons: [String] = []
        let caseNumber = CalendarValues.caseNumber(value(.caseNumber))
        if caseNumber == nil { reasons.append("missing case number") }
        let date = CalendarValues.date(value(.date))
        if date == nil { reasons.append(unreadable("date", value(.date), allowed: "0123456789/-")) }
        let timeText = value(.time).trimmingCharacters(in: .whitespaces)
        let time = CalendarValues.time(timeText)
        if time == nil, !timeText.isEmpty { reasons.append(unreadable("time", timeText, allowed: "0123456789: .apmAPM")) }
        let hearingType = CalendarValues.text(value(.hearingType))
        if hearingType == nil { reasons.append("missing hearing type") }
        var name: String?
        if CalendarValues.text(value(.partyName)) == nil {
            reasons.append("missing party name")
        } else {
            do { name = try CalendarValues.personName(value(.partyName)) } catch {
                reasons.append("party name longer than \(Validate.maxNameLength) characters")
            }
        }
        guard reasons.isEmpty, let caseNumber, let date, let hearingType, let name else {
            return .rejected(RejectedRow(line: line, reasons: reasons))
        }
        let interpreter = CalendarValues.interpreter(value(.interpreter))
        return .accepted(DocketRow(line: line, date: date, time: time, courtroom: CalendarValues.text(value(.courtroom)),
                                   caseNumber: caseNumber, hearingType: hearingType, partyName: name, role: role,
                                   judicialOfficer: CalendarValues.text(value(.judicialOfficer)),
                                   language: interpreter.language, interpreterNeeded: interpreter.needed))
    }

    /// "bad date "11/31/2026"", quoting the text only when it looks like an attempt at one:
    /// a column shifted by one could put a name where the date should be, and names stay out
    /// of the summary.
    static func unreadable(_ what: String, _ text: String, allowed: String) -> String {
        let shown = text.trimmingCharacters(in: .whitespaces)
        if shown.isEmpty { return "missing \(what)" }
        guard shown.count <= 20, shown.allSatisfy({ allowed.contains($0) }) else { return "bad \(what)" }
        return "bad \(what) \"\(shown)\""
    }

    /// The same parent at the same hearing: case, day, hearing words and name, without case,
    /// accents or the word "hearing".
    struct DuplicateKey: Hashable {
        let caseNumber: String, date: Day, hearing: String, name: String
        init(_ row: DocketRow) {
            caseNumber = SearchPattern.fold(row.caseNumber)
            date = row.date
            hearing = HearingTypeAliases.lookupKeys(row.hearingType).last ?? ""
            name = SearchPattern.fold(row.partyName)
        }
    }
}
