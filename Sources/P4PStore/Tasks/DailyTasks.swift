
/// The writes of the day's work. Each is one transaction with its audit entry; the audit names
/// ids and fields, never people. A write that rests on what a form read takes the version it
/// read and is refused, in words, when another terminal changed the record since.
extension ProgramStore {
    /// Assigns a Parent Ally to a waiting parent, or with a reason gives the parent another one.
    /// Recorded as "ally N (was M)", so a reassignment always says from whom to whom.
    public func assignAlly(parentId: ID, allyId: ID, on day: Day, reason: String? = nil,
                           expecting version: Int? = nil) throws {
        let reason = reason?.withoutControlCharacters.trimmingCharacters(in: .whitespaces)
        let reassigning = reason != nil
        _ = try writeNoting(action: "ally assigned", entity: "parent") { db in
            try authorize(reassigning ? .changeAlly(parentId: parentId) : .assignAlly(parentId: parentId, allyId: allyId),
                          today: day, db)
            try check(version.map { ReadVersion(.parent, id: parentId, version: $0) }, db)
            guard let was = try SQLRow.fetchOne(db, sql: "SELECT ally_id FROM parents WHERE id = ?", arguments: [parentId])
            else { throw StoreError.notFound("notFound.parent") }
            let previous: ID? = was["ally_id"]
            // Assigning from Unassigned never silently replaces an ally someone else gave.
            if !reassigning, previous != nil { throw StoreError.stale(try staleRecord(.parent, id: parentId, db)) }
            if previous == allyId {
                throw StoreError.invalid(field: .parentAlly, reason: "invalid.alreadyTheirAlly")
            }
            guard try Ally.fetchOne(db, key: allyId)?.active == true else {
                throw StoreError.invalid(field: .parentAlly, reason: "invalid.chooseActiveAlly")
            }
            try db.execute(sql: "UPDATE parents SET ally_id = ?, ally_since = ? WHERE id = ?",
                           arguments: [allyId, day, parentId])
            try stamp(.parent, id: parentId, previous == nil ? .allyAssigned : .allyChanged, db)
            // Open follow-ups go with the parent to the new ally.
            try db.execute(sql: "UPDATE follow_ups SET ally_id = ? WHERE parent_id = ? AND done_on IS NULL",
                           arguments: [allyId, parentId])
            let detail = "ally \(allyId) (was \(previous.map(String.init) ?? "none"))" + (reason.map { ": \($0)" } ?? "")
            return AuditNote(entityId: parentId, detail: detail)
        }
    }

    /// Takes a parent back to Unassigned; the reason is required and kept in the audit log. The
    /// wait starts again from `today`: the parent is waiting for an ally from now.
    public func unassignAlly(parentId: ID, reason: String, today: Day, expecting version: Int? = nil) throws {
        let reason = reason.withoutControlCharacters.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyUnassigned") }
        _ = try writeNoting(action: "ally unassigned", entity: "parent") { db in
            try authorize(.changeAlly(parentId: parentId), db)
            try check(version.map { ReadVersion(.parent, id: parentId, version: $0) }, db)
            guard let row = try SQLRow.fetchOne(db, sql: "SELECT ally_id FROM parents WHERE id = ?", arguments: [parentId])
            else { throw StoreError.notFound("notFound.parent") }
            guard let previous: ID = row["ally_id"] else { throw StoreError.stale(try staleRecord(.parent, id: parentId, db)) }
            return try returnToUnassigned(parentId: parentId, from: previous, reason: reason, today: today, db)
        }
    }

    /// The parent waits for an ally again from `today`; their open follow-ups wait with them.
    /// Also how deactivating an ally hands back each of their open parents.
    func returnToUnassigned(parentId: ID, from previous: ID, reason: String, today: Day, _ db: any SQLSession) throws -> AuditNote {
        try db.execute(sql: "UPDATE parents SET ally_id = NULL, ally_since = NULL, waiting_since = ? WHERE id = ?",
                       arguments: [today, parentId])
        try stamp(.parent, id: parentId, .unassigned, db)
        try db.execute(sql: "UPDATE follow_ups SET ally_id = NULL WHERE parent_id = ? AND done_on IS NULL",
                       arguments: [parentId])
        return AuditNote(entityId: parentId, detail: "was \(previous): \(reason)")
    }

