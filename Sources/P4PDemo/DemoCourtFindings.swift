import P4PStore

/// The court's findings at held review and permanency hearings, and the later courses (Dependency
/// 201, the support group) that mentored parents go on to. Parents the program stands with are
/// present and compliant more often.
extension DemoWorld {
    mutating func recordCourtFindings() {
        var rng = random("court findings")
        var byId: [ID: Int] = [:]
        for (pi, p) in parents.enumerated() { byId[p.record.id!] = pi }
        for i in hearingParents.indices {
            let h = hearings[Int(hearingParents[i].hearingId) - 1]
            guard h.code == "review" || h.code == "permanency",
                  let pi = byId[hearingParents[i].parentId] else { continue }
            let withAlly = parents[pi].ally(on: h.date) != nil
            let attended = hearingParents[i].parentAttended ?? false
            let good = (withAlly ? 55 : 35) + (attended ? 15 : 0)
            hearingParents[i].servicesCompliance = rng.weighted([(ComplianceFinding.compliant, good), (.partially, 25),
                                                                 (.notCompliant, 100 - good - 25 + 10), (.notAddressed, 5)])
            hearingParents[i].visitationCompliance = rng.weighted([(ComplianceFinding.compliant, good + 5), (.partially, 20),
                                                                   (.notCompliant, 100 - good - 20 + 5), (.notAddressed, 5)])
        }
    }

    mutating func buildLaterCourses() {
        var rng = random("later courses")
        let firstSession = sessions.count
        var month = today.adding(days: -params.historyDays).firstOfMonth
        while month <= params.lastClassDay(today: today) {
            // Dependency 201 on the second Thursday, the support group on the fourth Wednesday.
            for (course, weekday, nth) in [("dependency-201", 4, 2), ("support-group", 3, 4)] {
                let date = month.adding(days: (weekday - month.isoWeekday + 7) % 7 + 7 * (nth - 1))
                let teachers = allies.indices.filter { isActive(ally: $0, on: date) }
                sessions.append(ClassSession(id: ID(sessions.count + 1), course: course, date: date,
                                             time: DemoCalendar.time(18, 0), location: DemoProgram.classLocations[1],
                                             allyId: allies[teachers[sessions.count % teachers.count]].id))
            }
            month = DemoCalendar.adding(months: 1, to: month)
        }
        let later = sessions[firstSession...]
        for p in parents {
            guard let start = p.assignments.first?.from, rng.chance(0.45) else { continue }
            let from = start.adding(days: rng.int(30...120))
            guard let s = later.first(where: { $0.date >= from && $0.date < today }),
                  p.closedOn.map({ $0 > s.date }) ?? true else { continue }
            attendance.append(ClassAttendance(sessionId: s.id!, parentId: p.record.id!, invitedOn: from,
                                              attended: rng.chance(0.75)))
        }
    }
}
