/// Words for one entry, given the names of its page: a sentence for each action the program
/// writes; an action it does not know is shown as written, with its record named.
struct AuditTeller {
    let names: AuditNames

    func what(_ entry: AuditEntry, _ detail: AuditDetail) -> String {
        let id = entry.entityId
        switch (entry.action, detail) {
        case ("ally assigned", .assigned(let ally, let before, let reason)):
            return "assigned \(parent(id)) to \(self.ally(ally))" + was(before) + because(reason)
        case ("ally unassigned", .unassigned(let before, let reason)):
            return "took \(parent(id)) back to Unassigned" + was(before) + because(reason)
        case ("ally unassigned", .none):
            return "took \(parent(id)) back to Unassigned"
        case ("contact logged", .followUp(let followUp)):
            return "logged a contact with \(parent(id)), completing the \(kind(followUp))"
        case ("contact logged", .none):
            return "logged a contact with \(parent(id))"
        case ("contact attempted", .followUp(let followUp)):
            return "tried to reach \(parent(id)) without reaching them; the \(kind(followUp)) stays open"
        case ("contact attempted", .none):
            return "tried to reach \(parent(id)) without reaching them"
        case ("follow-up snoozed", .snoozed(let day, let reason)):
            return "moved \(followUp(id)) to \(day)" + because(reason)
        case ("parent created", .none):
            return "added \(parent(id))"
        case ("parent updated", .fields(let fields)):
            return fields.isEmpty ? "saved \(parents(id, "record")) unchanged" : "corrected \(parents(id, "record")) (\(list(fields)))"
        case ("parent detail opened", .none):
            return "opened \(parents(id, "file"))"
        case ("follow-ups re-planned", .none):
            return "re-planned \(parents(id, "follow-ups"))"
        case ("hearing created", _):
            return "scheduled \(hearing(id))"
        case ("hearing updated", .fields(let fields)):
            return fields.isEmpty ? "saved \(hearing(id)) unchanged" : "corrected \(hearing(id)) (\(list(fields)))"
        case ("court outcome recorded", .text(let status)):
            return "recorded court for \(hearing(id)): \(status)"
        case ("case created", .parents(let parents)):
            return "opened \(dependencyCase(id)) with \(list(parents.map(parent)))"
        case ("parent joined case", .parents(let parents)):
            return "added \(list(parents.map(parent))) to \(dependencyCase(id))"
        case ("class scheduled", .none):
            return "scheduled \(session(id))"
        case ("class scheduled", .parents(let parents)):
            return "scheduled \(session(id)), inviting \(list(parents.map(parent)))"
        case ("class invitations", .parents(let parents)):
            return "invited \(list(parents.map(parent))) to \(session(id))"
        case ("class attendance", .attendance(let marks, let invited)):
            var parts = marks.map { "\(parent($0.parentId)) \($0.came ? "came" : "did not come")" }
            if !invited.isEmpty { parts.append("invited \(list(invited.map(parent)))") }
            return "marked who came to \(session(id)): " + parts.joined(separator: "; ")
        case ("user added", .text(let role)) where role.hasPrefix("role "):
            return "added the user \(user(id)) (\(role.dropFirst("role ".count)))"
        case ("PIN changed", .none):
            return "gave \(user(id)) a new PIN"
        case ("user deactivated", .none):
            return "stopped \(user(id)) from signing in"
        case ("failed sign-in", .none):
            return id == nil ? "refused a sign-in under a name no user has" : "refused a sign-in as \(user(id))"
        case ("signed in", .none):
            return "signed in"
        case ("screen locked", .none):
            return "locked the screen"
        case ("left the kiosk", .none):
            return "closed the kiosk with \(owned(id.flatMap { names.users[$0] }, "PIN", or: "a user no longer on file"))"
        case ("script acting as user", .none):
            return "acted as \(user(id)) without a PIN"
        case ("morning review opened", .none):
            return "opened the morning review"
        case ("setting changed", .text(let key)):
            return "changed the setting \(key)"
        case ("follow-up policy changed", _):
            return "changed the follow-up policy"
        case ("hearing-type alias changed", _):
            return "changed the hearing-type aliases"
        case ("docket imported", .text(let counts)):
            return "imported the court calendar (\(counts))"
        case ("export started", .text(let what)):
            return "began exporting \(what)"
        case ("exported", .text(let what)):
            return "exported \(what)"
        case ("reminders closed as missed", .text(let count)):
            return "closed as missed the hearing reminders whose hearings had passed (\(count))"
        case ("backup made", .text(let file)):
            return "made a backup, \(file)"
        case ("program loaded", .text(let what)):
            return "loaded a program (\(what))"
        default:
            if entry.action.hasPrefix("report printed: ") {
                return "printed the \(entry.action.dropFirst("report printed: ".count)) report"
            }
            return plain(entry)
        }
    }

