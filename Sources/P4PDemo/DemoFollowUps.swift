import P4PStore

/// Follow-up support as the program's policy plans it: a first call within two court days of the
/// first hearing, a Dependency 101 invitation, a reminder two court days before each hearing,
/// weekly check-ins for 90 days and every 14 days after. Most are done on time (each with the
/// contact that did it), some late, and a chosen few left overdue.
extension DemoWorld {
    struct PlannedFollowUp {
        var parent: Int
        var ally: Int
        var due: Day
        var kind: String
        /// A reminder's hearing, by index, and its day.
        var hearing: Int? = nil
        var hearingDay: Day? = nil
    }

    mutating func buildFollowUps() {
        var rng = random("follow-ups")
        var planned: [PlannedFollowUp] = []
        for pi in parents.indices { planned += plan(pi) }
        let overdue = chooseOverdue(planned, &rng)
        var engagement: [String: CourtEngagement] = [:]
        for hp in hearingParents { if let e = hp.engagement { engagement["\(hp.hearingId)-\(hp.parentId)"] = e } }

        var next = 0
        for pi in parents.indices {
            var own: [Int] = []
            while next < planned.count && planned[next].parent == pi { own.append(next); next += 1 }
            for n in own { resolve(planned[n], overdue: overdue.contains(n), &rng) }
            addCourtContacts(pi, engagement: engagement, &rng)
            addOwnInitiative(pi, &rng)
        }
    }

    /// Closing a parent's file closes their open follow-ups that day, as the store does, marked
    /// missed (nobody did them); no closed parent keeps one open.
    mutating func closeFollowUpsOfClosedParents() {
        var byId: [ID: Int] = [:]
        for (pi, p) in parents.enumerated() { byId[p.record.id!] = pi }
        for i in followUps.indices where followUps[i].doneOn == nil {
            guard let closed = byId[followUps[i].parentId].flatMap({ parents[$0].closedOn }) else { continue }
            followUps[i].doneOn = closed
            followUps[i].missed = true
        }
    }

    /// The policy's follow-ups for one parent, in due order.
    private func plan(_ pi: Int) -> [PlannedFollowUp] {
        let p = parents[pi]
        guard let firstStart = p.assignments.first?.from else { return [] }
        let firstHearingDay = p.firstHearing.map { hearings[$0].date } ?? firstStart
        let lastDue = today.adding(days: 14)
        var result: [PlannedFollowUp] = []
        for (n, a) in p.assignments.enumerated() {
            let end = a.to ?? lastDue.adding(days: 1)
            func add(_ due: Day, _ kind: String, hearing: Int? = nil) {
                if due >= a.from && due < end && due <= lastDue {
                    result.append(PlannedFollowUp(parent: pi, ally: a.allyIndex, due: due, kind: kind,
                                                  hearing: hearing, hearingDay: hearing.map { hearings[$0].date }))
                }
            }
            if n == 0 {
                add(max(DemoCalendar.courtDays(after: firstHearingDay, 2), DemoCalendar.courtDays(after: a.from, 1)), "first call")
                add(DemoCalendar.onOrAfter(a.from.adding(days: 5)), "Dependency 101 invitation")
            }
            var day = a.from.adding(days: 7)
            while day < end && day <= lastDue {
                add(DemoCalendar.onOrAfter(day), "check-in")
                day = day.adding(days: day.days(since: firstStart) < 90 ? 7 : 14)
            }
            let partiesUntil = cases[p.caseIndex].parentsEndOn ?? horizon
            var reminded: Day?
            for h in cases[p.caseIndex].hearings where hearings[h].status != .cancelled {
                // One reminder for a day with two hearings (fact-finding, then disposition).
                let date = hearings[h].date
                if date > a.from.adding(days: 2) && date <= partiesUntil && date != reminded {
                    add(DemoCalendar.courtDays(before: date, 2), "hearing reminder", hearing: h)
                    reminded = date
                }
            }
        }
        let order = ["first call": 0, "hearing reminder": 1, "check-in": 2, "Dependency 101 invitation": 3]
        return result.sorted { ($0.due, order[$0.kind]!) < ($1.due, order[$1.kind]!) }
    }

