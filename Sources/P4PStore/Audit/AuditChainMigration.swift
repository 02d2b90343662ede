import Foundation
import GRDB

/// v4: every audit entry carries a hash chained to the entry before it (see `AuditChain`), and
/// an insert over an existing entry or without a hash is refused. The entries already there are
/// chained once, in the order they were written.
enum AuditChainMigration {
    static let id = "v5-audit-chain"

    /// The schema version from which a file has the chain.
    static var version: Int { (Schema.migrations.firstIndex { $0.id == id } ?? Schema.migrations.count) + 1 }

    static func run(_ db: Database) throws {
        // Chaining a log whose safeguards were removed would bless whatever was done meanwhile.
        let file = try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'") ?? ""
        try AuditTriggers.check(db, path: file)
        try db.execute(sql: "ALTER TABLE audit_log ADD COLUMN hash BLOB")
        // The only time an entry is written twice: the update trigger steps aside while the
        // entries are chained, inside the migration's one transaction.
        try db.execute(sql: "DROP TRIGGER \(AuditTriggers.noUpdate.name)")
        var previous: Data?
        let update = try db.cachedStatement(sql: "UPDATE audit_log SET hash = ? WHERE id = ?")
        var last: ID = 0
        while true {
            // A batch is read whole before it is written: no row changes under an open read.
            let links = try AuditChainRows.after(last, db)
            for link in links {
                let hash = AuditChain.hash(of: link.entry, after: previous)
                try update.execute(arguments: [hash, link.entry.id])
                previous = hash
            }
            guard let next = links.last?.entry.id else { break }
            last = next
        }
        for trigger in [AuditTriggers.noUpdate] + AuditTriggers.sinceChain { try db.execute(sql: trigger.sql) }
    }
}
