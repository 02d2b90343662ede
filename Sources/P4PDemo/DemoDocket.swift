import P4PStore

/// Today's docket is what the demo opens on, so it is never empty: hearings set in the coming
/// weeks are pulled forward to today (a real calendar is set the same way, weeks ahead) until the
/// scale's count is reached, even on a weekend.
extension DemoWorld {
    func hearingsOn(_ day: Day) -> [Int] { hearings.indices.filter { hearings[$0].date == day } }

    mutating func fillTodaysDocket() {
        var rng = random("docket")
        let target = rng.int(params.docketToday)
        var onToday = hearingsOn(today)

        var candidates: [Int] = []
        for c in cases where !c.hearings.contains(where: { hearings[$0].date == today }) {
            guard let next = c.hearings.first(where: { hearings[$0].date > today }) else { continue }
            let h = hearings[next]
            // The case's last hearing and a termination trial fix other dates; leave them be.
            guard h.date.days(since: today) <= 45, h.date != c.endsOn, h.code != "termination",
                  h.code != "shelter-72" else { continue }
            candidates.append(next)
        }
        candidates = rng.shuffled(candidates)
        while onToday.count < target, let h = candidates.popLast() {
            hearings[h].date = today
            let slot = rng.weighted(Self.hearingSlots)
            hearings[h].time = DemoCalendar.time(slot.0, slot.1)
            sortHearings(ofCase: hearings[h].caseIndex)
            onToday.append(h)
        }
        // Still short (a small program's quiet month): motion hearings on open cases.
        var open = cases.indices.filter { ci in
            cases[ci].record.outcome == nil && cases[ci].hearings.contains { hearings[$0].status == .held }
                && !cases[ci].hearings.contains { hearings[$0].date == today }
        }
        open = rng.shuffled(open)
        while onToday.count < target, let ci = open.popLast() {
            onToday.append(addHearing(caseIndex: ci, code: "other", on: today, status: .scheduled, &rng))
        }
        // Too many: the later ones go to the next court day (never a fresh shelter care hearing).
        let next = DemoCalendar.courtDays(after: today, 1)
        for h in onToday.reversed() where onToday.count > params.docketToday.upperBound {
            guard hearings[h].code != "shelter-72" else { continue }
            if cases[hearings[h].caseIndex].hearings.contains(where: { hearings[$0].date > today && hearings[$0].date <= next }) { continue }
            hearings[h].date = next
            sortHearings(ofCase: hearings[h].caseIndex)
            onToday.removeAll { $0 == h }
        }
        spreadOverCourtrooms(onToday, &rng)
        addFatherJoiningToday(onToday, &rng)
    }

    /// The docket spans at least three courtrooms.
    private mutating func spreadOverCourtrooms(_ onToday: [Int], _ rng: inout DemoRandom) {
        var rooms: [String] = []
        for h in onToday where !rooms.contains(hearings[h].courtroom.name) { rooms.append(hearings[h].courtroom.name) }
        guard rooms.count < 3 else { return }
        let ordered = onToday.sorted { (hearings[$0].time, $0) < (hearings[$1].time, $1) }
        for (n, h) in ordered.enumerated() where hearings[h].code != "shelter-72" || n % 2 == 1 {
            hearings[h].courtroom = params.courtrooms[(n % (params.courtrooms.count - 1)) + 1]
        }
    }

    /// A father located last week has his first hearing today, on a case already under way.
    private mutating func addFatherJoiningToday(_ onToday: [Int], _ rng: inout DemoRandom) {
        for h in rng.shuffled(onToday) where hearings[h].code != "shelter-72" {
            let ci = hearings[h].caseIndex
            guard !cases[ci].parents.contains(where: { parents[$0].role != .mother }) else { continue }
            let joined = today.adding(days: -rng.int(3...12))
            guard !cases[ci].hearings.contains(where: {
                hearings[$0].date >= joined && hearings[$0].date < today && hearings[$0].status == .held
            }) else { continue }
            let father = DemoPeople.parent(female: false, community: cases[ci].familyCommunity ?? 0,
                                           sharedFamily: cases[ci].familyName, &rng)
            addParent(father, caseIndex: ci, role: .father, joinedOn: joined, &rng)
            return
        }
    }

    /// Which hearings have a Parent Ally at court: most held ones, most of today's but not all,
    /// some of the next two weeks' already promised.
    mutating func planCoverage() {
        var rng = random("coverage")
        for i in hearings.indices {
            let h = hearings[i]
            switch h.status {
            case .held: hearings[i].covered = rng.chance(0.86)
            case .continued: hearings[i].covered = rng.chance(0.35)
            case .cancelled: hearings[i].covered = false
            case .scheduled:
                hearings[i].covered = h.date > today && h.date.days(since: today) <= 14 && rng.chance(0.4)
            }
        }
        let onToday = rng.shuffled(hearingsOn(today))
        let gaps = rng.int(3...max(3, onToday.count / 3))
        for (n, h) in onToday.enumerated() { hearings[h].covered = n >= gaps }
    }
}
