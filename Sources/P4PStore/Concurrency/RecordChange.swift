import Foundation

/// The kinds of record a form can rest on, each with a version that every save checks.
public enum VersionedRecord: String, Sendable, Equatable {
    case parent, hearing, followUp, dependencyCase, child, ally

    var table: String {
        switch self {
        case .parent: return "parents"
        case .hearing: return "hearings"
        case .followUp: return "follow_ups"
        case .dependencyCase: return "cases"
        case .child: return "children"
        case .ally: return "allies"
        }
    }
}

/// How a record was last changed, stored on the record as a code beside who and when.
public enum RecordChange: String, Sendable, Equatable {
    case created, edited, imported
    // parents
    case allyAssigned = "ally assigned", allyChanged = "ally changed", unassigned, closed, reopened
    /// Its personal data removed after the retention period.
    case purged
    // hearings, and a case's outcome
    case outcomeRecorded = "outcome recorded"
    case coveragePlanned = "coverage planned"
    // cases and children
    case outcomeCleared = "outcome cleared"
    case moveRecorded = "move recorded", moveRemoved = "move removed"
    // allies' program records
    case deactivated
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
    /// A person's name, or the operating-system account of a script, in words.
    public var changedBy: Phrase.Arg?
    public var changedAt: Date?
    /// The ally the parent has now, or the day a follow-up was snoozed to.
    public var now: Phrase.Arg?
    /// The record's version now: a form that has shown this refusal may save over it knowingly.
    public var currentVersion: Int
    /// The record is gone, or no longer open.
    public var gone = false

    public var description: String { phrase.text(.fromEnvironment()) }

    /// Who did what to the record, and when: "Sam Rivera assigned this parent to Fartun Hassan at
    /// 10:42". The time is this computer's, the same for every reader.
    public var phrase: Phrase {
        var args: [String: Phrase.Arg] = [:]
        args["who"] = changedBy ?? .word("stale.anotherTerminal")
        args["when"] = changedAt.map { .phrase(Self.when($0)) } ?? .text("")
        args["now"] = now ?? .word(record == .parent ? "stale.anAlly" : "stale.aLaterDay")
        if gone {
            switch record {
            case .followUp: return Phrase("stale.followUpGone", args)
            case .parent: return "stale.parentGone"
            case .hearing: return "stale.hearingGone"
            case .dependencyCase: return "stale.caseGone"
            case .child: return "stale.childGone"
            case .ally: return "stale.allyRecordGone"
            }
        }
        let key: String
        switch (record, change) {
        case (.parent, .allyAssigned?): key = "stale.allyAssigned"
        case (.parent, .allyChanged?): key = "stale.allyChanged"
        case (.parent, .unassigned?): key = "stale.unassigned"
        case (.parent, .closed?): key = "stale.closed"
        case (.parent, .reopened?): key = "stale.reopened"
        case (.parent, _): key = "stale.parentChanged"
        case (.hearing, .outcomeRecorded?): key = "stale.outcomeRecorded"
        case (.hearing, .imported?): key = "stale.imported"
        case (.hearing, .coveragePlanned?): key = "stale.coveragePlanned"
        case (.hearing, _): key = "stale.hearingChanged"
        case (.followUp, .snoozed?): key = "stale.snoozed"
        case (.followUp, .completed?): key = "stale.completed"
        case (.followUp, .attempted?): key = "stale.attempted"
        case (.followUp, .missed?): key = "stale.missed"
        case (.followUp, _): key = "stale.followUpChanged"
        case (.dependencyCase, .outcomeRecorded?), (.dependencyCase, .outcomeCleared?): key = "stale.caseOutcome"
        case (.dependencyCase, _): key = "stale.caseChanged"
        case (.child, .moveRecorded?), (.child, .moveRemoved?): key = "stale.childMoves"
        case (.child, _): key = "stale.childChanged"
        case (.ally, _): key = "stale.allyRecordChanged"
        }
        return Phrase(W(key), args)
    }

    /// "at 10:42" today, "on Nov 30 at 10:42" before, in local time.
    static func when(_ date: Date, now: Date = Date()) -> Phrase {
        let clock = DateFormatter()
        clock.dateFormat = "HH:mm"
        let time: Phrase.Arg = .text(clock.string(from: date))
        if Calendar.current.isDate(date, inSameDayAs: now) { return Phrase("stale.atTime", ["time": time]) }
        let day = Day.current(date)
        return Phrase("stale.onDayAtTime", ["day": .day(day, .short(thisYear: Day.current(now).year)), "time": time])
    }
}