    /// Open parents' follow-ups due in the last six weeks, the recent ones likelier, left undone;
    /// never a reminder whose hearing has passed (that one closed as missed).
    private func chooseOverdue(_ planned: [PlannedFollowUp], _ rng: inout DemoRandom) -> Set<Int> {
        var candidates = planned.indices.filter {
            let f = planned[$0]
            return f.due < today && today.days(since: f.due) <= 42 && parents[f.parent].closedOn == nil
                && (f.hearingDay ?? today) >= today
        }
        var chosen = Set<Int>()
        let target = rng.int(params.overdue)
        while chosen.count < target && !candidates.isEmpty {
            let pick = rng.weighted(candidates.indices.map { ($0, 44 - today.days(since: planned[candidates[$0]].due)) })
            chosen.insert(candidates.remove(at: pick))
        }
        return chosen
    }

    private mutating func resolve(_ f: PlannedFollowUp, overdue: Bool, _ rng: inout DemoRandom) {
        var record = FollowUp(id: ID(followUps.count + 1), parentId: parents[f.parent].record.id!,
                              allyId: allies[f.ally].id, dueDate: f.due, kind: f.kind,
                              hearingId: f.hearing.map { ID($0 + 1) }, expiresOn: f.hearingDay)
        let doneToday = f.due == today && rng.chance(0.25)
        if (f.due < today && !overdue) || doneToday {
            var done = f.due
            let roll = rng.unit()
            let since = parents[f.parent].assignments.last { $0.from <= f.due }?.from ?? f.due
            if roll < 0.1 { done = max(DemoCalendar.courtDays(before: f.due, rng.int(1...2)), since) }
            else if roll < 0.28 && f.kind != "hearing reminder" {
                // Late, but never a reminder after its hearing.
                let late = DemoCalendar.courtDays(after: f.due, rng.int(1...4))
                if late <= today && late < (parents[f.parent].closedOn ?? today.adding(days: 1)) { done = late }
            }
            let mode = Self.mode(for: f.kind, &rng)
            var contact = makeContact(f.parent, ally: f.ally, on: done, mode: mode, topics: Self.topics(for: f.kind, &rng), &rng)
            contacts.append(contact)
            if !contact.reached {
                // A call that did not reach the parent is an attempt; the ally tries again the next
                // court day, and the follow-up is done only when someone answers.
                record.attempts = 1
                record.lastAttemptOn = done
                let retry = DemoCalendar.courtDays(after: done, 1)
                if retry <= today && retry < (parents[f.parent].closedOn ?? today.adding(days: 1))
                    && retry <= (f.hearingDay ?? retry) {
                    done = retry
                    contact = makeContact(f.parent, ally: f.ally, on: retry, mode: .phone,
                                          topics: Self.topics(for: f.kind, &rng), reached: true, &rng)
                    contacts.append(contact)
                }
            }
            if contact.reached {
                record.doneOn = done
                record.contactId = contact.id
            }
        }
        // A reminder nobody reached the parent for closed as missed when its hearing was over.
        if record.doneOn == nil, let hearingDay = f.hearingDay, hearingDay < today {
            record.doneOn = hearingDay
            record.missed = true
        }
        followUps.append(record)
    }

    /// Court meetings: at the first hearing and at each held hearing the ally covered.
    private mutating func addCourtContacts(_ pi: Int, engagement: [String: CourtEngagement], _ rng: inout DemoRandom) {
        let p = parents[pi]
        for hi in cases[p.caseIndex].hearings {
            let h = hearings[hi]
            guard h.status == .held, let allyId = h.allyId, engagement["\(hi + 1)-\(p.record.id!)"] == .met else { continue }
            let first = hi == p.firstHearing
            let ally = Int(allyId) - 1
            guard first || p.ally(on: h.date) == ally else { continue }
            let minutes = max(8 * 60, h.time.minutes - 15)
            contacts.append(Contact(id: ID(contacts.count + 1), parentId: p.record.id!, allyId: allyId, date: h.date,
                                    time: TimeOfDay(hour: minutes / 60, minute: minutes % 60), mode: .court,
                                    minutes: rng.int(3...12) * 5, reached: true,
                                    topics: first ? "first hearing; what to expect; Dependency 101" : "hearing support; next steps"))
        }
    }

    /// Calls and texts the parent starts, meetings and home visits, between the planned ones.
    private mutating func addOwnInitiative(_ pi: Int, _ rng: inout DemoRandom) {
        for a in parents[pi].assignments {
            let end = min(a.to ?? today.adding(days: 1), today.adding(days: 1))
            var day = a.from.adding(days: rng.int(10...30))
            while day < end {
                let mode = rng.weighted([(ContactMode.phone, 45), (.text, 35), (.meeting, 8), (.video, 7), (.homeVisit, 5)])
                contacts.append(makeContact(pi, ally: a.allyIndex, on: day, mode: mode,
                                            topics: Self.topics(for: "check-in", &rng), &rng))
                if rng.chance(0.3) { addReferral(pi, ally: a.allyIndex, contact: contacts[contacts.count - 1], &rng) }
                day = day.adding(days: rng.int(18...40))
            }
        }
    }

