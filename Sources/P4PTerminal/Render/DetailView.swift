import P4PController
import P4PStore

/// The parent's detail: who they are, their case, hearings, contacts, follow-ups and ally.
enum DetailView {
    static func title(_ state: DetailState) -> String {
        let name = state.detail?.parent.name ?? "Parent"
        let of = state.parentIds.count > 1 ? " (\(state.index + 1) of \(state.parentIds.count))" : ""
        return name + of
    }

    static func lines(_ state: DetailState, today: Day) -> [StyledLine] {
        guard let d = state.detail else { return [[("Loading…", .dim)]] }
        var lines: [StyledLine] = []
        let p = d.parent
        var who = p.name
        if let preferred = p.preferredName, !preferred.isEmpty { who += " (\"\(preferred)\")" }
        lines.append([(who, .bold), ("  \(p.status.rawValue)", p.status == .open ? .normal : .dim)])
        var facts = ["Language: \(p.language)\(p.interpreterNeeded ? ", interpreter needed" : "")"]
        if let phone = p.phone { facts.append("Phone: \(phone)") }
        if let county = p.county { facts.append("County: \(county)") }
        lines.append([(facts.joined(separator: "   "), .normal)])
        if let ally = d.ally {
            let since = p.allySince.map { " since \($0.iso)" } ?? ""
            lines.append([("Parent Ally: ", .normal), (ally.name, .bold), (since + (ally.phone.map { "   \($0)" } ?? ""), .normal)])
        } else {
            let days = today.days(since: p.waitingSince)
            lines.append([("Parent Ally: ", .normal), ("none", .warning), (" — waiting \(days) days since \(p.waitingSince.iso)", .normal)])
        }
        if let reason = p.closingReason { lines.append([("Closed: \(reason)", .dim)]) }
        lines.append([("Dependency 101: ", .normal),
                      d.dependency101Attended.map { ("attended \($0.iso)", .normal) } ?? ("not yet attended", .warning)])

        for summary in d.cases { lines += caseLines(summary) }

        lines.append([])
        lines.append([("Hearings (\(d.hearings.count))", .header)])
        if d.hearings.isEmpty { lines.append([("  none scheduled yet", .dim)]) }
        for h in d.hearings {
            let when = "\(h.hearing.date.iso) \(h.hearing.time?.hhmm ?? "--:--")"
            let room = h.hearing.courtroom ?? ""
            let ally = h.coveringAlly.map { "PA \($0)" } ?? "no PA"
            let met = h.engagement.map { " · \($0.rawValue)" } ?? ""
            let style: Style = h.hearing.date == today ? .bold : (h.hearing.date < today ? .dim : .normal)
            lines.append([("  \(when)  \(h.typeName) · \(room) · \(h.hearing.status.rawValue) · \(ally)\(met)", style)])
        }

        lines.append([])
        lines.append([("Follow-ups", .header)])
        if d.followUps.isEmpty { lines.append([("  none", .dim)]) }
        for f in d.followUps {
            let fu = f.followUp
            let who = f.allyName.map { " · \($0)" } ?? ""
            let tries = fu.attempts == 0 ? ""
                : " · \(fu.attempts) \(fu.attempts == 1 ? "try" : "tries") not reached" + (fu.lastAttemptOn.map { ", last \($0.iso)" } ?? "")
            if let done = fu.doneOn {
                let closed = fu.missed ? "missed" : "done"
                lines.append([("  \(closed) \(done.iso)  \(fu.kind) (due \(fu.dueDate.iso))\(tries)\(who)", .dim)])
            } else {
                let late = today.days(since: fu.dueDate)
                let style: Style = late > 0 ? .warning : .normal
                let status = late > 0 ? "\(late) days overdue" : late == 0 ? "due today" : "due \(fu.dueDate.iso)"
                let snoozed = fu.snoozeReason.map { " · snoozed: \($0)" } ?? ""
                lines.append([("  \(status)  \(fu.kind)\(tries)\(snoozed)\(who)", style)])
            }
        }

        lines.append([])
        lines.append([("Contacts, newest first", .header)])
        if d.contacts.isEmpty { lines.append([("  none yet", .dim)]) }
        for c in d.contacts {
            let k = c.contact
            let minutes = k.minutes.map { " \($0) min" } ?? ""
            let reached = k.reached ? "reached" : "not reached"
            let who = c.allyName.map { " · \($0)" } ?? ""
            lines.append([("  \(k.date.iso)  \(k.mode.rawValue)\(minutes), \(reached)\(who)", .normal)])
            if let topics = k.topics, !topics.isEmpty { lines.append([("      \(topics)", .dim)]) }
            if let notes = k.notes, !notes.isEmpty { lines.append([("      \(notes)", .dim)]) }
        }
        return lines
    }

    private static func caseLines(_ s: ParentDetail.CaseSummary) -> [StyledLine] {
        let c = s.dependencyCase
        var lines: [StyledLine] = [[], [("Case \(c.caseNumber)", .header), (" (\(s.role.rawValue))", .normal)]]
        var dates: [String] = []
        if let d = c.removalDate { dates.append("removal \(d.iso)") }
        if let d = c.petitionDate { dates.append("petition \(d.iso)") }
        if let county = c.county { dates.append(county) }
        if let outcome = c.outcome { dates.append("outcome \(outcome.rawValue) \(c.outcomeDate?.iso ?? "")") }
        if !dates.isEmpty { lines.append([("  " + dates.joined(separator: " · "), .normal)]) }
        if !s.children.isEmpty {
            let kids = s.children.map { child -> String in
                let born = child.birthYear.map { " b. \($0)" } ?? ""
                return "\(child.name)\(born), \(child.placement.rawValue)"
            }
            lines.append([("  Children: " + kids.joined(separator: "; "), .normal)])
        }
        if !s.otherParents.isEmpty {
            lines.append([("  Also on the case: " + s.otherParents.map(\.name).joined(separator: ", "), .normal)])
        }
        return lines
    }
}
