import Foundation
import P4PStore

/// What the store's SQL calls that a server lacks, made from the same Swift as on SQLite.
extension ServerSchema {
    /// `p4p_fold(text)`: lower case without diacritics, as `SearchPattern.fold` (which SQLite
    /// calls for each row). The letters with marks come from that Swift function itself, so the
    /// two engines fold the same Latin letters the same way.
    static var functions: [String] {
        let (marked, plain) = foldedLetters()
        return [
            """
            CREATE OR REPLACE FUNCTION p4p_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
            $$ SELECT lower(translate($1, '\(marked)', '\(plain)')) $$
            """,
            // SQLite counts a true comparison as 1: `sum(engagement = 'met')` counts the met.
            """
            CREATE OR REPLACE FUNCTION p4p_count_true(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE AS
            $$ SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + $2::int END $$
            """,
            "CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = p4p_count_true, STYPE = bigint)",
            // An ally's home county is the first they serve, and a county alone serves as the list.
            """
            CREATE OR REPLACE FUNCTION p4p_allies_home_county() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' OR NEW.counties <> '[]' THEN
                        NEW.county := (NEW.counties::jsonb) ->> 0;
                    ELSIF NEW.county IS NOT NULL THEN
                        NEW.counties := jsonb_build_array(NEW.county)::text;
                    END IF;
                    RETURN NEW;
                END $$
            """,
            """
            CREATE OR REPLACE TRIGGER allies_home_county BEFORE INSERT OR UPDATE OF counties ON allies
                FOR EACH ROW EXECUTE FUNCTION p4p_allies_home_county()
            """,
        ]
    }

    /// The SQLite file's indexes (`IndexDefinitions`), as the server writes them: a NOCASE
    /// column is an index on its lower case, which is what the queries compare, and each leads
    /// with the organization, which row security adds to every query.
    static func indexes() throws -> [String] {
        try IndexDefinitions.all().map { sql in
            sql.replacingOccurrences(of: "CREATE INDEX ", with: "CREATE INDEX IF NOT EXISTS ")
                .replacingOccurrences(of: #"(\w+) COLLATE NOCASE"#, with: "(lower($1))", options: .regularExpression)
                .replacingOccurrences(of: #" ON (\w+)\("#, with: " ON $1(organization_id, ", options: .regularExpression)
        }
    }

    /// Text compares and sorts by its bytes, as SQLite's does: names in the same order on both.
    static func byteOrder(_ statement: String) -> String {
        statement.replacingOccurrences(of: #"(\w+) text\b"#, with: "$1 text COLLATE \"C\"", options: .regularExpression)
    }

    /// Every Latin letter with a mark (U+00C0–U+024F, U+1E00–U+1EFF) that folds to one plain
    /// letter, and that letter.
    static func foldedLetters() -> (marked: String, plain: String) {
        var marked = "", plain = ""
        for range in [0xC0...0x24F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                let letter = String(Character(scalar))
                let folded = SearchPattern.fold(letter)
                guard folded.unicodeScalars.count == 1, folded.unicodeScalars.first!.isASCII else { continue }
                marked += letter
                plain += folded
            }
        }
        return (marked, plain)
    }
}
