import GRDB

/// The secondary indexes a new SQLite file has, as its schema makes them: the same list for a
/// server, so the panes read through the same indexes on both engines. Read from a database made
/// in memory by the file's own migrations, so there is one definition of each.
public enum IndexDefinitions {
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
