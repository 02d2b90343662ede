import Foundation
import P4PStore

/// A courthouse's SQLite file copied into an empty database on a server, every row with its
/// own id, so the audit chain (whose hashes cover the ids) is the same chain, verified on the
/// server before the copy commits. One transaction: a copy that fails leaves nothing.
public enum FileCopy {
    public struct Copied: Sendable, Equatable {
        public var rows: [String: Int] = [:]
        public var auditEntries: Int = 0
    }

    /// The tables, referenced ones first, as the server's schema makes them.
    static var tables: [String] {
        (ServerSchema.tables + ServerSchema.auditLog).compactMap { statement in
            statement.range(of: #"CREATE TABLE IF NOT EXISTS (\w+)"#, options: .regularExpression).map {
                String(statement[$0].split(separator: " ").last!)
            }
        }
    }

    /// The lists a new database starts with (`SeedRows`): the file's own replace them.
    static let seeded: Set<String> = ["experiences", "courses", "hearing_types"]

    /// Rows a statement sends at most: well under the server's 65,535 values.
    static let batch = 500

    public static func copy(from file: ProgramStore, to connection: ServerConnection) throws -> Copied {
        var copied = Copied()
        try connection.transaction { server in
            for table in tables where !seeded.contains(table) {
                // The server's own setting (which schema it has) is not a record.
                let records = table == "settings" ? "SELECT 1 FROM settings WHERE key <> ? LIMIT 1" : "SELECT 1 FROM \(table) LIMIT 1"
                if try !server.rows(records, table == "settings" ? [.text(ServerSchema.schemaKey)] : []).isEmpty {
                    throw ServerError.notEmpty(connection.address, table: table)
                }
            }
            for table in tables.reversed() where seeded.contains(table) { try server.execute("DELETE FROM \(table)", []) }
            try file.engine.read { source in
                for table in tables {
                    copied.rows[table] = try copy(table, from: source, to: server)
                }
            }
            for table in tables where try hasIdentity(table, server) {
                try server.execute("""
                    SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce((SELECT max(id) FROM \(table)), 0) + 1, false)
                    """, [])
            }
            let verified = try AuditLedger.verify(in: server)
            if let broken = verified.firstBroken { throw ServerError.chainBroken(connection.address, entry: broken.id) }
            copied.auditEntries = verified.entries
        }
        return copied
    }

    private static func hasIdentity(_ table: String, _ server: any SQLSession) throws -> Bool {
        try !server.rows("""
            SELECT 1 FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'
            """, [.text(table)]).isEmpty
    }

    /// One table, a batch at a time in the file's row order; how many rows.
    private static func copy(_ table: String, from source: any SQLSession, to server: any SQLSession) throws -> Int {
        let types = Dictionary(uniqueKeysWithValues: try server.rows("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ?
            """, [.text(table)]).map { ($0[value: "column_name"].text!, $0[value: "data_type"].text!) })
        // A table keyed by its rowid is read from where the last batch ended; one WITHOUT ROWID
        // (a link table, the settings: none of them long) a page at a time in its key's order.
        let keyedByRowid = try source.rows("""
            SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? AND sql LIKE '%WITHOUT ROWID%'
            """, [.text(table)]).isEmpty
        var count = 0, after: Int64 = 0
        while true {
            let rows = keyedByRowid
                ? try source.rows("SELECT rowid AS p4p_rowid, * FROM \(table) WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                  [.integer(after), .integer(Int64(batch))])
                : try source.rows("SELECT * FROM \(table) ORDER BY 1, 2 LIMIT ? OFFSET ?",
                                  [.integer(Int64(batch)), .integer(Int64(count))])
            guard let last = rows.last else { return count }
            if keyedByRowid { after = last[value: "p4p_rowid"].integer! }
            let columns = last.columns.filter { types[$0] != nil }
            var values: [SQLValue] = []
            for row in rows {
                for column in columns { values.append(serverValue(row[value: column], as: types[column]!)) }
            }
            let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            try server.execute("""
                INSERT INTO \(table) (\(columns.joined(separator: ", ")))
                VALUES \(Array(repeating: tuple, count: rows.count).joined(separator: ", "))
                """, values)
            count += rows.count
        }
    }

    /// A value as the server's column takes it: SQLite keeps what it is given in any column,
    /// a server only its own type.
    static func serverValue(_ value: SQLValue, as type: String) -> SQLValue {
        switch (value, type) {
        case (.integer(let n), "text"): return .text(String(n))
        case (.real(let d), "text"): return .text(String(d))
        case (.text(let s), "bigint"): return Int64(s).map(SQLValue.integer) ?? value
        case (.integer(let n), "double precision"): return .real(Double(n))
        default: return value
        }
    }
}
