import Foundation

/// The columns of a court calendar export that the docket import reads. Courts name them in
/// their own words, so each has aliases; any other column is ignored.
public enum CalendarColumn: String, CaseIterable, Sendable {
    case date, time, courtroom, caseNumber, hearingType, partyName, partyRole, judicialOfficer, interpreter

    /// Without these a file is not a calendar the import can use. Time and courtroom are
    /// welcome but optional: a hearing may be on file without them.
    public static let required: [CalendarColumn] = [.date, .caseNumber, .hearingType, .partyName, .partyRole]

    /// The column as a header row names it: "case number" (the court's export is in English).
    public var label: String { aliases[0] }

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

    /// Header texts meaning this column, as `CalendarHeader.normalise` leaves them; the first is
    /// the column's own name and wins when a file has two columns for the same thing.
    var aliases: [String] {
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

/// Which field of a row holds which column, read from the header row.
struct CalendarHeader: Equatable {
    let index: [CalendarColumn: Int]

    init(_ fields: [String]) {
        var best: [CalendarColumn: (rank: Int, field: Int)] = [:]
        for (field, text) in fields.enumerated() {
            let name = Self.normalise(text)
            for column in CalendarColumn.allCases {
                guard let rank = column.aliases.firstIndex(of: name) else { continue }
                if let known = best[column], known.rank <= rank { continue }
                best[column] = (rank, field)
            }
        }
        index = best.mapValues(\.field)
    }

    var missing: [CalendarColumn] { CalendarColumn.required.filter { index[$0] == nil } }

    /// The column's text in a row; a short row has nothing in the columns it lacks.
    func value(_ column: CalendarColumn, in row: [String]) -> String {
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
