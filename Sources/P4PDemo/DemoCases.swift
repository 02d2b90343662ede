import Foundation
import P4PStore

/// Dependency cases on Washington's RCW 13.34 timeline: removal, 72-hour shelter care, 30-day
/// review, fact-finding within 75 days of the petition, disposition within 14 days of it, reviews
/// every six months and permanency planning at twelve, until the case ends.
extension DemoWorld {
    mutating func buildCases() {
        var rng = random("cases")
        var starts: [(removal: Day, shelter: Day?)] = []
        // Spread evenly over the history, with jitter, so every month has new cases.
        let span = params.historyDays - 5 - params.intakeEndsDaysAgo
        let first = today.adding(days: -params.historyDays)
        for i in 0..<params.caseCount {
            let base = first.ordinal + i * span / params.caseCount
            starts.append((Day(ordinal: base + rng.int(0...max(0, span / params.caseCount - 1))), nil))
        }
        // Fresh removals: their first hearing is on today's docket, or in the next court days.
        for _ in 0..<rng.int(params.freshToday) {
            let removal = today.isWeekend ? today.adding(days: -rng.int(1...2))
                                          : DemoCalendar.courtDays(before: today, rng.int(1...3))
            starts.append((removal, today))
        }
        for _ in 0..<rng.int(params.freshSoon) {
            starts.append((today.adding(days: -rng.int(0...1)), DemoCalendar.courtDays(after: today, rng.int(1...2))))
        }
        let order = starts.indices.sorted { (starts[$0].removal, $0) < (starts[$1].removal, $1) }
        var sequence: [Int: Int] = [:]
        for i in order {
            addCase(removal: starts[i].removal, shelterOn: starts[i].shelter, sequence: &sequence, &rng)
        }
    }

    /// WA superior court numbers: year, case type 7 (dependency), sequence, check digit.
    private func caseNumber(petition: Day, sequence: inout [Int: Int], _ rng: inout DemoRandom) -> String {
        let year = petition.year % 100
        let next = (sequence[year] ?? rng.int(150...400)) + rng.int(3...18)
        sequence[year] = next
        return String(format: "%02d-7-%05d-%d", year, next, rng.int(0...9)) + params.caseNumberSuffix
    }

    private mutating func addCase(removal: Day, shelterOn forced: Day?, sequence: inout [Int: Int],
                                  _ rng: inout DemoRandom) {
        var petition = rng.chance(0.6) ? removal : DemoCalendar.courtDays(after: removal, 1)
        if petition > today { petition = removal }
        let outcome = rng.weighted([(CaseOutcome.reunified, 52), (.adoption, 18), (.guardianship, 14),
                                    (.dismissed, 9), (.other, 7)])
        let county = rng.chance(0.92) ? params.county : rng.pick(params.otherCounties)
        let record = DependencyCase(id: ID(cases.count + 1), caseNumber: caseNumber(petition: petition, sequence: &sequence, &rng),
                                    county: county, petitionDate: petition, removalDate: removal)
        let caseIndex = cases.count
        cases.append(DemoCase(record: record, homeRoom: rng.int(0...(params.courtrooms.count - 1)),
                              plannedOutcome: outcome))
        let events = timeline(caseIndex: caseIndex, removal: removal, petition: petition, shelter: forced, &rng)
        addHearings(caseIndex: caseIndex, events: events, &rng)
        if let end = cases[caseIndex].endsOn, end < today {
            cases[caseIndex].record.outcome = outcome
            cases[caseIndex].record.outcomeDate = end
        }
        addParents(caseIndex: caseIndex, petition: petition, &rng)
        addChildren(caseIndex: caseIndex, &rng)
    }

