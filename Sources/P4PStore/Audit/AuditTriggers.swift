import GRDB

/// The triggers by which the database itself keeps the audit log append-only. A file whose
/// triggers are missing or changed may have had its history rewritten, so it is not opened.
enum AuditTriggers {
    struct Trigger {
        let name: String
        let sql: String
    }

    /// Since v1: no entry is changed or removed.
    static let noUpdate = Trigger(name: "audit_log_no_update", sql: """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
        """)
    static let noDelete = Trigger(name: "audit_log_no_delete", sql: """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
        """)
    /// Since the chain: `REPLACE INTO` / `INSERT OR REPLACE` deletes the old row without firing
    /// the delete trigger, so an insert over an existing entry is refused here.
    static let noReplace = Trigger(name: "audit_log_no_replace", sql: """
        CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
            WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
        """)
    /// Since the chain: every entry carries its hash (computed by `SQLiteStore.appendAudit`).
    static let chained = Trigger(name: "audit_log_chained", sql: """
        CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
            WHEN NEW.hash IS NULL OR length(NEW.hash) != \(AuditChain.hashBytes)
            BEGIN SELECT RAISE(ABORT, 'an audit entry is added only with its hash'); END
        """)

    static let sinceV1 = [noUpdate, noDelete]
    static let sinceChain = [noReplace, chained]

    /// The triggers a file at schema `version` must have.
    static func expected(atVersion version: Int) -> [Trigger] {
        (version >= 1 ? sinceV1 : []) + (version >= AuditChainMigration.version ? sinceChain : [])
    }

    /// Refuses a file whose audit triggers are not all there as written, before anything reads
    /// or writes it.
    static func check(_ db: Database, path: String) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let present = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
        let sqlByName = Dictionary(present.map { ($0["name"] as String, $0["sql"] as String? ?? "") },
                                   uniquingKeysWith: { first, _ in first })
        for trigger in expected(atVersion: version) where sqlByName[trigger.name].map(normalised) != normalised(trigger.sql) {
            throw StoreError.unreadable(path: path, reason: "file.auditUnprotected")
        }
    }

    /// The same statement whatever its spacing and line breaks.
    static func normalised(_ sql: String) -> String {
        sql.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
