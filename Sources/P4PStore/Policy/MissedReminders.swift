
/// A reminder for a hearing that has passed is no longer due: once its hearing's day is over it
/// closes as missed (reports count those), instead of waiting in Overdue for weeks.
extension ProgramStore {
    /// Closes, as missed on their hearing's day, the open follow-ups whose last useful day is
    /// before `today`. Writes only when there are some; returns how many.
    @discardableResult
    public func closeMissedReminders(asOf today: Day) throws -> Int {
        let expired = try engine.read { db in try Self.expiredFollowUps(db, asOf: today) }
        guard !expired.isEmpty else { return 0 }
        var closed = 0
        _ = try writeNoting(action: "reminders closed as missed", entity: nil) { db in
            // Read again inside the transaction: another terminal may have closed some.
            let ids = try Self.expiredFollowUps(db, asOf: today)
            for id in ids {
                try db.execute(sql: "UPDATE follow_ups SET done_on = expires_on, missed = 1 WHERE id = ?", arguments: [id])
                try stamp(.followUp, id: id, .missed, db)
            }
            closed = ids.count
            return AuditNote(entityId: nil, detail: Phrase.counted(ids.count, "audit.followUpCount").text(.english))
        }
        return closed
    }

    /// Closing a parent's file closes what is still open for them, as missed today: the planner
    /// has already taken away what was yet to come, and an overdue follow-up left open would stay
    /// open for ever, read by every Overdue query after.
    func closeOpenFollowUps(ofParent parentId: ID, today: Day, _ db: any SQLSession) throws {
        let stillOpen = "parent_id = ? AND done_on IS NULL"
        try stamp(.followUp, where: stillOpen, [parentId], .missed, db)
        try db.execute(sql: "UPDATE follow_ups SET done_on = ?, missed = 1 WHERE \(stillOpen)", arguments: [today, parentId])
    }

    private static func expiredFollowUps(_ db: any SQLSession, asOf today: Day) throws -> [ID] {
        // The partial index follow_ups_expiring holds exactly the open ones with a last day.
        try ID.fetchAll(db, sql: """
            SELECT id FROM follow_ups WHERE done_on IS NULL AND expires_on IS NOT NULL AND expires_on < ?
            """, arguments: [today])
    }
}
