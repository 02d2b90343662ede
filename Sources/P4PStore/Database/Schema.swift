import GRDB

/// Every schema change is a migration registered here, in order; never edit a shipped one.
enum Schema {
    /// Marks a file as a P4P Desk database ("P4PD"), so another app's SQLite file is refused.
    static let applicationID: Int32 = 0x5034_5044

    /// The migrations in order. Each one also sets `PRAGMA user_version` to its place in this
    /// list, so every write can tell cheaply whether another terminal has moved the file on.
    static let migrations: [(id: String, run: @Sendable (Database) throws -> Void)] = [
        ("v1-program", { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try createV1(db)
            try seedWashingtonHearingTypes(db)
        }),
        ("v2-users", { db in try createUsers(db) }),
        ("v3-record-stamps", { db in try RecordStampsMigration.run(db) }),
        ("v4-parent-name-search", { db in try ParentNameSearchMigration.run(db) }),
        (AuditChainMigration.id, { db in try AuditChainMigration.run(db) }),
        // The language each user reads the desk in; none means the computer's.
        ("v6-user-language", { db in try db.execute(sql: "ALTER TABLE users ADD COLUMN language TEXT") }),
        (CaseOutcomesMigration.id, { db in try CaseOutcomesMigration.run(db) }),
        (HearingAttendanceCoursesMigration.id, { db in try HearingAttendanceCoursesMigration.run(db) }),
        (MorningListIndexesMigration.id, { db in try MorningListIndexesMigration.run(db) }),
        (AlliesProgramMigration.id, { db in try AlliesProgramMigration.run(db) }),
        (CoverageTrainingRetentionMigration.id, { db in try CoverageTrainingRetentionMigration.run(db) }),
        (StatewideIndexesMigration.id, { db in try StatewideIndexesMigration.run(db) }),
        (ChangeCountersMigration.id, { db in try ChangeCountersMigration.run(db) }),
        (DatabaseIdentityMigration.id, { db in try DatabaseIdentityMigration.run(db) }),
        (SaveAttemptsMigration.id, { db in try SaveAttemptsMigration.run(db) }),
    ]

    /// The schema version this program writes: a file with a higher `user_version` was made by a
    /// newer P4P Desk.
    static var version: Int { migrations.count }

