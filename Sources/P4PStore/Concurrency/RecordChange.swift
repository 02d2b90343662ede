import Foundation

/// The three kinds of record a form can rest on, each with a version that every save checks.
public enum VersionedRecord: String, Sendable, Equatable {
    case parent, hearing, followUp

    var table: String {
        switch self {
        case .parent: return "parents"
        case .hearing: return "hearings"
        case .followUp: return "follow_ups"
        }
    }
}

/// How a record was last changed, stored on the record as a code beside who and when.
public enum RecordChange: String, Sendable, Equatable {
    case created, edited, imported
    // parents
    case allyAssigned = "ally assigned", allyChanged = "ally changed", unassigned, closed, reopened
    // hearings
    case outcomeRecorded = "outcome recorded"
    // follow-ups
    case planned, snoozed, completed, attempted, missed
}

/// What a form read, to be checked inside the save's transaction: the record and its version.
public struct ReadVersion: Sendable, Equatable, Hashable {
    public var record: VersionedRecord
    public var id: ID
    public var version: Int
    public init(_ record: VersionedRecord, id: ID, version: Int) {
        self.record = record; self.id = id; self.version = version
    }
}

/// A save refused because another terminal changed the record after the form read it. Says who
/// did what and when, from the record itself.
public struct StaleRecord: Sendable, Equatable, CustomStringConvertible {
    public var record: VersionedRecord
    public var id: ID
    public var change: RecordChange?
    /// A person's name, or the operating-system account of a script.
    public var changedBy: String?
    public var changedAt: Date?
    /// The ally the parent has now, or the day a follow-up was snoozed to.
    public var now: String?
    /// The record's version now: a form that has shown this refusal may save over it knowingly.
    public var currentVersion: Int
    /// The record is gone, or no longer open.
    public var gone = false

    public var description: String {
        let who = changedBy ?? "Another terminal"
        let when = changedAt.map { " " + Self.when($0) } ?? ""
        if gone {
            switch record {
            case .followUp: return "This follow-up is no longer open; \(who.lowercasedIfGeneric) changed it\(when)"
            case .parent: return "This parent is no longer on file"
            case .hearing: return "This hearing is no longer on file"
            }
        }
        switch (record, change) {
        case (.parent, .allyAssigned?): return "\(who) assigned this parent to \(now ?? "a Parent Ally")\(when)"
        case (.parent, .allyChanged?): return "\(who) gave this parent to \(now ?? "another Parent Ally")\(when)"
        case (.parent, .unassigned?): return "\(who) took this parent back to Unassigned\(when)"
        case (.parent, .closed?): return "\(who) closed this parent's file\(when)"
        case (.parent, .reopened?): return "\(who) reopened this parent's file\(when)"
        case (.parent, _): return "\(who) changed this parent's record\(when)"
        case (.hearing, .outcomeRecorded?): return "\(who) recorded this hearing's outcome\(when)"
        case (.hearing, .imported?): return "The court calendar import by \(who) changed this hearing\(when)"
        case (.hearing, _): return "\(who) changed this hearing\(when)"
        case (.followUp, .snoozed?): return "\(who) snoozed this follow-up to \(now ?? "a later day")\(when)"
        case (.followUp, .completed?): return "\(who) completed this follow-up\(when)"
        case (.followUp, .attempted?): return "\(who) logged an attempt on this follow-up\(when)"
        case (.followUp, .missed?): return "This reminder closed as missed\(when)"
        case (.followUp, _): return "\(who) changed this follow-up\(when)"
        }
    }

    /// "at 10:42" today, "on Nov 30 at 10:42" before, in local time.
    static func when(_ date: Date, now: Date = Date()) -> String {
        let clock = DateFormatter()
        clock.dateFormat = "HH:mm"
        if Calendar.current.isDate(date, inSameDayAs: now) { return "at \(clock.string(from: date))" }
        let day = DateFormatter()
        day.dateFormat = "MMM d"
        day.locale = Locale(identifier: "en_US_POSIX")
        return "on \(day.string(from: date)) at \(clock.string(from: date))"
    }
}

private extension String {
    var lowercasedIfGeneric: String { self == "Another terminal" ? "another terminal" : self }
}