    /// An action this does not know: its words, its record named, its detail as written.
    private func plain(_ entry: AuditEntry) -> String {
        var words = entry.action
        if let record = record(entry.entity, entry.entityId) { words += " (\(record))" }
        if let detail = entry.detail, !detail.isEmpty { words += ": " + detail }
        return words
    }

    private func record(_ entity: String?, _ id: ID?) -> String? {
        guard let entity else { return nil }
        switch entity {
        case "parent": return parent(id)
        case "user": return user(id)
        case "case": return dependencyCase(id)
        case "hearing": return hearing(id)
        case "follow-up": return followUp(id)
        case "class session": return session(id)
        default: return id.map { "\(entity) \($0)" } ?? entity
        }
    }

    // MARK: - Names

    private func parent(_ id: ID?) -> String { id.flatMap { names.parents[$0] } ?? "a parent no longer on file" }
    private func ally(_ id: ID) -> String { names.allies[id] ?? "an ally no longer on file" }
    private func user(_ id: ID?) -> String { id.flatMap { names.users[$0] } ?? "a user no longer on file" }

    private func dependencyCase(_ id: ID?) -> String {
        id.flatMap { names.cases[$0] }.map { "case \($0)" } ?? "a case no longer on file"
    }

    /// "the 72-hour shelter care hearing of 2026-11-23, case 26-7-00012-3".
    private func hearing(_ id: ID?) -> String {
        guard let hearing = id.flatMap({ names.hearings[$0] }) else { return "a hearing no longer on file" }
        return "the \(hearing.type) hearing of \(hearing.date), \(dependencyCase(hearing.caseId))"
    }

    /// "the check-in".
    private func kind(_ followUp: ID) -> String { names.followUps[followUp]?.kind ?? "follow-up (no longer on file)" }

    /// "María Núñez's check-in".
    private func followUp(_ id: ID?) -> String {
        guard let followUp = id.flatMap({ names.followUps[$0] }) else { return "a follow-up no longer on file" }
        return parents(followUp.parentId, followUp.kind)
    }

    /// "María Núñez's file", or "the file of a parent no longer on file".
    private func parents(_ id: ID?, _ thing: String) -> String {
        owned(id.flatMap { names.parents[$0] }, thing, or: "a parent no longer on file")
    }

    private func owned(_ name: String?, _ thing: String, or missing: String) -> String {
        name.map { "\($0)'s \(thing)" } ?? "the \(thing) of \(missing)"
    }

    /// "Dependency 101 on 2026-12-03".
    private func session(_ id: ID?) -> String {
        guard let session = id.flatMap({ names.classes[$0] }) else { return "a class no longer on file" }
        return "\(session.course) on \(session.date)"
    }

    private func was(_ before: AuditDetail.Before) -> String {
        switch before {
        case .unknown: return ""
        case .nobody: return " (was: none)"
        case .ally(let id): return " (was: \(ally(id)))"
        }
    }

    private func because(_ reason: String?) -> String { reason.map { ": " + $0 } ?? "" }

    /// At most five, then how many more.
    private func list(_ items: [String]) -> String {
        guard items.count > 5 else { return items.joined(separator: ", ") }
        return items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
    }
}