    /// Brings the file up to this program's schema in one IMMEDIATE transaction, so that several
    /// terminals opening an old file at once wait for each other and the first one migrates.
    /// Applied migrations are listed in `grdb_migrations`, as GRDB's migrator keeps them.
    static func migrate(_ db: Database) throws {
        try db.inTransaction(.immediate) {
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            for (index, migration) in migrations.enumerated() where !applied.contains(migration.id) {
                try migration.run(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.id])
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
            }
            return .commit
        }
        // GRDB clears a writer's cached schema only after its own migrator runs.
        db.clearSchemaCache()
    }

    /// True when the file is already at this program's schema: opening it writes nothing.
    static func isCurrent(_ db: Database) throws -> Bool {
        guard try db.tableExists("grdb_migrations") else { return false }
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        return userVersion == version && migrations.allSatisfy { applied.contains($0.id) }
    }

    /// True when a newer P4P Desk wrote the file: a migration this program does not know, or a
    /// higher `user_version`.
    static func isNewer(_ db: Database) throws -> Bool {
        if (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0) > version { return true }
        guard try db.tableExists("grdb_migrations") else { return false }
        let known = Set(migrations.map(\.id))
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").contains { !known.contains($0) }
    }

    /// People who sign in. A PIN is kept only as a salted scrypt hash with its parameters, so
    /// the cost can be raised later without locking anyone out.
    private static func createUsers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                role TEXT NOT NULL CHECK (role IN ('ally', 'supervisor', 'admin')),
                ally_id INTEGER REFERENCES allies(id),
                secret_hash BLOB NOT NULL,
                salt BLOB NOT NULL,
                kdf TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                created_at TEXT NOT NULL
            );
            CREATE INDEX users_by_ally ON users(ally_id);
            """)
    }

    private static func createV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE allies (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                phone TEXT,
                languages TEXT NOT NULL DEFAULT '["English"]',
                county TEXT,
                lived_experience TEXT NOT NULL DEFAULT '[]',
                caseload_limit INTEGER NOT NULL DEFAULT 12 CHECK (caseload_limit >= 0),
                active INTEGER NOT NULL DEFAULT 1
            );
            CREATE TABLE parents (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                preferred_name TEXT,
                phone TEXT,
                language TEXT NOT NULL DEFAULT 'English',
                interpreter_needed INTEGER NOT NULL DEFAULT 0,
                county TEXT,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
                closing_reason TEXT,
                ally_id INTEGER REFERENCES allies(id),
                ally_since TEXT,
                waiting_since TEXT NOT NULL
            );
            CREATE INDEX parents_by_ally ON parents(ally_id, status);
            CREATE INDEX parents_unassigned ON parents(waiting_since)
                WHERE ally_id IS NULL AND status = 'open';
            CREATE INDEX parents_by_name ON parents(name COLLATE NOCASE);

            CREATE TABLE cases (
                id INTEGER PRIMARY KEY,
                case_number TEXT NOT NULL UNIQUE,
                county TEXT,
                petition_date TEXT,
                removal_date TEXT,
                outcome TEXT CHECK (outcome IN ('reunified', 'adoption', 'guardianship', 'dismissed', 'other')),
                outcome_date TEXT
            );
            CREATE TABLE children (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                birth_year INTEGER,
                placement TEXT NOT NULL DEFAULT 'foster care',
                placed_since TEXT
            );
            CREATE INDEX children_by_case ON children(case_id);
            CREATE TABLE case_parents (
                case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('mother', 'father', 'guardian')),
                joined_on TEXT,
                PRIMARY KEY (case_id, parent_id)
            ) WITHOUT ROWID;
            CREATE INDEX case_parents_by_parent ON case_parents(parent_id, case_id);

            CREATE TABLE hearing_types (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                short_name TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE hearings (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                type_id INTEGER NOT NULL REFERENCES hearing_types(id),
                date TEXT NOT NULL,
                time TEXT,
                courtroom TEXT,
                judicial_officer TEXT,
                status TEXT NOT NULL DEFAULT 'scheduled'
                    CHECK (status IN ('scheduled', 'held', 'continued', 'cancelled')),
                ally_id INTEGER REFERENCES allies(id)
            );
            CREATE INDEX hearings_by_day ON hearings(date, time, courtroom);
            CREATE INDEX hearings_by_case ON hearings(case_id, date, time);
            CREATE INDEX hearings_by_ally ON hearings(ally_id, date);
            CREATE TABLE hearing_parents (
                hearing_id INTEGER NOT NULL REFERENCES hearings(id) ON DELETE CASCADE,
                parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
                engagement TEXT CHECK (engagement IN ('met', 'declined', 'not present', 'not approached')),
                parent_attended INTEGER,
                PRIMARY KEY (hearing_id, parent_id)
            ) WITHOUT ROWID;
            CREATE INDEX hearing_parents_by_parent ON hearing_parents(parent_id);

            CREATE TABLE contacts (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
                ally_id INTEGER REFERENCES allies(id),
                date TEXT NOT NULL,
                time TEXT,
                mode TEXT NOT NULL,
                minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),
                reached INTEGER NOT NULL,
                topics TEXT,
                notes TEXT
            );
            CREATE INDEX contacts_by_parent ON contacts(parent_id, date);
            CREATE INDEX contacts_by_day ON contacts(date);
            CREATE INDEX contacts_by_ally ON contacts(ally_id, date);

            CREATE TABLE follow_ups (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
                ally_id INTEGER REFERENCES allies(id),
                due_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                done_on TEXT,
                contact_id INTEGER REFERENCES contacts(id)
            );
            -- Open follow-ups by due date: the overdue pane reads only these.
            CREATE INDEX follow_ups_open ON follow_ups(due_date) WHERE done_on IS NULL;
            -- Follow-ups done late, for "overdue as of" an earlier day.
            CREATE INDEX follow_ups_done ON follow_ups(done_on, due_date) WHERE done_on IS NOT NULL;
            CREATE INDEX follow_ups_by_parent ON follow_ups(parent_id, due_date);
            CREATE INDEX follow_ups_by_ally ON follow_ups(ally_id);
            CREATE INDEX follow_ups_by_contact ON follow_ups(contact_id);

            CREATE TABLE class_sessions (
                id INTEGER PRIMARY KEY,
                course TEXT NOT NULL DEFAULT 'Dependency 101',
                date TEXT NOT NULL,
                time TEXT,
                location TEXT,
                ally_id INTEGER REFERENCES allies(id)
            );
            CREATE INDEX class_sessions_by_day ON class_sessions(date);
            CREATE INDEX class_sessions_by_ally ON class_sessions(ally_id);
            CREATE TABLE class_attendance (
                session_id INTEGER NOT NULL REFERENCES class_sessions(id) ON DELETE CASCADE,
                parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
                invited_on TEXT,
                attended INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (session_id, parent_id)
            ) WITHOUT ROWID;
            CREATE INDEX class_attendance_by_parent ON class_attendance(parent_id);

            CREATE TABLE referrals (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
                contact_id INTEGER REFERENCES contacts(id),
                ally_id INTEGER REFERENCES allies(id),
                date TEXT NOT NULL,
                kind TEXT NOT NULL,
                note TEXT
            );
            CREATE INDEX referrals_by_parent ON referrals(parent_id, date);
            CREATE INDEX referrals_by_day ON referrals(date);
            CREATE INDEX referrals_by_contact ON referrals(contact_id);
            CREATE INDEX referrals_by_ally ON referrals(ally_id);

            -- Program settings every terminal on this file shares (follow-up policy, holidays, ...).
            CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            -- Who did what, when. Append-only: the database itself refuses to change history.
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT,
                entity_id INTEGER,
                detail TEXT
            );
            CREATE INDEX audit_by_time ON audit_log(at);
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
    }

    /// Washington's dependency hearings (RCW 13.34), in the order a case meets them.
    static let washingtonHearingTypes: [HearingType] = [
        HearingType(code: "shelter-72", name: "72-hour shelter care", shortName: "Shelter 72h", sortOrder: 1),
        HearingType(code: "shelter-30", name: "30-day shelter care review", shortName: "Shelter 30d", sortOrder: 2),
        HearingType(code: "fact-finding", name: "Fact-finding", shortName: "Fact-find", sortOrder: 3),
        HearingType(code: "disposition", name: "Disposition", shortName: "Disposition", sortOrder: 4),
        HearingType(code: "review", name: "Dependency review", shortName: "Review", sortOrder: 5),
        HearingType(code: "permanency", name: "Permanency planning", shortName: "Permanency", sortOrder: 6),
        HearingType(code: "termination", name: "Termination (TPR)", shortName: "Termination", sortOrder: 7),
        HearingType(code: "other", name: "Other", shortName: "Other", sortOrder: 99),
    ]

    private static func seedWashingtonHearingTypes(_ db: Database) throws {
        for var type in washingtonHearingTypes { try type.insert(db) }
    }
}
