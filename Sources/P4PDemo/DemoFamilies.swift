import P4PStore

/// The people on a case: its children (first name or initials, with placements) and its parents.
/// Most cases have a mother, many a father, some fathers found only later, a few a guardian.
extension DemoWorld {
    mutating func addChildren(caseIndex: Int, _ rng: inout DemoRandom) {
        let c = cases[caseIndex]
        let removal = c.record.removalDate!
        let count = rng.weighted([(1, 45), (2, 30), (3, 17), (4, 8)])
        var age = rng.weighted([(0, 20), (1, 10), (2, 9), (3, 8), (4, 7), (5, 6), (6, 6), (7, 5), (8, 5),
                                (9, 4), (10, 4), (11, 4), (12, 4), (13, 3), (14, 3), (15, 2), (16, 2)])
        // Siblings usually go to the same home.
        let shared = rng.weighted([(Placement.relative, 46), (.foster, 46), (.other, 3), (.group, 5)])
        var used: [String] = []
        let familyCommunity = c.familyCommunity ?? DemoPeople.community(&rng)
        cases[caseIndex].familyCommunity = familyCommunity
        for _ in 0..<count {
            var name = DemoPeople.child(community: familyCommunity, nativeScript: c.nativeScript,
                                        familyName: c.familyName, &rng)
            for _ in 0..<5 where used.contains(name) {
                name = DemoPeople.child(community: familyCommunity, nativeScript: c.nativeScript,
                                        familyName: c.familyName, &rng)
            }
            used.append(name)
            var placement = rng.chance(0.75) ? shared : rng.weighted([(Placement.relative, 1), (.foster, 1)])
            if placement == .group && age < 12 { placement = .foster }
            var since = removal
            if rng.chance(0.22) {
                // Moved once: to a relative found later, or to another foster home.
                let moved = removal.adding(days: rng.int(20...240))
                if moved < today && moved < (c.endsOn ?? today) {
                    since = moved
                    placement = rng.weighted([(Placement.relative, 3), (.foster, 2)])
                }
            }
            if let home = c.returnHomeOn, home <= today {
                placement = .home; since = home
            }
            children.append(Child(id: ID(children.count + 1), caseId: c.record.id!, name: name,
                                  birthYear: removal.year - age - (rng.chance(0.4) ? 1 : 0),
                                  placement: placement, placedSince: since))
            age = min(17, age + rng.int(1...4))
        }
    }

    mutating func addParents(caseIndex: Int, petition: Day, _ rng: inout DemoRandom) {
        let roll = rng.unit()
        let hasMother = roll < 0.93
        let hasFather = !hasMother || rng.chance(0.62)
        let hasGuardian = rng.chance(hasMother ? 0.03 : 0.3)
        let community = DemoPeople.community(&rng)
        var family: String?

        if hasMother {
            let mother = DemoPeople.parent(female: true, community: community, &rng)
            family = mother.familyName
            addParent(mother, caseIndex: caseIndex, role: .mother, joinedOn: petition, &rng)
        }
        if hasFather {
            let fatherCommunity = rng.chance(0.8) ? community : DemoPeople.community(&rng)
            let father = DemoPeople.parent(female: false, community: fatherCommunity, sharedFamily: family, &rng)
            family = family ?? father.familyName
            var joined = petition
            if hasMother && rng.chance(0.3) {
                // Paternity established or the father located weeks into the case.
                let later = petition.adding(days: rng.int(14...150))
                if later <= today, firstHearing(caseIndex: caseIndex, onOrAfter: later) != nil { joined = later }
            }
            addParent(father, caseIndex: caseIndex, role: .father, joinedOn: joined, &rng)
        }
        if hasGuardian {
            // A grandmother or aunt who had legal custody.
            let guardian = DemoPeople.parent(female: true, community: community, sharedFamily: family, &rng)
            addParent(guardian, caseIndex: caseIndex, role: .guardian, joinedOn: petition, &rng)
        }
    }

    mutating func addParent(_ person: DemoPerson, caseIndex: Int, role: ParentRole, joinedOn: Day,
                            _ rng: inout DemoRandom) {
        if cases[caseIndex].familyName.isEmpty {
            cases[caseIndex].familyName = person.familyName
            cases[caseIndex].nativeScript = person.usesNativeScript
            cases[caseIndex].familyCommunity = person.community
        }
        let county = rng.chance(0.88) ? params.county : rng.pick(params.otherCounties)
        let phone = rng.chance(0.92) ? DemoProgram.phone(area: rng.pick(params.parentAreas), &rng) : nil
        let record = Parent(id: ID(parents.count + 1), name: person.name, preferredName: person.preferredName,
                            phone: phone, language: person.language, interpreterNeeded: person.interpreterNeeded,
                            county: county, waitingSince: joinedOn)
        parents.append(DemoParent(record: record, caseIndex: caseIndex, role: role, joinedOn: joinedOn,
                                  person: person))
        cases[caseIndex].parents.append(parents.count - 1)
    }

    /// The first hearing a parent who joined on `day` can attend: continued or cancelled ones
    /// do not meet anyone.
    func firstHearing(caseIndex: Int, onOrAfter day: Day) -> Int? {
        cases[caseIndex].hearings.first {
            hearings[$0].date >= day && (hearings[$0].status == .held || hearings[$0].status == .scheduled)
        }
    }
}
