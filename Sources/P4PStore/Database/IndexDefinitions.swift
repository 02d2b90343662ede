import GRDB

/// The secondary indexes a new SQLite file has, as its schema makes them: the same list for a
/// server, so the panes read through the same indexes on both engines. Read from a database made
/// in memory by the file's own migrations, so there is one definition of each.
public enum IndexDefinitions {
    /// The migrations `all()` runs, by name: the same names, the same indexes, since a shipped
    /// migration is never edited. A server checks its schema against these, not `all()`, which
    /// takes tens of milliseconds to make (a first frame's worth).
    public static var madeBy: [String] { Schema.migrations.map(\.id) }

    public static func all() throws -> [String] {
        let memory = try DatabaseQueue()
        try memory.writeWithoutTransaction(Schema.migrate)
        return try memory.read { db in
            try String.fetchAll(db, sql: """
                SELECT sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE 'parent_names%'
                ORDER BY name
                """)
        }
    }
}
