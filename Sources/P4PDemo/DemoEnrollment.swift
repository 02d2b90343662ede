import P4PStore

/// The program's side of each parent: first met at a hearing (or not), assigned to an ally who
/// speaks their language and has room, and closed when the case ends or the support does.
extension DemoWorld {
    mutating func buildAllies() {
        var rng = random("allies")
        let inactive = params.inactiveAlly
        for (i, template) in params.roster.prefix(params.allyCount).enumerated() {
            var ally = template
            ally.id = ID(i + 1)
            ally.phone = DemoProgram.phone(area: params.allyArea, &rng)
            ally.counties = params.neighbourAllies.contains(ally.name) ? [params.neighbourCounty, params.county] : [params.county]
            ally.active = i != inactive
            allies.append(ally)
            allyLeftOn.append(i == inactive ? today.adding(days: -rng.int(120...200)) : nil)
        }
    }

    /// What the program decided for one parent before allies are chosen.
    private struct Intake {
        var parent: Int
        var assignOn: Day?
        var closeOn: Day?
        var reason: String?
        /// The lived experience that would help most, for matching.
        var need: String
    }

    mutating func enrollParents() {
        var rng = random("enrollment")
        var intakes: [Intake] = []
        for pi in parents.indices { intakes.append(intake(pi, &rng)) }

        // Allies are chosen in the order parents reach them, so each sees the caseloads of the day.
        let order = intakes.indices.filter { intakes[$0].assignOn.map { $0 <= today } ?? false }
            .sorted { (intakes[$0].assignOn!, $0) < (intakes[$1].assignOn!, $1) }
        var held: [[Int]] = Array(repeating: [], count: allies.count)
        var reassigned = false
        for (step, n) in order.enumerated() {
            let intake = intakes[n]
            let start = intake.assignOn!
            if step % 128 == 0 { forgetFinished(before: start, held: &held) }
            if let left = allyLeftOn.compactMap({ $0 }).first, !reassigned, start >= left {
                reassignLeavingAlly(on: left, held: &held, &rng); reassigned = true
            }
            let pi = intake.parent
            let ally = chooseAlly(for: pi, need: intake.need, on: start, held: held, &rng)
            var end = start.adding(days: rng.int(params.serviceDays))
            var reason = rng.weighted([("completed program", 60), ("no contact for 60 days", 18),
                                       ("moved out of county", 8), ("asked to end services", 14)])
            if let caseEnd = cases[parents[pi].caseIndex].parentsEndOn, caseEnd < end {
                end = caseEnd; reason = closingReason(cases[parents[pi].caseIndex].plannedOutcome)
            }
            let closed = end < today
            parents[pi].assignments.append(DemoAssignment(allyIndex: ally, from: start, to: closed ? end : nil))
            held[ally].append(pi)
            if closed { parents[pi].closedOn = end; parents[pi].record.closingReason = reason }
        }
        if let left = allyLeftOn.compactMap({ $0 }).first, !reassigned {
            reassignLeavingAlly(on: left, held: &held, &rng)
        }
        for intake in intakes where parents[intake.parent].assignments.isEmpty {
            if let close = intake.closeOn, close < today {
                parents[intake.parent].closedOn = close
                parents[intake.parent].record.closingReason = intake.reason
            }
        }
        for pi in parents.indices {
            if let last = parents[pi].assignments.last {
                parents[pi].record.allyId = allies[last.allyIndex].id
                parents[pi].record.allySince = last.from
            }
            parents[pi].record.status = parents[pi].closedOn == nil ? .open : .closed
        }
    }

