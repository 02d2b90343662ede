import P4PStore

/// Dependency 101, twice a month (first Tuesday evening at the courthouse, third Saturday morning
/// at the family resource center), taught by an ally; parents are invited soon after they are
/// assigned, and a little over half come.
extension DemoWorld {
    mutating func buildClasses() {
        var rng = random("classes")
        var month = today.adding(days: -params.historyDays).firstOfMonth
        let last = params.lastClassDay(today: today)
        while month <= last {
            for (weekday, nth, hour, minute, place) in [(2, 1, 17, 30, 0), (6, 3, 10, 0, 1)] {
                let offset = (weekday - month.isoWeekday + 7) % 7
                let date = month.adding(days: offset + 7 * (nth - 1))
                guard date <= last else { continue }
                let teachers = allies.indices.filter { isActive(ally: $0, on: date) }
                sessions.append(ClassSession(id: ID(sessions.count + 1), date: date,
                                             time: DemoCalendar.time(hour, minute),
                                             location: DemoProgram.classLocations[place],
                                             allyId: allies[teachers[sessions.count % teachers.count]].id))
            }
            month = DemoCalendar.adding(months: 1, to: month)
        }

        for pi in parents.indices {
            let p = parents[pi]
            var invited: Day
            if let start = p.assignments.first?.from {
                invited = DemoCalendar.onOrAfter(start.adding(days: 5))
            } else if p.firstEngagement == .met, let fh = p.firstHearing, rng.chance(0.5) {
                invited = hearings[fh].date
            } else {
                continue
            }
            var chances = rng.chance(0.35) ? 2 : 1
            while chances > 0, invited <= today,
                  let s = sessions.firstIndex(where: { $0.date >= invited.adding(days: 2) }) {
                let date = sessions[s].date
                if let closed = p.closedOn, closed <= date { break }
                // Parents who come tend to be those whose children come home (the program's published
                // results: about 70% of those who attended Dependency 101 reunified, against 53%).
                let reunifying = cases[p.caseIndex].plannedOutcome == .reunified
                let came = date < today && rng.chance((reunifying ? 0.72 : 0.5) + (p.firstEngagement == .met ? 0.05 : 0))
                attendance.append(ClassAttendance(sessionId: sessions[s].id!, parentId: p.record.id!,
                                                  invitedOn: invited, attended: came))
                if came || date >= today { break }
                // Missed it: invited again to the next one.
                invited = date.adding(days: 1)
                chances -= 1
            }
        }
    }
}
