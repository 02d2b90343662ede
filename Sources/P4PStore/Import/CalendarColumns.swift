import Foundation

/// The columns of a court calendar export that the docket import reads. Courts name them in
/// their own words, so each has aliases; any other column is ignored.
public enum CalendarColumn: String, ImportColumn {
    case date, time, courtroom, caseNumber, hearingType, partyName, partyRole, judicialOfficer, interpreter

    /// Without these a file is not a calendar the import can use. Time and courtroom are
    /// welcome but optional: a hearing may be on file without them.
    public static let required: [CalendarColumn] = [.date, .caseNumber, .hearingType, .partyName, .partyRole]

    /// The column in the reader's words, for a rejected row: "case number", "número de caso".
    public var words: Phrase { Phrase(W("calendarColumn.\(self)")) }

    /// The longest text (in characters, once cleaned) the import takes in this column; a longer
    /// one rejects the row, naming the column. Dates and times must read as such instead.
    public var maxLength: Int? {
        switch self {
        case .caseNumber, .interpreter: return 40
        case .courtroom: return 60
        case .hearingType, .judicialOfficer, .partyRole: return 80
        case .partyName: return Validate.maxNameLength
        case .date, .time: return nil
        }
    }

    /// Header texts meaning this column (`ImportColumn`).
    public var aliases: [String] {
        switch self {
        case .date: return ["date", "hearing date", "court date", "calendar date", "event date"]
        case .time: return ["time", "hearing time", "start time", "event time"]
        case .courtroom: return ["courtroom", "court room", "dept", "department", "room"]
        case .caseNumber: return ["case number", "case no", "case #", "cause number", "cause no", "cause #",
                                  "case num", "case"]
        case .hearingType: return ["hearing type", "hearing", "event", "event type"]
        case .partyName: return ["party name", "party", "parent", "name", "parent name"]
        case .partyRole: return ["party role", "party type", "role"]
        case .judicialOfficer: return ["judicial officer", "judge", "commissioner", "bench officer"]
        case .interpreter: return ["interpreter", "language", "interpreter language"]
        }
    }
}

/// Which field of a calendar row holds which column.
typealias CalendarHeader = ImportHeader<CalendarColumn>
