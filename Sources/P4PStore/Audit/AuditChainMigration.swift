import Foundation
import GRDB

/// v4: every audit entry carries a hash chained to the entry before it (see `AuditChain`), and
/// an insert over an existing entry or without a hash is refused. The entries already there are
/// chained once, in the order they were written.
enum AuditChainMigration {
    static let id = "v4-audit-chain"

    /// The schema version from which a file has the chain.
    static var version: Int { (Schema.migrations.firstIndex { $0.id == id } ?? Schema.migrations.count) + 1 }

    static func run(_ db: Database) throws {
        // Chaining a log whose safeguards were removed would bless whatever was done meanwhile.
        try AuditTriggers.check(db, path: "the database file")
        try db.execute(sql: "ALTER TABLE audit_log ADD COLUMN hash BLOB")
        // The only time an entry is written twice: the update trigger steps aside while the
        // entries are chained, inside the migration's one transaction.
        try db.execute(sql: "DROP TRIGGER \(AuditTriggers.noUpdate.name)")
        var previous: Data?
        let entries = try AuditEntry.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY id")
        var hashes: [(ID, Data)] = []
        while let entry = try entries.next() {
            let hash = AuditChain.hash(of: entry, after: previous)
            hashes.append((entry.id!, hash))
            previous = hash
        }
        for (id, hash) in hashes {
            try db.execute(sql: "UPDATE audit_log SET hash = ? WHERE id = ?", arguments: [hash, id])
        }
        for trigger in [AuditTriggers.noUpdate] + AuditTriggers.sinceChain { try db.execute(sql: trigger.sql) }
    }
}
