import Foundation
import P4PStore

/// What the store's SQL calls that a server lacks, made from the same Swift as on SQLite.
extension ServerSchema {
    /// `p4p_fold(text)`: lower case without diacritics, as `SearchPattern.fold` (which SQLite
    /// calls for each row). Text in ASCII, most names, is only lowered. Other text is decomposed,
    /// its combining marks dropped, and composed again (Hangul stays as typed); the few letters
    /// with a mark of their own that the Swift function folds (`ſ`) are translated, and it is
    /// lowered in a collation that knows every script's cases (ICU's or C.utf8, where the server
    /// has one), so "Бойко" is found by "бойко" as on a file. A translate over every marked
    /// letter had cost 30 µs a name, which a filter keystroke paid for every row of a pane. Not
    /// STRICT (NULL gives NULL all the same), so the server writes its body into the statement
    /// instead of calling a function for each row: Overdue filtered ran in 0.8 ms instead of 1.4.
    static var functions: [String] {
        let (marked, plain) = lettersWithMarksOfTheirOwn()
        return [
            """
            DO $do$ DECLARE cases text := coalesce((SELECT quote_ident(collname) FROM pg_collation
                    WHERE collname IN ('und-x-icu', 'C.utf8') ORDER BY collname = 'und-x-icu' DESC LIMIT 1), '"default"');
            BEGIN EXECUTE format($f$
                CREATE OR REPLACE FUNCTION p4p_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
                $$ SELECT CASE WHEN octet_length($1) = length($1) THEN lower($1)
                   ELSE lower(normalize(translate(regexp_replace(normalize($1, NFD), '[\\u0300-\\u036f]', '', 'g'),
                       '\(marked)', '\(plain)'), NFC) COLLATE %s) END $$ $f$, cases);
            END $do$
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
            let made = sql.replacingOccurrences(of: "CREATE INDEX ", with: "CREATE INDEX IF NOT EXISTS ")
            return organizationFirst.applied(to: noCase.applied(to: made))
        }
    }

    private static let noCase = Rewrite(#"(\w+) COLLATE NOCASE"#, "(lower($1))")
    private static let organizationFirst = Rewrite(#" ON (\w+)\("#, " ON $1(organization_id, ")

    /// Text compares and sorts by its bytes, as SQLite's does: names in the same order on both.
    static func byteOrder(_ statement: String) -> String {
        textColumn.applied(to: statement)
    }

    private static let textColumn = Rewrite(#"(\w+) text\b"#, "$1 text COLLATE \"C\"")

    /// The Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) that the Swift function folds to one
    /// plain letter but that keep a letter with a mark once their combining marks are dropped
    /// (`ſ`, and `ẛ`, which becomes `ſ`): what is left, and the letter it folds to.
    static func lettersWithMarksOfTheirOwn() -> (marked: String, plain: String) {
        var marked = "", plain = ""
        for range in [0xC0...0x24F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                let letter = String(Character(scalar))
                let folded = SearchPattern.fold(letter)
                guard folded.unicodeScalars.count == 1, folded.unicodeScalars.first!.isASCII else { continue }
                let left = withoutCombiningMarks(letter)
                guard left.lowercased() != folded, left.unicodeScalars.count == 1, !marked.contains(left) else { continue }
                marked += left
                plain += folded
            }
        }
        return (marked, plain)
    }

    /// `text` decomposed, without its combining diacritical marks (U+0300–U+036F), as the
    /// server's `regexp_replace(normalize(…, NFD), …)` leaves it.
    static func withoutCombiningMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !(0x300...0x36F).contains($0.value) }))
    }
}
