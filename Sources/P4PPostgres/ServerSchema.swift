import P4PStore

/// The store's schema on a PostgreSQL server: the organizations and their row security
/// (`ServerOrganizations`); the tables (`tables`, the same columns SQLite has, each row an
/// organization's);
/// the audit log, append-only as on SQLite (a trigger refuses any change or removal, and an
/// entry without its 32-byte hash is refused by its column's check); and the notices a commit
/// sends listening terminals (`changeNotices`). The indexes are the SQLite file's own
/// (`indexes()`).
public enum ServerSchema {
    /// One statement each: a server runs one statement a query.
    public static let auditLog = [
        """
        CREATE TABLE IF NOT EXISTS audit_log (
            id bigint NOT NULL,
            at text NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            entity text,
            entity_id bigint,
            detail text,
            hash bytea NOT NULL CHECK (length(hash) = 32),
            \(organizationColumn),
            PRIMARY KEY (organization_id, id)
        )
        """,
        "CREATE INDEX IF NOT EXISTS audit_by_time ON audit_log(organization_id, at)",
        "CREATE INDEX IF NOT EXISTS audit_by_entity ON audit_log(organization_id, entity, entity_id, at)",
        "CREATE INDEX IF NOT EXISTS audit_by_actor ON audit_log(organization_id, actor, at)",
        """
        CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
        """,
        "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
        """
        CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
        """,
    ]

    /// Makes what is missing, in one transaction; a new database gets the seed rows too. A
    /// database already made by these very statements (its `p4p_schema` says so) is left as it
    /// is: a terminal opening the store asks one question, not forty. The indexes count by the
    /// migrations that make them (`IndexDefinitions.madeBy`), so opening does not make them.
    public static func apply(on connection: ServerConnection) throws {
        let before = organizations + tables.map(byteOrder) + functions + auditLog.map(byteOrder)
        let after = changeNotices + rowSecurity
        let made = fingerprint(before + after + IndexDefinitions.madeBy)
        let hasSchema = try connection.rows("SELECT to_regclass('public.p4p_schema') IS NOT NULL", []).first?.values.first
        if hasSchema == .integer(1),
           try connection.rows("SELECT fingerprint FROM p4p_schema", []).first?.values.first == .text(made) {
            return
        }
        // Only the tables' owner changes them: an organization's role says who must.
        if hasSchema == .integer(1), try connection.rows("""
            SELECT pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'p4p_schema'::regclass), 'USAGE')
            """, [])[0].values[0] == .integer(0) {
            throw ServerError.schemaOutOfDate(connection.address)
        }
        let statements = before + (try indexes()) + after
        try connection.transaction { session in
            for statement in statements { try session.execute(statement, []) }
            if try session.rows("SELECT 1 FROM hearing_types LIMIT 1", []).isEmpty { try SeedRows.insert(session) }
            try session.execute("DELETE FROM p4p_schema", [])
            try session.execute("INSERT INTO p4p_schema (fingerprint) VALUES (?)", [.text(made)])
        }
    }

    /// FNV-1a of the statements, in hex: the same statements, the same fingerprint, in every process.
    static func fingerprint(_ statements: [String]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in statements.joined(separator: ";\n").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(hash, radix: 16)
    }
}
