import GRDB

/// Re-planning a parent's follow-ups after their schedule changed.
///
/// The planner owns OPEN follow-ups of its four kinds that are due today or later. Overdue ones
/// stay (they are the supervisor's overdue list), done ones are never touched, kinds typed by
/// hand ("call back about housing") are left alone, and so are snoozed ones: a person moved
/// those, and the follow-up itself says so (`snoozed_until`).
extension SQLiteStore {
    public func replanFollowUps(parentId: ID, today: Day) throws {
        try write(action: "follow-ups re-planned", entity: "parent", entityId: parentId) { db in
            try Self.replan(db, parentId: parentId, today: today, policy: try Self.loadPolicy(db))
        }
    }

    /// Re-plans every parent on a case: a hearing belongs to all of them.
    static func replan(_ db: Database, caseId: ID, today: Day) throws {
        let policy = try loadPolicy(db)
        let parents = try ID.fetchAll(db, sql: "SELECT parent_id FROM case_parents WHERE case_id = ? ORDER BY parent_id",
                                      arguments: [caseId])
        for parentId in parents { try replan(db, parentId: parentId, today: today, policy: policy) }
    }

    static func replan(_ db: Database, parentId: ID, today: Day, policy: FollowUpPolicy) throws {
        guard let parent = try Parent.fetchOne(db, key: parentId) else { throw StoreError.notFound("That parent") }
        let kinds = FollowUpKind.planned
        var arguments: StatementArguments = [parentId, today]
        arguments += StatementArguments(kinds)
        try db.execute(sql: """
            DELETE FROM follow_ups
            WHERE parent_id = ? AND done_on IS NULL AND due_date >= ? AND kind IN (\(databaseQuestionMarks(count: kinds.count)))
              AND snoozed_until IS NULL
            """, arguments: arguments)
        try followRemindersToTheirHearings(db, parentId: parentId)
        guard parent.status == .open else { return }

        let hearings = try scheduledHearings(db, parentId: parentId, from: today)
        let plan = FollowUpPlanner.plan(policy: policy, firstHearing: try firstHearing(db, parentId: parentId),
                                        hearings: hearings.map(\.day),
                                        attendedClass: try attendedClass(db, parentId: parentId), today: today)
        // What is left (done, or overdue and open) must not be planned again.
        let kept = try FollowUp.filter(Column("parent_id") == parentId).fetchAll(db)
        let keptKeys = Set(kept.map { PlannedFollowUp(due: $0.dueDate, kind: $0.kind, hearingDay: $0.expiresOn) })
        let oneTime: Set<String> = [FollowUpKind.firstCall, FollowUpKind.classInvitation]
        let keptOneTime = Set(kept.map(\.kind)).intersection(oneTime)
        // A snooze to day X stands in for the same kind's planned items up to X.
        let snoozedUntil = Dictionary(kept.filter { $0.doneOn == nil && $0.snoozedUntil != nil }
            .map { ($0.kind, $0.dueDate) }, uniquingKeysWith: max)
        let hearingOn = Dictionary(hearings.map { ($0.day, $0.id) }, uniquingKeysWith: min)
        for item in plan where !keptKeys.contains(item) && !keptOneTime.contains(item.kind) {
            if let until = snoozedUntil[item.kind], item.due <= until { continue }
            var followUp = FollowUp(parentId: parentId, allyId: parent.allyId, dueDate: item.due, kind: item.kind,
                                    hearingId: item.hearingDay.flatMap { hearingOn[$0] }, expiresOn: item.hearingDay)
            try followUp.insert(db)
        }
    }

    /// An open reminder follows its hearing: to its new day when it moved, and away when the
    /// hearing was continued or cancelled (the planner reminds of the new one).
    private static func followRemindersToTheirHearings(_ db: Database, parentId: ID) throws {
        try db.execute(sql: """
            DELETE FROM follow_ups
            WHERE parent_id = ? AND done_on IS NULL AND hearing_id IN (
                SELECT id FROM hearings WHERE status IN ('continued', 'cancelled'))
            """, arguments: [parentId])
        try db.execute(sql: """
            UPDATE follow_ups SET expires_on = (SELECT date FROM hearings h WHERE h.id = follow_ups.hearing_id)
            WHERE parent_id = ? AND done_on IS NULL AND hearing_id IS NOT NULL
              AND expires_on IS NOT (SELECT date FROM hearings h WHERE h.id = follow_ups.hearing_id)
            """, arguments: [parentId])
    }

    /// The parent's first hearing: the earliest held or scheduled one on their cases since they
    /// joined (a father found later has his own first hearing).
    private static func firstHearing(_ db: Database, parentId: ID) throws -> Day? {
        try Day.fetchOne(db, sql: """
            SELECT min(h.date) FROM case_parents cp JOIN hearings h ON h.case_id = cp.case_id
            WHERE cp.parent_id = ? AND h.status IN ('held', 'scheduled')
              AND (cp.joined_on IS NULL OR h.date >= cp.joined_on)
            """, arguments: [parentId])
    }

    private static func scheduledHearings(_ db: Database, parentId: ID, from today: Day) throws -> [(id: ID, day: Day)] {
        try Row.fetchAll(db, sql: """
            SELECT h.id, h.date FROM case_parents cp JOIN hearings h ON h.case_id = cp.case_id
            WHERE cp.parent_id = ? AND h.status = 'scheduled' AND h.date >= ?
            ORDER BY h.date, h.time, h.id
            """, arguments: [parentId, today]).map { (id: $0["id"], day: $0["date"]) }
    }

    private static func attendedClass(_ db: Database, parentId: ID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM class_attendance WHERE parent_id = ? AND attended = 1)",
                          arguments: [parentId]) ?? false
    }
}
