
/// Creating and correcting a parent's own record. The Parent Ally changes only through
/// assignAlly / unassignAlly, so that moving follow-ups and the reason are never skipped.
extension ProgramStore {
    @discardableResult
    public func createParent(_ parent: Parent) throws -> ID {
        var record = try Self.cleaned(parent)
        record.id = nil
        record.allyId = nil
        record.allySince = nil
        return try writeNoting(action: "parent created", entity: "parent") { db in
            try authorize(.enterRecords, db)
            try record.insert(db)
            return AuditNote(entityId: record.id, detail: nil)
        }.entityId!
    }

    /// Saves a correction made on the record as a form read it (`parent.version`): refused when
    /// another terminal changed the parent since. Closing or reopening re-plans the parent's
    /// follow-ups as of `today`; closing then closes the ones still open as missed. `circumstances` (codes of `Experience`), when given, replace
    /// the parent's, in the same transaction.
    public func updateParent(_ parent: Parent, circumstances: [String]?, today: Day) throws {
        guard let id = parent.id else { throw StoreError.notFound("notFound.parent") }
        var record = try Self.cleaned(parent)
        _ = try writeNoting(action: "parent updated", entity: "parent") { db in
            try authorize(.enterRecords, db)
            try check(ReadVersion(.parent, id: id, version: parent.version), db)
            guard let old = try Parent.fetchOne(db, key: id) else { throw StoreError.notFound("notFound.parent") }
            record.allyId = old.allyId
            record.allySince = old.allySince
            record.waitingSince = old.waitingSince
            if record.status == .open { record.closingReason = nil }
            let detail = try Self.changedFields(record, from: old)
            try record.update(db)
            let change: RecordChange = record.status == old.status ? .edited : record.status == .closed ? .closed : .reopened
            try stamp(.parent, id: id, change, db)
            if record.status != old.status {
                try Self.replan(db, parentId: id, today: today, policy: try Self.loadPolicy(db, today: today))
                if record.status == .closed { try closeOpenFollowUps(ofParent: id, today: today, db) }
            }
            guard let circumstances else { return AuditNote(entityId: id, detail: detail) }
            let changed = try replaceCircumstances(parentId: id, with: circumstances, db)
            let withCircumstances = detail == "no changes" ? "fields: circumstances" : detail + ", circumstances"
            return AuditNote(entityId: id, detail: changed ? withCircumstances : detail)
        }
    }

    static func cleaned(_ parent: Parent) throws -> Parent {
        var p = parent
        p.name = try Validate.name(parent.name, field: .parentName)
        if let preferred = Validate.optional(parent.preferredName) {
            p.preferredName = try Validate.name(preferred, field: .preferredName)
        } else {
            p.preferredName = nil
        }
        p.phone = Validate.optional(parent.phone)
        p.county = Validate.optional(parent.county)
        p.language = try Validate.required(parent.language, field: .language)
        p.closingReason = Validate.optional(parent.closingReason)
        if p.status == .closed && p.closingReason == nil {
            throw StoreError.invalid(field: .closingReason, reason: "invalid.sayWhyClosed")
        }
        return p
    }
}
