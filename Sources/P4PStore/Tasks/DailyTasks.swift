import GRDB

/// The writes of the day's work. Each is one transaction with its audit entry; the audit names
/// ids and fields, never people.
extension SQLiteStore {
    /// Assigns, or with a reason reassigns, a parent's Parent Ally.
    public func assignAlly(parentId: ID, allyId: ID, on day: Day, reason: String? = nil) throws {
        let reason = reason?.withoutControlCharacters.trimmingCharacters(in: .whitespaces)
        let detail = "ally \(allyId)" + (reason.map { ": \($0)" } ?? "")
        try write(action: "ally assigned", entity: "parent", entityId: parentId, detail: detail) { db in
            try authorize(reason == nil ? .assignAlly(parentId: parentId, allyId: allyId) : .changeAlly(parentId: parentId),
                          today: day, db)
            guard try Ally.fetchOne(db, key: allyId)?.active == true else {
                throw StoreError.invalid(field: "Parent Ally", reason: "Choose an active Parent Ally")
            }
            try db.execute(sql: "UPDATE parents SET ally_id = ?, ally_since = ? WHERE id = ?",
                           arguments: [allyId, day, parentId])
            guard db.changesCount == 1 else { throw StoreError.notFound("That parent") }
            // Open follow-ups go with the parent to the new ally.
            try db.execute(sql: "UPDATE follow_ups SET ally_id = ? WHERE parent_id = ? AND done_on IS NULL",
                           arguments: [allyId, parentId])
        }
    }

    /// Takes a parent back to Unassigned; the reason is required and kept in the audit log.
    public func unassignAlly(parentId: ID, reason: String) throws {
        let reason = reason.withoutControlCharacters.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw StoreError.invalid(field: "Reason", reason: "Say why the parent is unassigned") }
        try write(action: "ally unassigned", entity: "parent", entityId: parentId, detail: reason) { db in
            try authorize(.changeAlly(parentId: parentId), db)
            try db.execute(sql: "UPDATE parents SET ally_id = NULL, ally_since = NULL WHERE id = ?", arguments: [parentId])
            guard db.changesCount == 1 else { throw StoreError.notFound("That parent") }
            try db.execute(sql: "UPDATE follow_ups SET ally_id = NULL WHERE parent_id = ? AND done_on IS NULL",
                           arguments: [parentId])
        }
    }

    /// Saves a contact; when it answers a follow-up, that follow-up is done on the contact's day.
    @discardableResult
    public func logContact(_ contact: Contact, completing followUpId: ID?, referrals: [String], today: Day) throws -> ID {
        if contact.date > today { throw StoreError.invalid(field: "Date", reason: "A contact cannot be in the future") }
        var saved = contact
        saved.topics = saved.topics?.withoutControlCharacters
        saved.notes = saved.notes.map { String($0.filter { $0 == "\n" || !$0.isControlLike }) }
        return try write(action: "contact logged", entity: "parent", entityId: contact.parentId,
                         detail: followUpId.map { "follow-up \($0)" }) { db in
            try authorize(.logContact(parentId: saved.parentId), today: today, db)
            try saved.insert(db)
            if let followUpId {
                try db.execute(sql: "UPDATE follow_ups SET done_on = ?, contact_id = ? WHERE id = ? AND done_on IS NULL",
                               arguments: [saved.date, saved.id, followUpId])
            }
            for kind in referrals {
                var referral = Referral(parentId: saved.parentId, contactId: saved.id, allyId: saved.allyId,
                                        date: saved.date, kind: kind)
                try referral.insert(db)
            }
            return saved.id!
        }
    }

    public func snoozeFollowUp(id: ID, to day: Day, reason: String, today: Day) throws {
        let reason = reason.withoutControlCharacters.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw StoreError.invalid(field: "Reason", reason: "Say why it can wait") }
        guard day >= today else { throw StoreError.invalid(field: "Snooze to", reason: "Snooze to today or later") }
        try write(action: "follow-up snoozed", entity: "follow-up", entityId: id, detail: "to \(day.iso): \(reason)") { db in
            try authorize(.snooze(followUpId: id), today: today, db)
            try db.execute(sql: "UPDATE follow_ups SET due_date = ? WHERE id = ? AND done_on IS NULL", arguments: [day, id])
            guard db.changesCount == 1 else { throw StoreError.notFound("That open follow-up") }
        }
    }
}
