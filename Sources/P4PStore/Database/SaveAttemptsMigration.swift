import GRDB

/// v15: the saves made from the desk's forms, by token, for two days (`SaveAttempt`): a save
/// retried after its commit's answer was lost is not written twice.
enum SaveAttemptsMigration {
    static let id = "v15-save-attempts"

    static func run(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE save_attempts (token TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;
            CREATE INDEX save_attempts_by_time ON save_attempts(at);
            """)
    }
}
