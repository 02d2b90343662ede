import P4PStore

/// The audit log a county's history would have written, in the shapes the store's own writes
/// give their entries, so the audit screen tells them in words: cases opened, parents joining,
/// allies assigned, files opened and contacts logged (completing their follow-ups), court
/// recorded, files closed, reminders closed as missed.
extension DemoWorld {
    func auditHistory(at o: DemoIdOffsets, signsIn users: Set<String>) -> [DemoAuditRecord] {
        let office = LoadedAuditEntry.Actor.account(params.county.lowercased().replacingOccurrences(of: " ", with: "-") + "-county")
        let supervisor = users.contains(DemoUsers.supervisor.name) ? .user(DemoUsers.supervisor.name) : office
        let allyActors = allies.map { users.contains($0.name) ? LoadedAuditEntry.Actor.user($0.name) : office }
        func byAlly(_ id: ID?) -> LoadedAuditEntry.Actor { id.map { allyActors[Int($0) - 1] } ?? office }
        var log = DemoAuditLog()

        for c in cases {
            let caseId = c.record.id! + o.cases
            let petition = c.record.petitionDate!
            let opening = c.parents.filter { parents[$0].joinedOn == petition }.map { String(parents[$0].record.id! + o.parents) }
            log.add(petition, 9 * 60 + Int(caseId % 240), supervisor, "case created", "case", caseId,
                    "parents " + opening.joined(separator: ", "))
            for pi in c.parents where parents[pi].joinedOn != petition {
                log.add(parents[pi].joinedOn, 10 * 60 + 30, supervisor, "parent joined case", "case", caseId,
                        "parent \(parents[pi].record.id! + o.parents)")
            }
        }
        for (i, h) in hearings.enumerated() where h.status != .scheduled {
            log.add(h.date, h.time.minutes + 40, byAlly(h.allyId), "court outcome recorded", "hearing", ID(i + 1) + o.hearings,
                    h.status.rawValue)
        }
        for p in parents {
            let parentId = p.record.id! + o.parents
            for (n, a) in p.assignments.enumerated() {
                let ally = allies[a.allyIndex].id! + o.allies
                let detail = n == 0 ? "ally \(ally) (was none)"
                    : "ally \(ally) (was \(allies[p.assignments[n - 1].allyIndex].id! + o.allies)): ally left the program"
                log.add(a.from, 12 * 60 + Int(parentId % 180), supervisor, "ally assigned", "parent", parentId, detail)
            }
            if let closed = p.closedOn, p.record.status == .closed {
                let actor = p.assignments.last.map { allyActors[$0.allyIndex] } ?? supervisor
                log.add(closed, 16 * 60 + 40, actor, "parent updated", "parent", parentId, "fields: closing_reason, status")
            }
        }
        contactEntries(&log, at: o, actor: byAlly)
        missedReminderEntries(&log, actor: office)
        return log.sorted()
    }

    /// A file opened, then the contact logged from it ("follow-up N" when it completes one, or
    /// is an attempt on one); a court meeting is logged from the docket, with no file opened.
    private func contactEntries(_ log: inout DemoAuditLog, at o: DemoIdOffsets, actor: (ID?) -> LoadedAuditEntry.Actor) {
        var completing: [ID: ID] = [:]
        var attempted: [Int: ID] = [:]
        for f in followUps {
            if let contact = f.contactId { completing[contact] = f.id! }
            if f.attempts > 0, let day = f.lastAttemptOn { attempted[Self.key(f.parentId, day)] = f.id! }
        }
        for c in contacts {
            let parentId = c.parentId + o.parents
            let minute = c.time?.minutes ?? 12 * 60
            let followUp = c.reached ? completing[c.id!] : attempted.removeValue(forKey: Self.key(c.parentId, c.date))
            if c.mode != .court { log.add(c.date, minute - 2, actor(c.allyId), "parent detail opened", "parent", parentId, nil) }
            log.add(c.date, minute, actor(c.allyId), c.reached ? "contact logged" : "contact attempted", "parent", parentId,
                    followUp.map { "follow-up \($0 + o.followUps)" })
        }
    }

    /// Each morning, the reminders whose hearings passed the day before close as missed.
    private func missedReminderEntries(_ log: inout DemoAuditLog, actor: LoadedAuditEntry.Actor) {
        var byDay: [Day: Int] = [:]
        for f in followUps where f.missed && f.expiresOn != nil && f.doneOn == f.expiresOn {
            byDay[f.doneOn!, default: 0] += 1
        }
        for (day, count) in byDay.sorted(by: { $0.key < $1.key }) {
            log.add(day.adding(days: 1), 7 * 60, actor, "reminders closed as missed", nil, nil,
                    Phrase.counted(count, "audit.followUpCount").text(.english))
        }
    }

    private static func key(_ parent: ID, _ day: Day) -> Int { Int(parent) << 32 | day.ordinal }
}

/// One entry of a county's history and the minute it was written (Pacific time, minutes since
/// day 0), by which the counties' histories are merged into one log.
struct DemoAuditRecord: Sendable {
    var minute: Int
    var entry: LoadedAuditEntry

    /// The counties' histories as one log, oldest first; within a minute, the busy county's
    /// entries first, each county's in its own order.
    static func merged(_ histories: [[DemoAuditRecord]]) -> [LoadedAuditEntry] {
        let minutes = histories.map { $0.map(\.minute) }
        var heads = Array(repeating: 0, count: histories.count)
        var result: [LoadedAuditEntry] = []
        result.reserveCapacity(minutes.reduce(0) { $0 + $1.count })
        while true {
            var best = -1
            var bestMinute = Int.max
            for h in minutes.indices where heads[h] < minutes[h].count && minutes[h][heads[h]] < bestMinute {
                best = h; bestMinute = minutes[h][heads[h]]
            }
            guard best >= 0 else { return result }
            result.append(histories[best][heads[best]].entry)
            heads[best] += 1
        }
    }
}

/// A county's entries as they are made, in any order; `sorted` puts them in the order written
/// and stamps each with its time as the store writes it (UTC: Pacific standard time + 8 hours).
struct DemoAuditLog {
    private var records: [DemoAuditRecord] = []

    mutating func add(_ day: Day, _ minute: Int, _ actor: LoadedAuditEntry.Actor, _ action: String, _ entity: String?,
                      _ id: ID?, _ detail: String?) {
        records.append(DemoAuditRecord(minute: day.ordinal * 1_440 + minute,
                                       entry: LoadedAuditEntry(at: "", actor: actor, action: action, entity: entity,
                                                               entityId: id, detail: detail)))
    }

    func sorted() -> [DemoAuditRecord] {
        let order = records.indices.sorted { (records[$0].minute, $0) < (records[$1].minute, $1) }
        var days: [Int: String] = [:]
        var result: [DemoAuditRecord] = []
        result.reserveCapacity(order.count)
        for (n, i) in order.enumerated() {
            var record = records[i]
            let utc = record.minute + 8 * 60
            let day = utc / 1_440, minute = utc % 1_440
            let iso = days[day] ?? Day(ordinal: day).iso
            days[day] = iso
            record.entry.at = iso + "T" + Self.two(minute / 60) + ":" + Self.two(minute % 60) + ":" + Self.two(n % 60)
                + "." + Self.two((n / 60) % 100) + "0Z"
            result.append(record)
        }
        return result
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
