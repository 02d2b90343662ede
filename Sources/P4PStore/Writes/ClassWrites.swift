
/// Classes of any course (Dependency 101 and the others): sessions, invitations and who came.
extension ProgramStore {
    /// Schedules a session and invites parents to it, in one transaction.
    @discardableResult
    public func scheduleClass(_ session: ClassSession, inviting parentIds: [ID] = [], on day: Day) throws -> ID {
        var record = session
        record.id = nil
        record.course = try Validate.name(session.course, field: .course)
        record.location = Validate.optional(session.location)
        return try writeNoting(action: "class scheduled", entity: "class session") { db in
            try authorize(.teachClass, db)
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM courses WHERE code = ? AND active = 1", arguments: [record.course]) == 1 else {
                throw StoreError.invalid(field: .course, reason: "invalid.chooseActiveCourse")
            }
            if let allyId = record.allyId, try Ally.fetchOne(db, key: allyId)?.active != true {
                throw StoreError.invalid(field: .teacher, reason: "invalid.chooseActiveAlly")
            }
            try record.insert(db)
            try Self.invite(db, sessionId: record.id!, parentIds: parentIds, on: day)
            return AuditNote(entityId: record.id, detail: parentIds.isEmpty ? nil : "invited " + Self.list(parentIds))
        }.entityId!
    }

    /// Invites parents to a session. An open "Dependency 101 invitation" follow-up is what asked
    /// for this, so it is marked done on the day of the invitation.
    public func inviteToClass(sessionId: ID, parentIds: [ID], on day: Day) throws {
        guard !parentIds.isEmpty else { throw StoreError.invalid(field: .invite, reason: "invalid.chooseAParent") }
        try write(action: "class invitations", entity: "class session", entityId: sessionId,
                  detail: "parents \(Self.list(parentIds))") { db in
            try authorize(.teachClass, db)
            guard try ClassSession.exists(db, key: sessionId) else { throw StoreError.notFound("notFound.class") }
            try Self.invite(db, sessionId: sessionId, parentIds: parentIds, on: day)
        }
    }

    private static func invite(_ db: any SQLSession, sessionId: ID, parentIds: [ID], on day: Day) throws {
        for parentId in parentIds {
            guard try Parent.exists(db, key: parentId) else { throw StoreError.notFound("notFound.parent") }
            try db.writeOver("class_attendance", key: ["session_id": sessionId, "parent_id": parentId], set: ["invited_on": day])
            try db.execute(sql: """
                UPDATE follow_ups SET done_on = ? WHERE parent_id = ? AND kind = ? AND done_on IS NULL
                """, arguments: [day, parentId, FollowUpKind.classInvitation])
        }
    }

    private static func list(_ ids: [ID]) -> String { ids.map(String.init).joined(separator: ", ") }

    /// Marks who came to a session and who did not, and invites more parents, in one
    /// transaction. Only changes are written and audited; each parent whose attendance changed
    /// is re-planned.
    public func recordAttendance(sessionId: ID, attended: [ID: Bool], inviting parentIds: [ID] = [],
                                 today: Day) throws {
        let changed = try engine.read { db -> [ID: Bool] in
            let now = try SQLRow.fetchAll(db, sql: "SELECT parent_id, attended FROM class_attendance WHERE session_id = ?",
                                       arguments: [sessionId])
            let current = Dictionary(uniqueKeysWithValues: now.map { ($0["parent_id"] as ID, $0["attended"] as Bool) })
            return attended.filter { current[$0.key] != $0.value }
        }
        guard !changed.isEmpty || !parentIds.isEmpty else { return }
        var detail = changed.keys.sorted().map { Self.attendanceDetail($0, came: changed[$0]!) }
        if !parentIds.isEmpty { detail.append("invited " + Self.list(parentIds)) }
        try write(action: "class attendance", entity: "class session", entityId: sessionId,
                  detail: detail.joined(separator: "; ")) { db in
            try authorize(.teachClass, db)
            guard try ClassSession.exists(db, key: sessionId) else { throw StoreError.notFound("notFound.class") }
            let policy = try Self.loadPolicy(db, today: today)
            for (parentId, came) in changed {
                guard try Parent.exists(db, key: parentId) else { throw StoreError.notFound("notFound.parent") }
                try db.writeOver("class_attendance", key: ["session_id": sessionId, "parent_id": parentId], set: ["attended": came])
                try Self.replan(db, parentId: parentId, today: today, policy: policy)
            }
            try Self.invite(db, sessionId: sessionId, parentIds: parentIds, on: today)
        }
    }

    /// "parent 3: did not attend": a mark as the audit log keeps it (`AuditDetail` reads it back).
    static func attendanceDetail(_ parentId: ID, came: Bool) -> String {
        let detail = "parent \(parentId): " + (came ? "attended" : "did not attend")
        return detail
    }

    /// Records whether a parent came; attending ends the planned invitation, so re-plan.
    public func markAttendance(sessionId: ID, parentId: ID, attended: Bool, today: Day) throws {
        try write(action: "class attendance", entity: "class session", entityId: sessionId,
                  detail: Self.attendanceDetail(parentId, came: attended)) { db in
            try authorize(.teachClass, db)
            guard try ClassSession.exists(db, key: sessionId) else { throw StoreError.notFound("notFound.class") }
            guard try Parent.exists(db, key: parentId) else { throw StoreError.notFound("notFound.parent") }
            try db.writeOver("class_attendance", key: ["session_id": sessionId, "parent_id": parentId], set: ["attended": attended])
            try Self.replan(db, parentId: parentId, today: today, policy: try Self.loadPolicy(db, today: today))
        }
    }
}
