import GRDB

/// Dependency 101: sessions, invitations and who came.
extension SQLiteStore {
    @discardableResult
    public func scheduleClass(_ session: ClassSession) throws -> ID {
        var record = session
        record.id = nil
        record.course = try Validate.name(session.course, field: "Course")
        record.location = Validate.optional(session.location)
        return try writeNoting(action: "class scheduled", entity: "class session") { db in
            if let allyId = record.allyId, try Ally.fetchOne(db, key: allyId)?.active != true {
                throw StoreError.invalid(field: "Parent Ally", reason: "Choose an active Parent Ally")
            }
            try record.insert(db)
            return AuditNote(entityId: record.id, detail: nil)
        }.entityId!
    }

    /// Invites parents to a session. An open "Dependency 101 invitation" follow-up is what asked
    /// for this, so it is marked done on the day of the invitation.
    public func inviteToClass(sessionId: ID, parentIds: [ID], on day: Day) throws {
        guard !parentIds.isEmpty else { throw StoreError.invalid(field: "Parents", reason: "Choose at least one parent") }
        let list = parentIds.map(String.init).joined(separator: ", ")
        try write(action: "class invitations", entity: "class session", entityId: sessionId,
                  detail: "parents \(list)") { db in
            guard try ClassSession.exists(db, key: sessionId) else { throw StoreError.notFound("That class") }
            for parentId in parentIds {
                guard try Parent.exists(db, key: parentId) else { throw StoreError.notFound("That parent") }
                try db.execute(sql: """
                    INSERT INTO class_attendance (session_id, parent_id, invited_on, attended) VALUES (?, ?, ?, 0)
                    ON CONFLICT(session_id, parent_id) DO UPDATE SET invited_on = excluded.invited_on
                    """, arguments: [sessionId, parentId, day])
                try db.execute(sql: """
                    UPDATE follow_ups SET done_on = ? WHERE parent_id = ? AND kind = ? AND done_on IS NULL
                    """, arguments: [day, parentId, FollowUpKind.classInvitation])
            }
        }
    }

    /// Records whether a parent came; attending ends the planned invitation, so re-plan.
    public func markAttendance(sessionId: ID, parentId: ID, attended: Bool, today: Day) throws {
        try write(action: "class attendance", entity: "class session", entityId: sessionId,
                  detail: "parent \(parentId): \(attended ? "attended" : "did not attend")") { db in
            guard try ClassSession.exists(db, key: sessionId) else { throw StoreError.notFound("That class") }
            guard try Parent.exists(db, key: parentId) else { throw StoreError.notFound("That parent") }
            try db.execute(sql: """
                INSERT INTO class_attendance (session_id, parent_id, attended) VALUES (?, ?, ?)
                ON CONFLICT(session_id, parent_id) DO UPDATE SET attended = excluded.attended
                """, arguments: [sessionId, parentId, attended])
            try Self.replan(db, parentId: parentId, today: today, policy: try Self.loadPolicy(db))
        }
    }
}