    /// First hearing, how it went, and when the program would assign or close this parent.
    private mutating func intake(_ pi: Int, _ rng: inout DemoRandom) -> Intake {
        let p = parents[pi]
        let c = cases[p.caseIndex]
        let need = rng.weighted([("recovery", 45), ("domestic-violence", 20), ("mental-health", 20),
                                 ("incarceration", 10), ("foster-care", 5)])
        parents[pi].circumstances = [need]
        var result = Intake(parent: pi, need: need)
        let first = firstHearing(caseIndex: p.caseIndex, onOrAfter: p.joinedOn)
        parents[pi].firstHearing = first
        guard let fh = first, hearings[fh].date < today else {
            // Known from the shelter care referral; the first hearing is today or ahead.
            let known = min(today, p.joinedOn.adding(days: rng.int(0...2)))
            parents[pi].record.waitingSince = known
            // Known for a while (a father located weeks before his first hearing): the
            // caseworker's referral has usually reached an ally by now.
            if today.days(since: known) > 10 && rng.chance(0.7) {
                result.assignOn = DemoCalendar.onOrAfter(known.adding(days: rng.int(3...10)))
            }
            return result
        }
        let day = hearings[fh].date
        parents[pi].record.waitingSince = rng.chance(0.2) ? max(p.joinedOn, day.adding(days: -rng.int(1...3))) : day

        let engagement: CourtEngagement? = hearings[fh].covered
            ? rng.weighted([(CourtEngagement.met, 74), (.declined, 11), (.notPresent, 10), (.notApproached, 5)])
            : nil
        parents[pi].firstEngagement = engagement
        switch engagement {
        case .met?:
            if rng.chance(0.92) { result.assignOn = day.adding(days: rng.chance(0.4) ? 0 : rng.int(1...6)) }
            else { result.closeOn = day.adding(days: rng.int(14...40)); result.reason = "declined services" }
        case .declined?:
            if rng.chance(0.2) { result.assignOn = day.adding(days: rng.int(10...40)) }
            else { result.closeOn = day.adding(days: rng.int(7...21)); result.reason = "declined services" }
        case .notPresent?:
            if rng.chance(0.5) { result.assignOn = day.adding(days: rng.int(4...21)) }
            else { result.closeOn = day.adding(days: rng.int(21...40)); result.reason = "unable to reach" }
        case .notApproached?, nil:
            // Nobody met them at court: the caseworker's referral reaches the program later.
            if rng.chance(0.75) { result.assignOn = day.adding(days: rng.int(2...14)) }
            else { result.closeOn = day.adding(days: rng.int(21...40)); result.reason = "unable to reach" }
        }
        result.assignOn = result.assignOn.map(DemoCalendar.onOrAfter)
        if let end = c.parentsEndOn, end < today {
            if let assign = result.assignOn, assign >= end { result.assignOn = nil }
            if result.assignOn == nil, result.closeOn.map({ $0 > end }) ?? true {
                result.closeOn = end; result.reason = closingReason(c.plannedOutcome)
            }
        }
        return result
    }

    func closingReason(_ outcome: CaseOutcome) -> String {
        switch outcome {
        case .reunified: return "case closed: reunified"
        case .dismissed: return "case dismissed"
        case .guardianship: return "guardianship established"
        case .adoption: return "parental rights terminated"
        case .other: return "case closed"
        }
    }

    /// Drops from each ally's list the parents whose time with that ally ended by `day`: days
    /// only move on while allies are chosen, so they would never count again (ten years of one
    /// county would otherwise be counted at every assignment).
    private func forgetFinished(before day: Day, held: inout [[Int]]) {
        for ally in held.indices {
            held[ally].removeAll { pi in
                parents[pi].assignments.allSatisfy { $0.allyIndex != ally || ($0.to.map { $0 <= day } ?? false) }
            }
        }
    }

    private func load(_ ally: Int, on day: Day, held: [[Int]]) -> Int {
        // Counted in place: this runs for every ally at every assignment.
        var count = 0
        for pi in held[ally] {
            for a in parents[pi].assignments where a.allyIndex == ally && a.from <= day && (a.to.map { day < $0 } ?? true) {
                count += 1
            }
        }
        return count
    }

    private func speaks(_ ally: Int, _ language: String) -> Bool {
        // Guatemalan Mam speakers usually get by in Spanish; Ukrainian speakers in Russian.
        let fallback = ["Mam": "Spanish", "Ukrainian": "Russian"][language]
        return allies[ally].languages.contains(language) || fallback.map(allies[ally].languages.contains) ?? false
    }

    /// Language first, then room on the caseload, county and shared lived experience.
    private func chooseAlly(for pi: Int, need: String, on day: Day, held: [[Int]], _ rng: inout DemoRandom) -> Int {
        let parent = parents[pi].record
        let available = allies.indices.filter { a in allyLeftOn[a].map { day < $0.adding(days: -14) } ?? true }
        let someoneSpeaks = parent.language != "English" && available.contains { speaks($0, parent.language) }
        var best = available[0]
        var bestScore = Double.infinity
        for a in available {
            var score = Double(load(a, on: day, held: held)) / Double(max(1, allies[a].caseloadLimit))
            if someoneSpeaks && !speaks(a, parent.language) { score += 0.8 }
            if parent.county != nil && parent.county != allies[a].county { score += 0.1 }
            if allies[a].livedExperience.contains(need) { score -= 0.15 }
            score += rng.unit() * 0.2
            if score < bestScore { best = a; bestScore = score }
        }
        return best
    }

    /// The ally who left hands each parent still with her to a colleague the same day.
    private mutating func reassignLeavingAlly(on day: Day, held: inout [[Int]], _ rng: inout DemoRandom) {
        guard let leaving = allyLeftOn.firstIndex(where: { $0 != nil }) else { return }
        for pi in held[leaving] {
            guard let n = parents[pi].assignments.lastIndex(where: { $0.allyIndex == leaving }) else { continue }
            let a = parents[pi].assignments[n]
            guard a.from < day, a.to.map({ $0 > day }) ?? true else { continue }
            parents[pi].assignments[n].to = day
            let next = chooseAlly(for: pi, need: "", on: day, held: held, &rng)
            parents[pi].assignments.append(DemoAssignment(allyIndex: next, from: day, to: a.to))
            held[next].append(pi)
        }
    }
}
