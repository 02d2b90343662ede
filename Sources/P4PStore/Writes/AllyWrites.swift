import Foundation

/// Allies' program records and the list of lived experience they share with parents. Only
/// supervisors and admins change them; creating the sign-in user stays with `p4p user`.
extension ProgramStore {
    /// Every ally, active first, by name, with the open parents each carries.
    public func allyRecords() throws -> [AllyRecord] {
        try engine.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT a.*, (SELECT count(*) FROM parents p WHERE p.ally_id = a.id AND p.status = 'open') AS open_parents
                FROM allies a ORDER BY a.active DESC, lower(a.name), a.name
                """).map { AllyRecord(ally: try Ally(row: $0), openParents: $0["open_parents"]) }
        }
    }

    /// The list of lived experience and circumstances, in the order forms show it.
    public func experiences() throws -> [Experience] {
        try engine.read { db in try Self.experiences(db) }
    }

    static func experiences(_ db: any SQLSession) throws -> [Experience] {
        try SQLRow.fetchAll(db, sql: "SELECT code, label FROM experiences ORDER BY position")
            .map { Experience(code: $0["code"], label: $0["label"]) }
    }

    /// Adds the program's own entry to the list; its label is also its code.
    @discardableResult
    public func addExperience(label: String) throws -> String {
        let label = try Validate.name(label, field: .livedExperience)
        return try write(action: "experience added", entity: "experience") { db in
            try authorize(.manageAllies, db)
            let known = try Self.experiences(db)
            if let same = known.first(where: { ($0.label ?? $0.code).caseInsensitiveCompare(label) == .orderedSame
                                               || $0.code.caseInsensitiveCompare(label) == .orderedSame }) {
                return same.code
            }
            try db.execute(sql: "INSERT INTO experiences (code, label, position) VALUES (?, ?, ?)",
                           arguments: [label, label, known.count])
            return label
        }
    }

    /// Adds (no id) or corrects an ally's record as a form read it (`ally.version`). Refused
    /// with the field named: an empty name, a name another ally has, no language, a negative
    /// limit, an experience not on the list. A limit below the current caseload is saved with a
    /// warning.
    @discardableResult
    public func saveAlly(_ ally: Ally) throws -> AllySaved {
        var record = try Self.cleaned(ally)
        let action = ally.id == nil ? "ally added" : "ally updated"
        var saved = AllySaved(id: 0)
        _ = try writeNoting(action: action, entity: "ally") { db in
            try authorize(.manageAllies, db)
            try Self.checkProgramRecord(record, db)
            if let id = ally.id {
                try check(ReadVersion(.ally, id: id, version: ally.version), db)
                guard let old = try Ally.fetchOne(db, key: id) else { throw StoreError.notFound("notFound.ally") }
                record.version = old.version
                try record.update(db)
                try stamp(.ally, id: id, old.active && !record.active ? .deactivated : .edited, db)
                let open = try Self.openParents(allyId: id, db)
                if record.caseloadLimit < open {
                    saved.warning = Phrase("ally.limitBelowCaseload", ["limit": .number(record.caseloadLimit), "open": .number(open)])
                }
                saved.id = id
                return AuditNote(entityId: id, detail: try Self.changedFields(record, from: old))
            }
            record.id = nil
            record.version = 1
            try record.insert(db)
            try stamp(.ally, id: record.id!, .created, db)
            saved.id = record.id!
            return AuditNote(entityId: record.id, detail: nil)
        }
        return saved
    }

    /// Deactivates an ally: each of their open parents returns to Unassigned with the reason,
    /// each return audited as an unassignment would be. Returns how many parents went back.
    @discardableResult
    public func deactivateAlly(id: ID, reason: String, today: Day, expecting version: Int? = nil) throws -> Int {
        let reason = reason.withoutControlCharacters.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyDeactivated") }
        var returned = 0
        _ = try writeNoting(action: "ally deactivated", entity: "ally") { db in
            try authorize(.manageAllies, db)
            try check(version.map { ReadVersion(.ally, id: id, version: $0) }, db)
            guard try Ally.fetchOne(db, key: id) != nil else { throw StoreError.notFound("notFound.ally") }
            let parents = try ID.fetchAll(db, sql: "SELECT id FROM parents WHERE ally_id = ? AND status = 'open' ORDER BY id",
                                          arguments: [id])
            for parentId in parents {
                let note = try returnToUnassigned(parentId: parentId, from: id, reason: reason, today: today, db)
                try appendAudit(AuditEntry(at: Self.timestamp(), actor: actor, action: "ally unassigned", entity: "parent",
                                           entityId: note.entityId, detail: note.detail), db)
            }
            returned = parents.count
            try db.execute(sql: "UPDATE allies SET active = 0 WHERE id = ?", arguments: [id])
            try stamp(.ally, id: id, .deactivated, db)
            return AuditNote(entityId: id, detail: "parents \(parents.count): \(reason)")
        }
        return returned
    }

    static func openParents(allyId: ID, _ db: any SQLSession) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM parents WHERE ally_id = ? AND status = 'open'", arguments: [allyId]) ?? 0
    }

    static func cleaned(_ ally: Ally) throws -> Ally {
        var a = ally
        a.name = try Validate.name(ally.name, field: .allyName)
        a.phone = Validate.optional(ally.phone)
        a.languages = Validate.list(ally.languages)
        guard !a.languages.isEmpty else { throw StoreError.invalid(field: .languages, reason: "invalid.empty") }
        a.counties = Validate.list(ally.counties)
        a.livedExperience = Validate.list(ally.livedExperience)
        guard a.caseloadLimit >= 0 else { throw StoreError.invalid(field: .caseloadLimit, reason: "invalid.notNegative") }
        return a
    }

    /// What only the file can say: the name is no other ally's, the experiences are on the list.
    private static func checkProgramRecord(_ ally: Ally, _ db: any SQLSession) throws {
        let twice = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM allies WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?)
            """, arguments: [ally.name, ally.id]) == true
        if twice { throw StoreError.invalid(field: .allyName, reason: Phrase("invalid.allyExists", ["name": .text(ally.name)])) }
        let known = Set(try experiences(db).map(\.code))
        if let unknown = ally.livedExperience.first(where: { !known.contains($0) }) {
            throw StoreError.invalid(field: .livedExperience, reason: Phrase("invalid.noSuchExperience", ["code": .text(unknown)]))
        }
    }
}
