import Foundation

/// One audit entry told for people: who did it and what they did, with names, not ids
/// ("Dana Brooks" "assigned María Núñez to Fartun Hassan (was: none)"), as phrases, so each
/// reader has them in their own language. Free of control characters, so they may go straight
/// to a terminal.
public struct AuditLine: Hashable, Sendable {
    public var entry: AuditEntry
    /// "2026-11-25 18:02:09": when, to the second, in this computer's time zone.
    public var time: String
    public var who: Phrase
    public var what: Phrase

    public init(entry: AuditEntry, time: String, who: Phrase, what: Phrase) {
        self.entry = entry; self.time = time; self.who = who; self.what = what
    }

    /// "Dana Brooks assigned María Núñez to Fartun Hassan (was: none)".
    public func sentence(_ language: Language) -> String {
        (who.text(language) + " " + what.text(language)).withoutControlCharacters
    }

    public var action: String { entry.action }
}

/// The one place an audit entry becomes words, for `p4p audit` and the audit screen alike. The
/// names a page needs are read together (`AuditNames`), a query per kind of record.
enum AuditStory {
    static func tell(_ entries: [AuditEntry], _ db: any SQLSession) throws -> [AuditLine] {
        let details = entries.map { AuditDetail.parse(action: $0.action, detail: $0.detail) }
        var wanted = AuditReferences()
        for (entry, detail) in zip(entries, details) { note(entry, detail, in: &wanted) }
        let names = try AuditNames.fetch(wanted, db)
        let clock = LocalTime()
        return zip(entries, details).map { entry, detail in
            AuditLine(entry: entry, time: clock.words(entry.at), who: ActorNames.display(entry.actor, users: names.users),
                      what: AuditTeller(names: names).what(entry, detail))
        }
    }

    /// The records an entry names: its actor, its record, and the ids in its detail.
    static func note(_ entry: AuditEntry, _ detail: AuditDetail, in wanted: inout AuditReferences) {
        if let user = ActorNames.userId(in: entry.actor) { wanted.users.insert(user) }
        if let id = entry.entityId {
            switch entry.entity {
            case "parent": wanted.parents.insert(id)
            case "ally": wanted.allies.insert(id)
            case "user": wanted.users.insert(id)
            case "case": wanted.cases.insert(id)
            case "hearing": wanted.hearings.insert(id)
            case "follow-up": wanted.followUps.insert(id)
            case "class session": wanted.classes.insert(id)
            default: break
            }
        }
        switch detail {
        case .assigned(let ally, let before, _):
            wanted.allies.insert(ally)
            if case .ally(let was) = before { wanted.allies.insert(was) }
        case .unassigned(let before, _):
            if case .ally(let was) = before { wanted.allies.insert(was) }
        case .followUp(let id): wanted.followUps.insert(id)
        case .parents(let ids): wanted.parents.formUnion(ids)
        case .attendance(let marks, let invited): wanted.parents.formUnion(marks.map(\.parentId) + invited)
        case .none, .snoozed, .fields, .text, .deactivated: break
        }
    }
}

/// An entry's time (stored in UTC) as the people reading the log live it.
private struct LocalTime {
    let stored = ISO8601DateFormatter.withFractions
    let shown: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss" // not shown: a format, the same in every language
        return f
    }()

    func words(_ at: String) -> String {
        stored.date(from: at).map(shown.string(from:)) ?? at.withoutControlCharacters
    }
}
