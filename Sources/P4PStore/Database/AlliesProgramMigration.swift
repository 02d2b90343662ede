import Foundation
import GRDB

/// v10: allies' program records. Lived experience becomes codes from a list kept as data
/// (`experiences`, seeded with the common ones; a program may add its own), an ally serves a list
/// of counties, and allies carry a version like parents so two terminals never save over each
/// other. The `county` column stays as the home county (the first served), kept by triggers, for
/// the exports and reports that place a class in a county; a row written with only `county` (an
/// older script) serves that county. Parents gain the circumstances of their case from the same
/// list, in a table of their own so that no list, export or kiosk that reads `parents` can show
/// them by accident.
enum AlliesProgramMigration {
    static let id = "v10-allies-program"

    static func run(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE experiences (
                code TEXT PRIMARY KEY,
                label TEXT,
                position INTEGER NOT NULL
            );
            ALTER TABLE allies ADD COLUMN counties TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE allies ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE allies ADD COLUMN changed_at TEXT;
            ALTER TABLE allies ADD COLUMN changed_by TEXT;
            ALTER TABLE allies ADD COLUMN last_change TEXT;
            UPDATE allies SET counties = json_array(county) WHERE county IS NOT NULL;
            CREATE TABLE parent_circumstances (
                parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
                code TEXT NOT NULL REFERENCES experiences(code),
                PRIMARY KEY (parent_id, code)
            ) WITHOUT ROWID;
            CREATE TRIGGER allies_home_county_insert AFTER INSERT ON allies WHEN NEW.counties <> '[]' BEGIN
                UPDATE allies SET county = json_extract(NEW.counties, '$[0]') WHERE id = NEW.id;
            END;
            CREATE TRIGGER allies_counties_from_county AFTER INSERT ON allies
                WHEN NEW.counties = '[]' AND NEW.county IS NOT NULL BEGIN
                UPDATE allies SET counties = json_array(NEW.county) WHERE id = NEW.id;
            END;
            CREATE TRIGGER allies_home_county_update AFTER UPDATE OF counties ON allies BEGIN
                UPDATE allies SET county = json_extract(NEW.counties, '$[0]') WHERE id = NEW.id;
            END;
            """)
        // The seeded codes have words in the catalogues; a program's own keep their label.
        for (position, code) in Experience.seeded.enumerated() {
            try db.execute(sql: "INSERT INTO experiences (code, label, position) VALUES (?, NULL, ?)",
                           arguments: [code, position])
        }
        try codeLivedExperience(db)
    }

    /// Allies' lived experience was free text ("substance use recovery"): each entry becomes the
    /// code it names, and text no code names is kept as a program's own entry.
    private static func codeLivedExperience(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, lived_experience FROM allies")
        for row in rows {
            let text: String = row["lived_experience"]
            let entries = (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
            var codes: [String] = []
            for entry in entries {
                let code = Self.code(forOldText: entry)
                if try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM experiences WHERE code = ?)", arguments: [code])! {
                    let next = try Int.fetchOne(db, sql: "SELECT coalesce(max(position), -1) + 1 FROM experiences") ?? 0
                    try db.execute(sql: "INSERT INTO experiences (code, label, position) VALUES (?, ?, ?)",
                                   arguments: [code, entry, next])
                }
                if !codes.contains(code) { codes.append(code) }
            }
            let json = String(decoding: try JSONEncoder().encode(codes), as: UTF8.self)
            try db.execute(sql: "UPDATE allies SET lived_experience = ? WHERE id = ?", arguments: [json, row["id"] as ID])
        }
    }

    /// The code free text written before v10 names ("substance use recovery" is "recovery").
    private static func code(forOldText text: String) -> String {
        let old: [String: String] = [
            "substance use recovery": "recovery", "recovery": "recovery", "domestic violence": "domestic-violence",
            "incarceration": "incarceration", "housing instability": "housing", "housing": "housing",
            "mental health": "mental-health", "child with special needs": "special-needs",
            "foster care alumni": "foster-care", "foster care": "foster-care",
        ]
        return old[text.lowercased()] ?? text
    }
}
