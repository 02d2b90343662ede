import GRDB

/// v11: an ally's training and supervision, as dated entries of hours. Coverage planned ahead
/// needs no column (`hearings.ally_id` holds it) and retention only settings.
enum CoverageTrainingRetentionMigration {
    static let id = "v11-coverage-training-retention"

    static func run(_ db: Database) throws {
        let kinds = TrainingKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE training_entries (
                id INTEGER PRIMARY KEY,
                ally_id INTEGER NOT NULL REFERENCES allies(id),
                date TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                hours REAL NOT NULL CHECK (hours > 0)
            );
            CREATE INDEX training_entries_by_ally ON training_entries(ally_id, date);
            CREATE INDEX training_entries_by_day ON training_entries(date);
            """)
    }
}
