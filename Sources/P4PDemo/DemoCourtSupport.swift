import P4PStore

/// Who stood with parents at each hearing: the covering ally (their own, or whoever was on court
/// duty that day) and, for hearings already held, how each parent was engaged.
extension DemoWorld {
    mutating func assignCoveringAllies() {
        var rng = random("covering")
        for i in hearings.indices where hearings[i].covered {
            let h = hearings[i]
            let own = cases[h.caseIndex].parents.compactMap { parents[$0].ally(on: h.date) }.first
            if let a = own, isActive(ally: a, on: h.date), rng.chance(0.85) {
                hearings[i].allyId = allies[a].id
            } else {
                let onDuty = allies.indices.filter { isActive(ally: $0, on: h.date) }
                hearings[i].allyId = allies[onDuty[(h.date.ordinal + rng.int(0...1)) % onDuty.count]].id
            }
        }
    }

    mutating func recordEngagement() {
        var rng = random("engagement")
        for (hi, h) in hearings.enumerated() where h.status == .held {
            for pi in cases[h.caseIndex].parents {
                let p = parents[pi]
                guard p.joinedOn <= h.date, let first = p.firstHearing, hearings[first].date <= h.date else { continue }
                if let closed = p.closedOn, closed < h.date { continue }
                var engagement: CourtEngagement?
                var attended: Bool?
                if hi == first {
                    engagement = p.firstEngagement
                    attended = engagement.map { $0 != .notPresent } ?? rng.chance(0.85)
                } else if h.covered {
                    engagement = p.ally(on: h.date) != nil
                        ? rng.weighted([(CourtEngagement.met, 85), (.notPresent, 15)])
                        : rng.weighted([(CourtEngagement.met, 35), (.declined, 35), (.notPresent, 30)])
                    attended = engagement != .notPresent
                } else if rng.chance(0.5) {
                    // No ally at court; the parent told their ally afterwards whether they went.
                    attended = rng.chance(0.8)
                } else {
                    continue
                }
                hearingParents.append(HearingParent(hearingId: ID(hi + 1), parentId: p.record.id!,
                                                    engagement: engagement, parentAttended: attended))
            }
        }
    }
}