    /// The hearings a case meets, by type code and date, up to its end or the schedule's horizon.
    private mutating func timeline(caseIndex: Int, removal: Day, petition: Day, shelter forced: Day?,
                                   _ rng: inout DemoRandom) -> [(code: String, date: Day, waived: Bool)] {
        typealias Cal = DemoCalendar
        var events: [(code: String, date: Day, waived: Bool)] = []
        let shelter72 = forced ?? Cal.courtDays(after: removal, rng.int(1...3))
        events.append(("shelter-72", shelter72, false))
        events.append(("shelter-30", Cal.onOrBefore(shelter72.adding(days: rng.int(26...30))), rng.chance(0.12)))
        let factFinding = Cal.onOrBefore(petition.adding(days: rng.int(55...75)))
        events.append(("fact-finding", factFinding, false))

        var c = cases[caseIndex]
        defer { cases[caseIndex] = c }
        if c.plannedOutcome == .dismissed {
            c.endsOn = factFinding; c.parentsEndOn = factFinding
            return events
        }
        let disposition = rng.chance(0.3) ? factFinding : Cal.onOrBefore(factFinding.adding(days: rng.int(7...14)))
        events.append(("disposition", disposition, false))

        var finalHearing: (code: String, date: Day)?
        switch c.plannedOutcome {
        case .reunified:
            let home = Cal.onOrAfter(max(removal.adding(days: rng.int(120...420)), disposition.adding(days: 14)))
            c.returnHomeOn = home
            // Dismissal only after the child has been home six months.
            finalHearing = ("review", Cal.onOrAfter(home.adding(days: 182 + rng.int(3...40))))
        case .guardianship:
            finalHearing = ("other", Cal.onOrBefore(removal.adding(days: rng.int(420...800))))
        case .other:
            finalHearing = ("review", Cal.onOrBefore(removal.adding(days: rng.int(300...900))))
        case .adoption:
            // Petition once out of home 15 of 22 months; the trial a few months later.
            let trial = Cal.onOrBefore(removal.adding(days: rng.int(480...640)))
            events.append(("termination", trial, false))
            c.parentsEndOn = trial
            c.endsOn = trial.adding(days: rng.int(150...330))
        case .dismissed:
            break
        }
        if let final = finalHearing {
            c.endsOn = final.date; c.parentsEndOn = final.date
        }
        let end = min(c.endsOn ?? horizon, horizon)

        // First review: six months from placement or 90 days from disposition, whichever is first.
        var review = Cal.onOrBefore(min(Cal.adding(months: 6, to: removal), disposition.adding(days: 90))
            .adding(days: -rng.int(0...10)))
        var permanencyYear = 1
        var permanency = Cal.onOrBefore(Cal.adding(months: 12, to: removal).adding(days: -rng.int(0...14)))
        while min(review, permanency) < end {
            if permanency <= review {
                events.append(("permanency", permanency, false))
                permanencyYear += 1
                permanency = Cal.onOrBefore(Cal.adding(months: 12 * permanencyYear, to: removal)
                    .adding(days: -rng.int(0...14)))
            } else {
                // A permanency hearing close by does the review's work.
                if abs(permanency.days(since: review)) > 45 { events.append(("review", review, false)) }
                review = Cal.onOrBefore(Cal.adding(months: 6, to: review).adding(days: -rng.int(0...10)))
            }
        }
        if let final = finalHearing {
            // The dismissal or guardianship hearing replaces a periodic one falling just before it.
            events.removeAll { ($0.code == "review" || $0.code == "permanency") && $0.date < final.date
                && final.date.days(since: $0.date) < 30 }
            events.append((final.code, final.date, false))
        }
        return events.filter { $0.date <= end }
    }

