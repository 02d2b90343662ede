
/// Reads what cases' deadlines are worked out from, for many cases at once: one statement a
/// batch of cases (a round trip on a server), its three parts each by an index on the case
/// (hearings_by_case, children_by_case, child_moves_by_child), never a scan of all hearings.
enum CaseTimelineReader {
    static func facts(_ db: any SQLSession, caseIds: [ID]) throws -> [ID: CaseTimelineFacts] {
        var result: [ID: CaseTimelineFacts] = [:]
        for batch in caseIds.batches(of: 400) {
            let marks = "(" + questionMarks(batch.count) + ")"
            // Each part names what its row is; its columns line up: two numbers, three texts (the
            // first part's empty numbers typed, for a server, which types a column by its first).
            let rows = try SQLRow.fetchAll(db, sql: """
                SELECT 'case' AS part, id AS case_id, CAST(NULL AS INTEGER) AS child_id, CAST(NULL AS INTEGER) AS move_id,
                       petition_date AS a, removal_date AS b, outcome AS c
                FROM cases WHERE id IN \(marks)
                UNION ALL
                SELECT 'hearing', h.case_id, NULL, NULL, t.code, h.date, h.status
                FROM hearings h JOIN hearing_types t ON t.id = h.type_id WHERE h.case_id IN \(marks)
                UNION ALL
                SELECT 'child', c.case_id, c.id, m.id, m.date, m.move, NULL
                FROM children c LEFT JOIN child_moves m ON m.child_id = c.id WHERE c.case_id IN \(marks)
                """, arguments: SQLArguments(Array(batch) + Array(batch) + Array(batch)))
            for row in rows where row["part"] == "case" {
                result[row["case_id"]] = CaseTimelineFacts(
                    petition: row["a"], removal: row["b"], outcome: (row["c"] as String?).flatMap(CaseOutcome.init(rawValue:)))
            }
            for row in rows {
                let caseId: ID = row["case_id"]
                switch row["part"] as String {
                case "hearing":
                    guard let status = HearingStatus(rawValue: row["c"]) else { continue }
                    result[caseId]?.hearings.append(TimelineHearing(code: row["a"], date: row["b"], status: status))
                case "child":
                    if let moveId: ID = row["move_id"], let kind = ChildMoveKind(rawValue: row["b"]) {
                        result[caseId]?.childMoves.append(ChildMove(id: moveId, childId: row["child_id"], date: row["a"], move: kind))
                    } else {
                        result[caseId]?.childrenWithoutMoves += 1
                    }
                default: continue
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
