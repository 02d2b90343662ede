
/// The morning review's lists of the court's deadlines: cases whose next required hearing is
/// not scheduled in time, and cases near 15 of the last 22 months in care.
extension ProgramStore {
    /// How it reads: the open cases (no outcome, an open parent) through parents' status and
    /// case_parents' key by parent; then each case's dates, hearings and children's moves a
    /// batch of cases at a time through hearings_by_case, children_by_case and
    /// child_moves_by_child (CaseTimelineReader): never a scan of the hearings per case. Only
    /// the listed cases' names are read.
    static func deadlineLists(_ db: any SQLSession, _ today: Day, _ limit: Int)
        throws -> (atRisk: ListPage<MorningReview.CaseAtDeadline>, nearTermination: ListPage<MorningReview.CaseAtDeadline>,
                   timeline: DependencyTimeline) {
        let open = try ID.fetchAll(db, sql: """
            SELECT DISTINCT cp.case_id FROM parents p INDEXED BY parents_open
            CROSS JOIN case_parents cp ON cp.parent_id = p.id CROSS JOIN cases c ON c.id = cp.case_id
            WHERE p.status = 'open' AND c.outcome IS NULL
            ORDER BY cp.case_id
            """)
        let timeline = try loadTimeline(db)
        let deadlines = try CaseTimelineReader.deadlines(db, caseIds: open)
        var atRisk: [(ID, CaseDeadline)] = [], near: [(ID, CaseDeadline)] = []
        for caseId in open {
            let owed = deadlines[caseId] ?? []
            // The next hearing the court requires: soon (or past) and not set in time.
            if let next = owed.first(where: { $0.kind != .termination }), next.isAtRisk(on: today, warningDays: timeline.warningDays) {
                atRisk.append((caseId, next))
            }
            if let point = owed.first(where: { $0.kind == .termination }),
               point.due <= today.adding(days: timeline.terminationNoticeDays) {
                near.append((caseId, point))
            }
        }
        func page(_ found: [(ID, CaseDeadline)]) throws -> ListPage<MorningReview.CaseAtDeadline> {
            let shown = found.sorted { ($0.1.due, $0.0) < ($1.1.due, $1.0) }.prefix(limit)
            let ids = shown.map(\.0)
            // No list at all rather than an empty one, which a server refuses.
            let numbers = ids.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try SQLRow.fetchAll(db, sql: """
                SELECT id, case_number FROM cases WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                """, arguments: SQLArguments(ids)).map { ($0["id"] as ID, $0["case_number"] as String) })
            let names = try parentNames(db, caseIds: ids)
            return ListPage(total: found.count, offset: 0, rows: shown.map { caseId, deadline in
                MorningReview.CaseAtDeadline(caseId: caseId, caseNumber: numbers[caseId] ?? "",
                                             parentNames: names[caseId] ?? [], deadline: deadline)
            })
        }
        return (try page(atRisk), try page(near), timeline)
    }
}
