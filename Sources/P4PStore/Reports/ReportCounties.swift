
extension ProgramStore {
    /// The counties cases are in, by name: what a report may be narrowed to. Supervisors and
    /// admins only, as the reports are.
    public func reportCounties() throws -> [String] {
        try engine.read { db in
            try authorize(.readReports, db)
            // One step along cases_by_county per county, never the cases in between.
            return try String.fetchAll(db, sql: """
                WITH RECURSIVE counties(county) AS (
                    SELECT min(county) FROM cases WHERE county > ''
                    UNION ALL
                    SELECT (SELECT min(county) FROM cases WHERE county > counties.county) FROM counties
                    WHERE counties.county IS NOT NULL
                )
                SELECT county FROM counties WHERE county IS NOT NULL AND TRIM(county) <> '' ORDER BY county
                """)
        }
    }
}
