import GRDB

/// v9: the morning review's lists of what is incomplete read only the incomplete rows, with the
/// same plan whether or not statistics exist: cases still missing a petition or removal date
/// (in case-number order), and hearings still 'scheduled' (before today: nobody recorded them).
enum MorningListIndexesMigration {
    static let id = "v9-morning-list-indexes"

    static func run(_ db: Database) throws {
        // Each WHERE is written exactly as the queries in MorningReviewQuery write it: SQLite uses
        // a partial index only when the query's own terms imply the index's.
        try db.execute(sql: """
            CREATE INDEX cases_missing_dates ON cases(case_number, id)
                WHERE removal_date IS NULL OR petition_date IS NULL;
            CREATE INDEX hearings_scheduled ON hearings(date, time, courtroom, id) WHERE status = 'scheduled';
            """)
    }
}
