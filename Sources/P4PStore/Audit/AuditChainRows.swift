import Foundation
import GRDB

/// The log read for its chain when migration v5 first chains it: entries with their stored
/// hashes, in the order they were written, a batch at a time, columns read by position.
/// (Everything after that migration keeps and checks the chain through `AuditLedger`.)
enum AuditChainRows {
    struct Link {
        var entry: AuditEntry
        var hash: Data?
    }

    static let batch = 10_000

    /// The entries after `id`, oldest first, at most `batch` of them.
    static func after(_ id: ID, _ db: Database) throws -> [Link] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, at, actor, action, entity, entity_id, detail, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?
            """), arguments: [id, batch]).map { row in
            Link(entry: AuditEntry(id: row[0], at: row[1], actor: row[2], action: row[3], entity: row[4],
                                   entityId: row[5], detail: row[6]),
                 hash: row[7])
        }
    }
}
