import GRDB

extension SQLiteStore {
    /// The counties cases are in, by name: what a report may be narrowed to. Supervisors and
    /// admins only, as the reports are.
    public func reportCounties() throws -> [String] {
        try read { db in
            try authorize(.readReports, db)
            return try String.fetchAll(db, sql: """
                SELECT DISTINCT county FROM cases WHERE county IS NOT NULL AND TRIM(county) <> '' ORDER BY county
                """)
        }
    }
}
