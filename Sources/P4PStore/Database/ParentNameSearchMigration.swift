import GRDB

/// v4: a full-text index of parents' names, so a picker finds "Itzel Núñez" from "nun" and
/// "María Elena Castillo Pérez" from "maria" or "castillo": any word's start, ignoring case and
/// accents. Triggers keep it in step with `parents`, whoever writes (the import, a form, a script).
enum ParentNameSearchMigration {
    static func run(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE parent_names USING fts5(
                name, content = 'parents', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER parent_names_insert AFTER INSERT ON parents BEGIN
                INSERT INTO parent_names (rowid, name) VALUES (new.id, new.name);
            END;
            CREATE TRIGGER parent_names_delete AFTER DELETE ON parents BEGIN
                INSERT INTO parent_names (parent_names, rowid, name) VALUES ('delete', old.id, old.name);
            END;
            CREATE TRIGGER parent_names_update AFTER UPDATE OF name ON parents BEGIN
                INSERT INTO parent_names (parent_names, rowid, name) VALUES ('delete', old.id, old.name);
                INSERT INTO parent_names (rowid, name) VALUES (new.id, new.name);
            END;
            INSERT INTO parent_names (parent_names) VALUES ('rebuild');
            """)
    }
}
