import GRDB

/// A parent with a long history on file, for `p4p bench` to open: the one with the most
/// contacts among those given (the parents a pane shows, so the bench reaches them by keys),
/// with the size of their file and of their audit trail.
public struct LongHistory: Sendable, Equatable {
    public var parentId: ID
    public var name: String
    public var contacts: Int
    public var auditEntries: Int
}

extension SQLiteStore {
    public func longestHistory(among parentIds: [ID]) throws -> LongHistory? {
        guard !parentIds.isEmpty else { return nil }
        let list = "[" + Set(parentIds).map(String.init).joined(separator: ",") + "]"
        return try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.id, p.name, (SELECT count(*) FROM contacts c WHERE c.parent_id = p.id) AS contacts
                FROM parents p WHERE p.id IN (SELECT value FROM json_each(?))
                ORDER BY contacts DESC, p.id LIMIT 1
                """, arguments: [list]) else { return nil }
            let id: ID = row["id"]
            let audit = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'parent' AND entity_id = ?",
                                         arguments: [id]) ?? 0
            return LongHistory(parentId: id, name: row["name"], contacts: row["contacts"], auditEntries: audit)
        }
    }
}
