import GRDB

/// What a write tells its audit entry once the body has run: the row's id (new rows get theirs
/// only on insert) and what changed (known only after reading the old row).
struct AuditNote {
    var entityId: ID?
    var detail: String?
}

extension SQLiteStore {
    /// Like `write`, for bodies that learn their audit id or detail as they go.
    func writeNoting(action: String, entity: String, _ body: (Database) throws -> AuditNote) throws -> AuditNote {
        try pool.write { db in
            let note = try body(db)
            var entry = AuditEntry(at: Self.timestamp(), actor: actor, action: action,
                                   entity: entity, entityId: note.entityId, detail: note.detail)
            try entry.insert(db)
            return note
        }
    }

    /// "fields: name, phone": which columns an update changed, never their values.
    static func changedFields<R: EncodableRecord>(_ new: R, from old: R) throws -> String {
        let names = try new.databaseChanges(from: old).keys.sorted()
        return names.isEmpty ? "no changes" : "fields: " + names.joined(separator: ", ")
    }
}
