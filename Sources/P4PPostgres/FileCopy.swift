import Foundation
import P4PStore

/// A courthouse's SQLite file copied into a server under its organization, every row with its
/// own id (each organization's ids are its own there, so files whose ids overlap go in side by
/// side), so the audit chain, whose hashes cover the ids, is the same chain, verified on the
/// server before the copy commits. One transaction: a copy that fails leaves nothing.
///
/// The server records the file's identity: the same file (or a copy of it) is refused a
/// second time, while other courthouses' files still come in.
public enum FileCopy {
    public struct Copied: Sendable, Equatable {
        public var organization = ""
        public var rows: [String: Int] = [:]
        public var auditEntries: Int = 0
    }

    /// Where the copy goes: the organization (a new one named after the file when none is
    /// named), and the server role its courthouse connects with, when it has one yet.
    public struct Destination: Sendable {
        public var organization: String?
        public var role: String?
        public init(organization: String? = nil, role: String? = nil) { self.organization = organization; self.role = role }
    }

    /// The tables, referenced ones first, as the server's schema makes them.
    static var tables: [String] {
        (ServerSchema.tables + ServerSchema.auditLog).compactMap { statement in
            statement.range(of: #"CREATE TABLE IF NOT EXISTS (\w+)"#, options: .regularExpression).map {
                String(statement[$0].split(separator: " ").last!)
            }
        }
    }

    /// The lists a new database starts with (`SeedRows`), shared by every organization.
    static let seeded: Set<String> = ["experiences", "courses", "hearing_types"]

    /// Rows a statement sends at most: well under the server's 65,535 values.
    static let batch = 500

    public static func copy(from file: ProgramStore, named fileName: String, into destination: Destination = Destination(),
                            on connection: ServerConnection, today: Day = .current()) throws -> Copied {
        let address = connection.address
        guard let identity = try file.identity() else { throw ServerError.noIdentity(address, file: fileName) }
        let name = destination.organization ?? Self.organizationName(for: fileName)
        var copied = Copied(organization: name)
        try connection.transaction { server in
            if let earlier = try server.rows("""
                SELECT o.name, m.at FROM moved_in m JOIN organizations o ON o.id = m.organization_id WHERE m.identity = ?
                """, [.text(identity)]).first {
                throw ServerError.alreadyMovedIn(address, file: fileName, organization: earlier[value: "name"].text!,
                                                 on: earlier[value: "at"].text!)
            }
            let others = try server.rows("SELECT count(*) FROM organizations WHERE name <> ?", [.text(name)])[0].values[0]
            let counties = try file.engine.read { source in
                try source.rows("SELECT DISTINCT county FROM cases WHERE county IS NOT NULL ORDER BY county", [])
                    .compactMap { $0[value: "county"].text }
            }
            let organization = try ServerOrganization.save(name: name, role: destination.role, counties: counties,
                                                           on: server, at: address)
            // The rows that follow are this organization's (`p4p_org()`), until the copy commits.
            try server.execute("SELECT set_config('p4p.organization', ?, true)", [.text(String(organization.id))])
            // No terminal of the organization writes while its records come in.
            if let key = Int32(exactly: organization.id) {
                try server.execute("SELECT pg_advisory_xact_lock(\(ServerConnection.organizationLocks), \(key))", [])
            }
            for table in tables where !seeded.contains(table) {
                if try !server.rows("SELECT 1 FROM \(table) LIMIT 1", []).isEmpty {
                    throw ServerError.notEmpty(address, organization: name, table: table)
                }
            }
            // The first file's lists are the server's; a later file's must agree with them.
            let first = others == .integer(0)
            if first { for table in tables.reversed() where seeded.contains(table) { try server.execute("DELETE FROM \(table)", []) } }
            try file.engine.read { source in
                for table in tables {
                    if seeded.contains(table) && !first {
                        try agree(table, from: source, with: server, at: address)
                    } else {
                        copied.rows[table] = try copy(table, from: source, to: server)
                    }
                }
            }
            for table in tables where try hasIdentity(table, server) {
                // Past every organization's ids, not only this one's.
                try server.execute("""
                    SELECT setval(pg_get_serial_sequence('\(table)', 'id'),
                                  greatest(nextval(pg_get_serial_sequence('\(table)', 'id')), coalesce((SELECT max(id) FROM \(table)), 0) + 1),
                                  false)
                    """, [])
            }
            let verified = try AuditLedger.verify(in: server)
            if let broken = verified.firstBroken { throw ServerError.chainBroken(address, entry: broken.id) }
            copied.auditEntries = verified.entries
            try server.execute("INSERT INTO moved_in (identity, organization_id, file, at) VALUES (?, ?, ?, ?)",
                               [.text(identity), .integer(organization.id), .text(fileName), .text(today.iso)])
        }
        return copied
    }

    /// The tables vacuumed and analyzed once a copy is in, at full speed, rather than by the
    /// server's autovacuum over the next minutes, slowed on purpose while the courthouse's
    /// terminals read them: the visibility map lets the panes' index-only scans skip the
    /// tables, and the statistics count the new organization's rows. Its owner's tables only
    /// (the server skips others with a warning).
    public static func settle(on connection: ServerConnection) throws {
        for table in tables { try connection.maintain("VACUUM (ANALYZE) \(table)") }
    }

    /// "Spokane County" for `spokane-county.sqlite`: the file's name without its folder and ending.
    static func organizationName(for fileName: String) -> String {
        let base = (fileName as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        return stem.isEmpty ? base : stem
    }

    private static func hasIdentity(_ table: String, _ server: any SQLSession) throws -> Bool {
        try !server.rows("""
            SELECT 1 FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'
            """, [.text(table)]).isEmpty
    }

    /// A shared list the server already has: the file's rows must be the server's (the same
    /// codes with the same ids), since the file's records point at them; one the server lacks
    /// is added.
    private static func agree(_ table: String, from source: any SQLSession, with server: any SQLSession,
                              at address: ServerAddress) throws {
        let key = table == "experiences" ? "code" : "id"
        let onServer = Dictionary(uniqueKeysWithValues: try server.rows("SELECT \(key) AS k, code FROM \(table)", []).map {
            ($0[value: "k"], $0[value: "code"])
        })
        for row in try source.rows("SELECT * FROM \(table)", []) {
            let code = row[value: "code"]
            switch onServer[row[value: key]] {
            case code?: continue
            case nil:
                let columns = row.columns
                try server.execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))",
                                   SQLArguments(row.values))
            case let other?:
                throw ServerError.listDiffers(address, table: table, code: code.text ?? "", server: other.text ?? "")
            }
        }
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
