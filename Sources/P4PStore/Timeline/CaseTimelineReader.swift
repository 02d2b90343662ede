
/// Reads what cases' deadlines are worked out from, for many cases at once: three statements a
/// batch of cases, each by an index on the case (hearings_by_case, children_by_case,
/// child_moves_by_child), never a scan of all hearings.
enum CaseTimelineReader {
    static func facts(_ db: any SQLSession, caseIds: [ID]) throws -> [ID: CaseTimelineFacts] {
        var result: [ID: CaseTimelineFacts] = [:]
        for batch in caseIds.batches(of: 400) {
            let marks = "(" + questionMarks(batch.count) + ")"
            let ids = SQLArguments(Array(batch))
            for row in try SQLRow.fetchAll(db, sql: """
                SELECT id, petition_date, removal_date, outcome FROM cases WHERE id IN \(marks)
                """, arguments: ids) {
                result[row[0]] = CaseTimelineFacts(petition: row[1], removal: row[2],
                                                   outcome: (row[3] as String?).flatMap(CaseOutcome.init(rawValue:)))
            }
            for row in try SQLRow.fetchAll(db, sql: """
                SELECT h.case_id, t.code, h.date, h.status FROM hearings h JOIN hearing_types t ON t.id = h.type_id
                WHERE h.case_id IN \(marks)
                """, arguments: ids) {
                guard let status = HearingStatus(rawValue: row[3]) else { continue }
                result[row[0]]?.hearings.append(TimelineHearing(code: row[1], date: row[2], status: status))
            }
            for row in try SQLRow.fetchAll(db, sql: """
                SELECT c.case_id, c.id, m.id, m.date, m.move FROM children c LEFT JOIN child_moves m ON m.child_id = c.id
                WHERE c.case_id IN \(marks)
                """, arguments: ids) {
                let caseId: ID = row[0]
                if let moveId: ID = row[2], let kind = ChildMoveKind(rawValue: row[4]) {
                    result[caseId]?.childMoves.append(ChildMove(id: moveId, childId: row[1], date: row[3], move: kind))
                } else {
                    result[caseId]?.childrenWithoutMoves += 1
                }
            }
        }
        return result
    }

    /// Each case's next deadline by the timeline and the policy's court calendar. When no policy
    /// was saved, the court holidays are Washington's around the case's own removal (or
    /// petition): the 72-hour rule counts the holidays of the days it runs over.
    static func nextDeadlines(_ db: any SQLSession, caseIds: [ID]) throws -> [ID: CaseDeadline] {
        try deadlines(db, caseIds: caseIds).compactMapValues(\.first)
    }

    /// Each case's unmet requirements, soonest first.
    static func deadlines(_ db: any SQLSession, caseIds: [ID]) throws -> [ID: [CaseDeadline]] {
        guard !caseIds.isEmpty else { return [:] }
        let timeline = try SQLiteStore.loadTimeline(db)
        var calendars: [Int: CourtCalendar] = [:]
        func calendar(around day: Day) throws -> CourtCalendar {
            if let known = calendars[day.year] { return known }
            let made = CourtCalendar(holidays: try SQLiteStore.loadPolicy(db, today: day).holidays)
            calendars[day.year] = made
            return made
        }
        return try facts(db, caseIds: caseIds).mapValues { facts in
            let around = facts.removal ?? facts.petition ?? facts.hearings.map(\.date).min() ?? Day(ordinal: 0)
            return CaseDeadlines.all(facts, timeline: timeline, calendar: try calendar(around: around))
        }
    }
}
