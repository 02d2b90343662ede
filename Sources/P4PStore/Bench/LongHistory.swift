/// A parent with a long history on file, for `p4p bench` to open: the one with the most
/// contacts among those given (the parents a pane shows, so the bench reaches them by keys),
/// with the size of their file and of their audit trail.
public struct LongHistory: Sendable, Equatable {
    public var parentId: ID
    public var name: String
    public var contacts: Int
    public var auditEntries: Int
}

extension ProgramStore {
    public func longestHistory(among parentIds: [ID]) throws -> LongHistory? {
        let ids = Array(Set(parentIds)).sorted()
        guard !ids.isEmpty else { return nil }
        return try engine.read { db in
            // A few hundred ids a statement: a server takes at most 65,535 values in one.
            var best: (id: ID, name: String, contacts: Int)?
            for start in stride(from: 0, to: ids.count, by: 500) {
                let some = Array(ids[start..<min(start + 500, ids.count)])
                guard let row = try SQLRow.fetchOne(db, sql: """
                    SELECT p.id, p.name, (SELECT count(*) FROM contacts c WHERE c.parent_id = p.id) AS contacts
                    FROM parents p WHERE p.id IN (\(questionMarks(some.count)))
                    ORDER BY contacts DESC, p.id LIMIT 1
                    """, arguments: SQLArguments(some)) else { continue }
                let found: (id: ID, name: String, contacts: Int) = (row["id"], row["name"], row["contacts"])
                if best.map({ found.contacts > $0.contacts || (found.contacts == $0.contacts && found.id < $0.id) }) ?? true {
                    best = found
                }
            }
            guard let best else { return nil }
            let audit: Int = try SQLRow.fetchOne(db, sql: "SELECT count(*) AS n FROM audit_log WHERE entity = 'parent' AND entity_id = ?",
                                                 arguments: [best.id])?["n"] ?? 0
            return LongHistory(parentId: best.id, name: best.name, contacts: best.contacts, auditEntries: audit)
        }
    }
}