    private mutating func addReferral(_ pi: Int, ally: Int, contact: Contact, _ rng: inout DemoRandom) {
        guard contact.reached else { return }
        let kind = rng.weighted([("treatment", 30), ("housing", 20), ("visitation", 15), ("parenting class", 15),
                                 ("legal aid", 10), ("domestic violence services", 10)])
        let notes = [
            "treatment": ["outpatient assessment", "inpatient intake", "MAT clinic", "recovery meeting list"],
            "housing": ["shelter bed", "rapid rehousing application", "Section 8 waitlist", "family housing program"],
            "visitation": ["visit coaching", "visit schedule change", "supervised visit provider"],
            "parenting class": ["Promoting First Relationships", "Incredible Years", "Triple P"],
            "legal aid": ["parent's attorney contact", "Northwest Justice Project", "expungement clinic"],
            "domestic violence services": ["safety planning", "DV advocate", "protection order help"],
        ][kind]!
        referrals.append(Referral(id: ID(referrals.count + 1), parentId: parents[pi].record.id!, contactId: contact.id,
                                  allyId: allies[ally].id, date: contact.date, kind: kind,
                                  note: rng.chance(0.7) ? rng.pick(notes) : nil))
    }

    private func makeContact(_ pi: Int, ally: Int, on day: Day, mode: ContactMode, topics: String,
                             reached forced: Bool? = nil, _ rng: inout DemoRandom) -> Contact {
        let reached = forced ?? rng.chance(mode == .phone ? 0.72 : mode == .text ? 0.88 : 0.95)
        var minutes: Int?
        switch mode {
        case .phone: minutes = reached ? rng.int(5...40) : 1
        case .text: minutes = nil
        case .video: minutes = rng.int(3...9) * 5
        case .meeting: minutes = rng.int(6...18) * 5
        case .homeVisit: minutes = rng.int(9...24) * 5
        case .court: minutes = rng.int(3...12) * 5
        }
        let note: String? = reached ? (rng.chance(0.1) ? rng.pick(["parent upbeat", "parent frustrated with visits",
                                                                     "asked for a ride to court", "wants the class certificate"]) : nil)
                                    : rng.pick(["left voicemail", "no answer", "mailbox full", "texted instead"])
        return Contact(id: ID(contacts.count + 1), parentId: parents[pi].record.id!, allyId: allies[ally].id, date: day,
                       time: DemoCalendar.time(rng.int(9...17), rng.int(0...11) * 5), mode: mode, minutes: minutes,
                       reached: reached, topics: reached ? topics : nil, notes: note)
    }

    private static func mode(for kind: String, _ rng: inout DemoRandom) -> ContactMode {
        switch kind {
        case "first call": return rng.weighted([(ContactMode.phone, 80), (.text, 10), (.meeting, 10)])
        case "hearing reminder": return rng.weighted([(ContactMode.text, 60), (.phone, 40)])
        case "Dependency 101 invitation": return rng.weighted([(ContactMode.phone, 50), (.text, 50)])
        default: return rng.weighted([(ContactMode.phone, 55), (.text, 30), (.video, 5), (.meeting, 5), (.homeVisit, 5)])
        }
    }

    static let checkInTopics = ["case plan", "visitation", "treatment", "housing", "hearing prep", "services",
                                "caseworker", "transportation", "employment", "benefits", "encouragement",
                                "court report", "parenting class", "sobriety support", "safety plan"]

    private static func topics(for kind: String, _ rng: inout DemoRandom) -> String {
        switch kind {
        case "first call": return "introductions; what happens next; Dependency 101"
        case "hearing reminder": return rng.pick(["hearing reminder", "hearing reminder; transportation",
                                                  "hearing reminder; what to bring"])
        case "Dependency 101 invitation": return "Dependency 101 invitation"
        default:
            var picked: [String] = []
            for _ in 0..<rng.int(1...3) {
                let t = rng.pick(checkInTopics)
                if !picked.contains(t) { picked.append(t) }
            }
            return picked.joined(separator: "; ")
        }
    }
}
