import Foundation

/// The audit log's chain, kept the same way on every engine: each entry takes the next id and
/// the hash of its contents after the entry before it (`AuditChain`); checking walks the log in
/// the order it was written, a batch at a time, and names the first entry that does not follow.
/// Written once, above `SQLSession`: SQLite and a PostgreSQL server keep one chain alike.
public enum AuditLedger {
    /// Adds `entry` (its id given here) inside the session's transaction, chained to the last.
    public static func append(_ entry: AuditEntry, in session: SQLSession) throws {
        let last = try session.rows(lastLink, []).first
        var entry = entry
        entry.id = (last?[value: "id"].integer ?? 0) + 1
        let hash = AuditChain.hash(of: entry, after: last.flatMap { Self.data($0[value: "hash"]) })
        try session.execute("""
            INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(entry.id!), .text(entry.at), .text(entry.actor), .text(entry.action), text(entry.entity),
                  entry.entityId.map { .integer($0) } ?? .null, text(entry.detail), .blob(hash)])
    }

    /// The newest entry's id and hash: both engines find max(id) at the end of the primary key.
    public static let lastLink = "SELECT id, hash FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"

    /// Every link recomputed, oldest first, in batches of `batch` (a long log takes time, not memory).
    public static func verify(in session: SQLSession, batch: Int = 10_000) throws -> AuditVerification {
        var result = AuditVerification(entries: 0, firstBroken: nil)
        var previous: Data?
        var last: ID = 0
        while true {
            let rows = try session.rows("""
                SELECT id, at, actor, action, entity, entity_id, detail, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?
                """, [.integer(last), .integer(Int64(batch))])
            for row in rows {
                // By position, in the order selected: a statewide log is millions of rows.
                let v = row.values
                let entry = AuditEntry(id: v[0].integer, at: v[1].text ?? "", actor: v[2].text ?? "", action: v[3].text ?? "",
                                       entity: v[4].text, entityId: v[5].integer, detail: v[6].text)
                result.entries += 1
                let stored = data(v[7])
                let expected = AuditChain.hash(of: entry, after: previous)
                guard stored == expected else {
                    result.firstBroken = .init(id: entry.id ?? 0, at: entry.at, stored: stored, expected: expected)
                    return result
                }
                previous = stored
                last = entry.id ?? last
            }
            if rows.count < batch { return result }
        }
    }

    private static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }

    private static func data(_ value: SQLValue) -> Data? { if case .blob(let data) = value { data } else { nil } }
}
