import GRDB

/// v13: every commit that changes what a list or a page shows moves a counter, so a terminal that
/// sees the file change (`PRAGMA data_version`) reloads only the lists whose data changed. The
/// audit log and the users' sign-in records move none: opening a parent's file reloads nothing.
enum ChangeCountersMigration {
    static let id = "v13-change-counters"

    static func run(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE change_counters (name TEXT PRIMARY KEY, counter INTEGER NOT NULL) WITHOUT ROWID")
        for counter in ChangeCounter.all {
            try db.execute(sql: "INSERT INTO change_counters (name, counter) VALUES (?, 0)", arguments: [counter.name])
        }
        try ChangeCounter.createTriggers(db)
    }
}

/// One counter: a table, or only some of its columns, and the reads that show them.
struct ChangeCounter: Sendable {
    let name: String
    let table: String
    /// Only an update of these columns moves the counter (any insert or delete does); nil: any.
    let columns: [String]?
    let reads: ChangedReads

    init(_ table: String, as name: String? = nil, columns: [String]? = nil, _ reads: ChangedReads) {
        self.name = name ?? table
        self.table = table
        self.columns = columns
        self.reads = reads
    }

    /// Every table but the audit log and the users' sign-in records, with what reads it. The two
    /// column counters let a hearing's coverage or a parent's stamp leave the lists alone that
    /// read only a hearing's schedule or a parent's name.
    static let all: [ChangeCounter] = [
        ChangeCounter("allies", [.docket, .overdue, .records]),
        ChangeCounter("cases", [.docket, .records]),
        ChangeCounter("case_parents", [.docket, .unassigned, .records]),
        ChangeCounter("children", [.docket, .records]),
        ChangeCounter("child_moves", [.docket, .records]),
        ChangeCounter("hearings", [.docket, .records]),
        ChangeCounter("hearings", as: "hearing_schedule", columns: ["case_id", "type_id", "date", "time", "status"], .unassigned),
        ChangeCounter("hearing_parents", [.docket, .records]),
        ChangeCounter("hearing_types", [.docket, .unassigned, .records]),
        ChangeCounter("parents", [.unassigned, .records]),
        ChangeCounter("parents", as: "parent_listing", columns: ["name", "status", "ally_id"], [.docket, .overdue]),
        ChangeCounter("follow_ups", [.overdue, .records]),
        ChangeCounter("contacts", .records),
        ChangeCounter("referrals", .records),
        ChangeCounter("settings", [.docket, .records]),
        ChangeCounter("parent_circumstances", .records),
        ChangeCounter("experiences", .records),
        ChangeCounter("courses", .records),
        ChangeCounter("class_sessions", .records),
        ChangeCounter("class_attendance", .records),
        ChangeCounter("training_entries", .records),
    ]

    /// Tables whose changes no screen reloads for: the audit log (opening a file writes to it),
    /// users (a sign-in writes to it), the saves' tokens (no screen shows them) and the counters
    /// themselves.
    static let untracked: Set<String> = ["audit_log", "users", "save_attempts", "change_counters", "grdb_migrations"]

    static func reads(ofCounter name: String) -> ChangedReads {
        all.first { $0.name == name }?.reads ?? .all
    }

    private static let events = ["insert", "update", "delete"]

    /// One small trigger per counter and event: a row written costs one keyed update of a table
    /// of twenty rows.
    static func createTriggers(_ db: Database) throws {
        for counter in all {
            for event in events {
                let on = event == "update" && counter.columns != nil
                    ? "UPDATE OF \(counter.columns!.joined(separator: ", "))" : event.uppercased()
                try db.execute(sql: """
                    CREATE TRIGGER \(counter.trigger(event)) AFTER \(on) ON \(counter.table) BEGIN
                        UPDATE change_counters SET counter = counter + 1 WHERE name = '\(counter.name)';
                    END
                    """)
            }
        }
    }

    static func dropTriggers(_ db: Database) throws {
        for counter in all {
            for event in events { try db.execute(sql: "DROP TRIGGER IF EXISTS \(counter.trigger(event))") }
        }
    }

    /// A bulk load into an empty program writes millions of rows in one transaction: a trigger
    /// per row would add a write per row, so the triggers are dropped for it and made again
    /// after, each counter moved once. Inside the caller's transaction, which holds the file's
    /// write lock: no other write can pass uncounted, and a failed load restores the triggers.
    static func suspended<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try dropTriggers(db)
        let result = try body()
        try createTriggers(db)
        try db.execute(sql: "UPDATE change_counters SET counter = counter + 1")
        return result
    }

    private func trigger(_ event: String) -> String { "change_\(name)_\(event)" }
}
