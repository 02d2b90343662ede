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
    public var reasons: [Phrase]
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

/// Why a whole calendar file is refused; nothing from it is written.
public typealias DocketFileError = ImportFileRefusal<CalendarColumn>

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
        try parse(text: try DocketFileError.text(of: data))
    }

    /// Reads the text record by record (`ImportRecords`). A row that cannot be read is rejected
    /// by its line; the rest are read.
    public static func parse(text: String) throws(DocketFileError) -> DocketFile {
        var file = DocketFile()
        var seen: [DuplicateKey: Int] = [:]
        try ImportRecords.read(text) { (record: ImportRecords.Record<CalendarColumn>) in
            file.rowCount += 1
            switch record {
            case .unreadable(let row):
                file.rejected.append(row)
            case .fields(let fields, let columns, let line, let lastLine):
                let checked = lastLine > line ? runOn(fields, line: line, lastLine: lastLine, columns) : nil
                switch checked ?? check(fields, line: line, columns) {
                case .skipped(let party): file.skipped.append(party)
                case .rejected(let row): file.rejected.append(row)
                case .accepted(let row):
                    let key = DuplicateKey(row)
                    if let first = seen[key] {
                        file.duplicates.append(DuplicateRow(line: line, sameAs: first))
                    } else {
                        seen[key] = line
                        file.rows.append(row)
                    }
                }
            }
        }
        return file
    }

    /// A row over several lines may hold a line break in a note, never in a column the import
    /// reads: one there means a quote left open took the next line in, and the row is rejected.
    static func runOn(_ fields: [String], line: Int, lastLine: Int, _ columns: CalendarHeader) -> Checked? {
        let broken = CalendarColumn.allCases.filter { columns.value($0, in: fields).contains(where: \.isNewline) }
        guard !broken.isEmpty else { return nil }
        return .rejected(RejectedRow(line: line, reasons: [
            Phrase("importReject.runsOn", ["columns": .list(broken.map(\.words), separator: ", "), "line": .number(lastLine),
                                           "why": .phrase(CalendarRecords.unclosedQuote)])]))
    }

    enum Checked { case accepted(DocketRow), rejected(RejectedRow), skipped(SkippedParty) }

    /// One row: a parent's row with every field readable, or the reasons it is not. Other
    /// parties' rows are skipped before their fields are checked: they are not imported.
    static func check(_ fields: [String], line: Int, _ columns: CalendarHeader) -> Checked {
        func value(_ column: CalendarColumn) -> String { columns.value(column, in: fields) }
        var reasons: [Phrase] = []
        /// The column's cleaned text, nil when blank or too long (which is a reason).
        func text(_ column: CalendarColumn) -> String? {
            guard let clean = CalendarValues.text(value(column)) else { return nil }
            if let limit = column.maxLength, clean.count > limit {
                reasons.append(Phrase("importReject.tooLong", ["column": .phrase(column.words), "limit": .number(limit)]))
                return nil
            }
            return clean
        }
        let role: ParentRole
        let roleText = text(.partyRole)
        switch roleText.map(PartyKind.of) {
        case nil: return .rejected(RejectedRow(line: line, reasons: reasons.isEmpty ? [missing(.partyRole)] : reasons))
        case .other(let label): return .skipped(SkippedParty(line: line, role: label))
        case .unrecognised: return .skipped(SkippedParty(line: line, role: nil))
        case .parent(let parentRole): role = parentRole
        }
        let caseNumber = text(.caseNumber)
        if CalendarValues.text(value(.caseNumber)) == nil { reasons.append(missing(.caseNumber)) }
        let date = CalendarValues.date(value(.date))
        if date == nil { reasons.append(unreadable(.date, value(.date), allowed: "0123456789/-")) }
        let timeText = value(.time).trimmingCharacters(in: .whitespaces)
        let time = CalendarValues.time(timeText)
        if time == nil, !timeText.isEmpty { reasons.append(unreadable(.time, timeText, allowed: "0123456789: .apmAPM")) }
        let hearingType = text(.hearingType)
        if CalendarValues.text(value(.hearingType)) == nil { reasons.append(missing(.hearingType)) }
        let courtroom = text(.courtroom)
        let judicialOfficer = text(.judicialOfficer)
        let interpreterText = text(.interpreter)
        var name: String?
        if CalendarValues.text(value(.partyName)) == nil {
            reasons.append(missing(.partyName))
        } else {
            // "Last, First" is turned round before its length is judged.
            do { name = try CalendarValues.personName(value(.partyName)) } catch {
                reasons.append(Phrase("importReject.tooLong", ["column": .phrase(CalendarColumn.partyName.words),
                                                               "limit": .number(Validate.maxNameLength)]))
            }
        }
        guard reasons.isEmpty, let caseNumber, let date, let hearingType, let name else {
            return .rejected(RejectedRow(line: line, reasons: reasons))
        }
        let interpreter = CalendarValues.interpreter(interpreterText ?? "")
        return .accepted(DocketRow(line: line, date: date, time: time, courtroom: courtroom,
                                   caseNumber: caseNumber, hearingType: hearingType, partyName: name, role: role,
                                   judicialOfficer: judicialOfficer,
                                   language: interpreter.language, interpreterNeeded: interpreter.needed))
    }

    /// "bad date "11/31/2026"", quoting the text only when it looks like an attempt at one:
    /// a column shifted by one could put a name where the date should be, and names stay out
    /// of the summary.
    static func unreadable(_ column: CalendarColumn, _ text: String, allowed: String) -> Phrase {
        let shown = text.trimmingCharacters(in: .whitespaces)
        if shown.isEmpty { return missing(column) }
        guard shown.count <= 20, shown.allSatisfy({ allowed.contains($0) }) else {
            return Phrase("importReject.bad", ["column": .phrase(column.words)])
        }
        return Phrase("importReject.badShown", ["column": .phrase(column.words), "text": .text(shown)])
    }

    /// "missing case number".
    static func missing(_ column: CalendarColumn) -> Phrase { Phrase("importReject.missing", ["column": .phrase(column.words)]) }

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
