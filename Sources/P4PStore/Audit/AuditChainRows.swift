import Foundation
import GRDB

/// The log read for its chain: entries with their stored hashes, in the order they were
/// written, a batch at a time (a long log is walked in bounded memory), columns read by
/// position (a million entries are read in seconds, not the minute Codable takes).
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

    /// Calls `body` with each link in turn, oldest first, until it returns false.
    static func walk(_ db: Database, _ body: (Link) throws -> Bool) throws {
        var last: ID = 0
        while true {
            let links = try after(last, db)
            for link in links { guard try body(link) else { return } }
            guard let next = links.last?.entry.id else { return }
            last = next
        }
    }
}
