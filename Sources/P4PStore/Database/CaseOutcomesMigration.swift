import GRDB

/// v7: cases and children carry the same stamps as parents (who changed them, when, how, and a
/// version every save checks), and each child's placement history is kept as dated moves. The
/// program records moves by hand; an importer of the court's case events writes the same table
/// with source 'court'.
enum CaseOutcomesMigration {
    static let id = "v7-case-outcomes"

    static func run(_ db: Database) throws {
        for table in ["cases", "children"] {
            try db.execute(sql: """
                ALTER TABLE \(table) ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                ALTER TABLE \(table) ADD COLUMN changed_at TEXT;
                ALTER TABLE \(table) ADD COLUMN changed_by TEXT;
                ALTER TABLE \(table) ADD COLUMN last_change TEXT;
                """)
        }
        let moves = ChildMoveKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let sources = ChildMoveSource.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE child_moves (
                id INTEGER PRIMARY KEY,
                child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
                date TEXT NOT NULL,
                move TEXT NOT NULL CHECK (move IN (\(moves))),
                source TEXT NOT NULL DEFAULT 'program' CHECK (source IN (\(sources))),
                UNIQUE (child_id, date, move)
            );
            CREATE INDEX child_moves_by_child ON child_moves(child_id, date);
            """)
    }
}
