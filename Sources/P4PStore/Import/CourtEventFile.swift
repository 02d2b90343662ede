import Foundation

/// One event of one child, checked and in the program's forms.
public struct CourtEventRow: Hashable, Sendable {
    /// The row's line in the file; the header is line 1.
    public var line: Int
    public var caseNumber: String
    /// The child's first name or initials, as the program keeps them; nil for a dismissal
    /// that names no child.
    public var child: String?
    public var event: CourtEvent
    public var date: Day
}

/// A court case-event export, read and checked row by row before anything touches the database.
/// Read by the same strict CSV reader as the calendar (`CalendarRecords`): a broken row costs one row.
public struct CourtEventFile: Sendable {
    /// Rows after the header that are not blank.
    public var rowCount = 0
    public var rows: [CourtEventRow] = []
    public var rejected: [RejectedRow] = []

    /// Why a whole case-event file is refused; nothing from it is written.
    public typealias Refusal = ImportFileRefusal<CourtEventColumn>

    /// An event dated after `today` is rejected: the court has not recorded it yet.
    public static func parse(_ data: Data, today: Day? = nil) throws(Refusal) -> CourtEventFile {
        try parse(text: try Refusal.text(of: data), today: today)
    }

    /// Reads the text record by record (`ImportRecords`), as the calendar is read.
    public static func parse(text: String, today: Day? = nil) throws(Refusal) -> CourtEventFile {
        var file = CourtEventFile()
        try ImportRecords.read(text) { (record: ImportRecords.Record<CourtEventColumn>) in
            file.rowCount += 1
            switch record {
            case .unreadable(let row):
                file.rejected.append(row)
            case .fields(let fields, let columns, let line, _):
                switch check(fields, line: line, columns, today: today) {
                case .row(let row): file.rows.append(row)
                case .rejected(let rejected): file.rejected.append(rejected)
                }
            }
        }
        return file
    }

    /// One row: every column readable, or the reasons it is not. Reasons name columns and quote
    /// only what looks like a date, never a name or a case number.
    enum Checked { case row(CourtEventRow), rejected(RejectedRow) }

    static func check(_ fields: [String], line: Int, _ columns: ImportHeader<CourtEventColumn>, today: Day?) -> Checked {
        func value(_ column: CourtEventColumn) -> String { columns.value(column, in: fields) }
        func missing(_ column: CourtEventColumn) -> Phrase { Phrase("importReject.missing", ["column": .phrase(column.words)]) }
        var reasons: [Phrase] = []
        if value(.caseNumber).contains(where: \.isNewline) || value(.child).contains(where: \.isNewline) {
            reasons.append(Phrase("courtEvents.runsOn", ["why": .phrase(CalendarRecords.unclosedQuote)]))
        }
        let caseNumber = CalendarValues.text(value(.caseNumber))
        if caseNumber == nil { reasons.append(missing(.caseNumber)) }
        if let caseNumber, caseNumber.count > 40 {
            reasons.append(Phrase("importReject.tooLong", ["column": .phrase(CourtEventColumn.caseNumber.words), "limit": .number(40)]))
        }
        var event: CourtEvent?
        if let text = CalendarValues.text(value(.event)) {
            event = CourtEvent.read(text, placement: value(.placement))
            if event == nil {
                let isPlacement = CourtEvent.read(text, placement: "foster") != nil
                reasons.append(isPlacement ? Phrase("courtEvents.unknownPlacement", ["column": .phrase(CourtEventColumn.placement.words)])
                                           : Phrase("courtEvents.unknownEvent", ["column": .phrase(CourtEventColumn.event.words)]))
            }
        } else {
            reasons.append(missing(.event))
        }
        // A dismissal ends the whole case: it needs no child.
        var child: String?
        if let text = CalendarValues.text(value(.child)) {
            do { child = try Validate.name(text, field: .childName) } catch {
                reasons.append(Phrase("importReject.tooLong", ["column": .phrase(CourtEventColumn.child.words),
                                                               "limit": .number(Validate.maxNameLength)]))
            }
        } else if event != .dismissal {
            reasons.append(missing(.child))
        }
        let date = CalendarValues.date(value(.date))
        if date == nil {
            let shown = value(.date).trimmingCharacters(in: .whitespaces)
            if shown.isEmpty {
                reasons.append(missing(.date))
            } else if shown.count <= 20, shown.allSatisfy({ "0123456789/-".contains($0) }) {
                reasons.append(Phrase("importReject.badShown", ["column": .phrase(CourtEventColumn.date.words), "text": .text(shown)]))
            } else {
                reasons.append(Phrase("importReject.bad", ["column": .phrase(CourtEventColumn.date.words)]))
            }
        }
        if let date, let today, date > today {
            reasons.append(Phrase("courtEvents.afterToday", ["column": .phrase(CourtEventColumn.date.words)]))
        }
        guard reasons.isEmpty, let caseNumber, let event, let date, child != nil || event == .dismissal else {
            return .rejected(RejectedRow(line: line, reasons: reasons))
        }
        return .row(CourtEventRow(line: line, caseNumber: caseNumber, child: child, event: event, date: date))
    }
}
