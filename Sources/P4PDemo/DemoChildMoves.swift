import P4PStore

/// Each child's placement history, and the court's findings at past hearings. Children of
/// mentored families come home sooner (the program's published results: about 60% within 12
/// months of removal, against about 26% of families never served); the case keeps the outcome
/// and hearings it was planned with, and only the day its children come home moves.
extension DemoWorld {
    /// Whether the program ever served the case's parents, and whether one was mentored.
    private enum Service { case never, served, mentored }

    private func service(ofCase index: Int, reached: [ID: Int], attended: Set<ID>) -> Service {
        var result = Service.never
        for pi in cases[index].parents {
            let p = parents[pi]
            let allyDays = p.assignments.reduce(0) { $0 + ($1.to ?? today).days(since: $1.from) }
            if allyDays >= 30, reached[p.record.id!, default: 0] >= 2 { return .mentored }
            if !p.assignments.isEmpty || p.firstEngagement == .met || reached[p.record.id!] != nil
                || attended.contains(p.record.id!) { result = .served }
        }
        return result
    }

    mutating func buildChildMoves() {
        var rng = random("child moves")
        var reached: [ID: Int] = [:]
        for c in contacts where c.reached { reached[c.parentId, default: 0] += 1 }
        let attended = Set(attendance.filter(\.attended).map(\.parentId))
        var byCase: [Int: [Int]] = [:]
        for (ci, child) in children.enumerated() { byCase[Int(child.caseId) - 1, default: []].append(ci) }
        for index in cases.indices {
            let c = cases[index]
            guard let removal = c.record.removalDate, let kids = byCase[index] else { continue }
            let service = service(ofCase: index, reached: reached, attended: attended)
            var homeDays: [Day] = []
            for ci in kids {
                var child = children[ci]
                let id = child.id!
                var moves = [ChildMove(childId: id, date: removal, move: .removed)]
                let first = rng.weighted([(ChildMoveKind.placedWithRelative, 4), (.fosterCare, 5), (.otherPlacement, 1)])
                moves.append(ChildMove(childId: id, date: removal, move: first))
                var placedSince = removal
                let home = c.plannedOutcome == .reunified ? c.returnHomeOn.map {
                    homeDay(planned: $0, removal: removal, end: c.endsOn, service: service, &rng)
                } : nil
                if child.placement != .home, let since = child.placedSince, since > removal, home.map({ since < $0 }) ?? true {
                    moves.append(ChildMove(childId: id, date: since, move: Self.move(for: child.placement)))
                    placedSince = since
                }
                switch c.plannedOutcome {
                case .reunified:
                    guard let home, home > placedSince, home <= today else {
                        if child.placement == .home { child.placement = .foster; child.placedSince = placedSince }
                        break
                    }
                    if rng.chance(0.4), home.adding(days: -45) > placedSince {
                        moves.append(ChildMove(childId: id, date: home.adding(days: -rng.int(30...45)), move: .trialReturnHome))
                    }
                    moves.append(ChildMove(childId: id, date: home, move: .returnedHome))
                    child.placement = .home; child.placedSince = home
                    homeDays.append(home)
                    // A few come back into care; only on cases still open, so no outcome is contradicted.
                    let back = home.adding(days: rng.int(40...200))
                    if (c.endsOn ?? horizon) > today, back < today, rng.chance(0.12) {
                        moves.append(ChildMove(childId: id, date: back, move: .removed))
                        moves.append(ChildMove(childId: id, date: back, move: .fosterCare))
                        child.placement = .foster; child.placedSince = back
                        homeDays.removeLast()
                    }
                case .adoption, .guardianship:
                    if let end = c.endsOn, end <= today {
                        moves.append(ChildMove(childId: id, date: end, move: c.plannedOutcome == .adoption ? .adopted : .guardianship))
                    }
                case .other:
                    if let end = c.endsOn, end <= today, end > placedSince {
                        moves.append(ChildMove(childId: id, date: end, move: .agedOut))
                    }
                case .dismissed:
                    break
                }
                children[ci] = child
                for var move in moves {
                    move.id = ID(childMoves.count + 1)
                    childMoves.append(move)
                }
            }
            // The outcome a case was planned with, on the day its last child came home.
            if cases[index].record.outcome == .reunified {
                if homeDays.count == kids.count, let last = homeDays.max() {
                    cases[index].record.outcomeDate = last
                } else {
                    cases[index].record.outcome = nil; cases[index].record.outcomeDate = nil
                }
            }
        }
    }

    /// The day a child of a reunifying case comes home: mentored families within the year,
    /// families never served mostly after it, as the program's published results say.
    private func homeDay(planned: Day, removal: Day, end: Day?, service: Service, _ rng: inout DemoRandom) -> Day {
        let latest = (end ?? horizon).adding(days: -30)
        switch service {
        case .mentored:
            return DemoCalendar.onOrAfter(min(planned, removal.adding(days: rng.int(150...330))))
        case .served:
            return planned
        case .never:
            guard !rng.chance(0.35) else { return min(planned, removal.adding(days: rng.int(250...360))) }
            return DemoCalendar.onOrBefore(max(planned, min(latest, removal.adding(days: rng.int(380...560)))))
        }
    }

    private static func move(for placement: Placement) -> ChildMoveKind {
        switch placement {
        case .relative: return .placedWithRelative
        case .foster: return .fosterCare
        case .home: return .trialReturnHome
        case .group, .other: return .otherPlacement
        }
    }
}