    /// Saves a contact. One that reached the parent completes the follow-up it answers, on the
    /// contact's day; one that did not is an attempt: the follow-up stays open and counts it.
    /// Completing a follow-up another terminal completed meanwhile is refused. The contact is
    /// credited to the signed-in user who made it (and to their ally record when they are a
    /// Parent Ally), not to the parent's assigned ally; with nobody signed in (a script), to the
    /// ally the caller names.
    @discardableResult
    public func logContact(_ contact: Contact, completing followUpId: ID?, referrals: [String], today: Day) throws -> ID {
        if contact.date > today { throw StoreError.invalid(field: .contactDate, reason: "invalid.contactInFuture") }
        var saved = contact
        if let user {
            saved.userId = user.id
            saved.allyId = user.role == .ally ? user.allyId : nil
        }
        saved.topics = saved.topics?.withoutControlCharacters
        saved.notes = saved.notes.map { String($0.filter { $0 == "\n" || !$0.isControlLike }) }
        let action = contact.reached ? "contact logged" : "contact attempted"
        return try write(action: action, entity: "parent", entityId: contact.parentId,
                         detail: followUpId.map { "follow-up \($0)" }) { db in
            try authorize(.logContact(parentId: saved.parentId), today: today, db)
            if let followUpId {
                guard try ID.fetchOne(db, sql: "SELECT parent_id FROM follow_ups WHERE id = ?",
                                      arguments: [followUpId]) == saved.parentId
                else { throw StoreError.invalid(field: .completes, reason: "invalid.notTheirFollowUp") }
                try checkOpen(followUpId: followUpId, db)
            }
            try saved.insert(db)
            if let followUpId {
                if saved.reached {
                    try db.execute(sql: "UPDATE follow_ups SET done_on = ?, contact_id = ? WHERE id = ?",
                                   arguments: [saved.date, saved.id, followUpId])
                    try stamp(.followUp, id: followUpId, .completed, db)
                } else {
                    try db.execute(sql: """
                        UPDATE follow_ups SET attempts = attempts + 1,
                            last_attempt_on = CASE WHEN last_attempt_on > :day THEN last_attempt_on ELSE :day END
                        WHERE id = :id
                        """, arguments: ["day": saved.date, "id": followUpId])
                    try stamp(.followUp, id: followUpId, .attempted, db)
                }
            }
            for kind in referrals {
                var referral = Referral(parentId: saved.parentId, contactId: saved.id, allyId: saved.allyId,
                                        date: saved.date, kind: kind)
                try referral.insert(db)
            }
            return saved.id!
        }
    }

    /// Moves an open follow-up to a later day, with a reason. The follow-up keeps both, so
    /// re-planning never moves it back.
    public func snoozeFollowUp(id: ID, to day: Day, reason: String, today: Day, expecting version: Int? = nil) throws {
        let reason = reason.withoutControlCharacters.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyItCanWait") }
        guard day >= today else { throw StoreError.invalid(field: .snoozeTo, reason: "invalid.snoozeToTodayOrLater") }
        try write(action: "follow-up snoozed", entity: "follow-up", entityId: id, detail: "to \(day.iso): \(reason)") { db in
            try authorize(.snooze(followUpId: id), today: today, db)
            try check(version.map { ReadVersion(.followUp, id: id, version: $0) }, db)
            try checkOpen(followUpId: id, db)
            try db.execute(sql: """
                UPDATE follow_ups SET due_date = ?, snoozed_until = ?, snooze_reason = ? WHERE id = ?
                """, arguments: [day, day, reason, id])
            try stamp(.followUp, id: id, .snoozed, db)
        }
    }
}