    private mutating func addHearings(caseIndex: Int, events: [(code: String, date: Day, waived: Bool)],
                                      _ rng: inout DemoRandom) {
        let sorted = events.indices.sorted { (events[$0].date, $0) < (events[$1].date, $1) }
            .map { events[$0] }
        for (n, event) in sorted.enumerated() where event.date <= horizon {
            if event.waived {
                // Waived by agreement: struck from the calendar, or never set if still ahead.
                if event.date < today { addHearing(caseIndex: caseIndex, code: event.code, on: event.date, status: .cancelled, &rng) }
                continue
            }
            guard event.date < today else {
                addHearing(caseIndex: caseIndex, code: event.code, on: event.date, status: .scheduled, &rng)
                continue
            }
            // A continuance lands before the next hearing and before the case ends.
            let next = n + 1 < sorted.count ? sorted[n + 1].date : min(horizon, cases[caseIndex].endsOn ?? horizon)
            let roll = rng.unit()
            let replacement = DemoCalendar.onOrAfter(event.date.adding(days: rng.int(6...13)))
            // Continued a week or two: rarely the shelter care hearing, never a disposition
            // (its 14 days from fact-finding leave no room).
            if roll < 0.08, event.code != "shelter-72" || roll < 0.02, event.code != "disposition", replacement < next {
                addHearing(caseIndex: caseIndex, code: event.code, on: event.date, status: .continued, &rng)
                let status: HearingStatus = replacement < today ? .held : .scheduled
                addHearing(caseIndex: caseIndex, code: event.code, on: replacement, status: status, &rng)
            } else if roll > 0.975, event.code == "review" {
                addHearing(caseIndex: caseIndex, code: event.code, on: event.date, status: .cancelled, &rng)
            } else {
                addHearing(caseIndex: caseIndex, code: event.code, on: event.date, status: .held, &rng)
            }
        }
    }

    /// Calendar slots between 08:30 and 16:00, mostly on the half hour; shelter care in the afternoon.
    static let hearingSlots: [((Int, Int), Int)] = [
        ((8, 30), 10), ((8, 45), 3), ((9, 0), 14), ((9, 15), 3), ((9, 30), 10), ((9, 45), 2), ((10, 0), 10),
        ((10, 15), 2), ((10, 30), 8), ((11, 0), 7), ((11, 15), 2), ((11, 30), 4), ((13, 30), 9), ((13, 45), 2),
        ((14, 0), 6), ((14, 30), 4), ((15, 0), 3), ((15, 30), 2), ((16, 0), 1),
    ]
    static let shelterSlots: [(Int, Int)] = [(13, 30), (13, 30), (13, 45), (14, 0), (14, 15), (14, 30), (15, 0), (15, 30)]

    @discardableResult
    mutating func addHearing(caseIndex: Int, code: String, on date: Day, status: HearingStatus,
                             _ rng: inout DemoRandom) -> Int {
        let shelterCalendar = code == "shelter-72" && rng.chance(0.75)
        let slot = shelterCalendar ? rng.pick(Self.shelterSlots) : rng.weighted(Self.hearingSlots)
        var time = DemoCalendar.time(slot.0, slot.1)
        // Two hearings of one case on one day (fact-finding then disposition) follow each other.
        if let sameDay = cases[caseIndex].hearings.last(where: { hearings[$0].date == date }) {
            let earlier = hearings[sameDay].time.minutes
            if earlier + 30 > 16 * 60 { hearings[sameDay].time = TimeOfDay(hour: (earlier - 30) / 60, minute: (earlier - 30) % 60)! }
            let after = hearings[sameDay].time.minutes + 30
            time = TimeOfDay(hour: after / 60, minute: after % 60)!
        }
        let roomIndex = shelterCalendar ? 0 : (rng.chance(0.8) ? cases[caseIndex].homeRoom
                                                                : rng.int(0...(params.courtrooms.count - 1)))
        var room = params.courtrooms[roomIndex]
        if rng.chance(0.08) { room = DemoCourtroom(name: room.name, officer: rng.pick(DemoProgram.proTems)) }
        hearings.append(DemoHearing(caseIndex: caseIndex, code: code, date: date, time: time,
                                    courtroom: room, status: status))
        cases[caseIndex].hearings.append(hearings.count - 1)
        sortHearings(ofCase: caseIndex)
        return hearings.count - 1
    }
}
