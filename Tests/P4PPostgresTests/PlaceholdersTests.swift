import Testing
@testable import P4PPostgres
import P4PStore

/// The store's `?` placeholders as the server's `$1`, `$2`…, never inside quotes or comments.
@Suite struct PlaceholdersTests {
    @Test func placeholdersAreNumberedOutsideQuotesAndComments() {
        #expect(Placeholders.numbered("SELECT a FROM t WHERE b = ? AND c = '?' AND \"d?\" = ? -- why?\nAND e = ?")
                == "SELECT a FROM t WHERE b = $1 AND c = '?' AND \"d?\" = $2 -- why?\nAND e = $3")
        #expect(Placeholders.numbered("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1")
    }

    @Test func namedArgumentsTakeOneNumberEachInFirstUse() {
        let bound = Placeholders.bound("SELECT x::text FROM t WHERE a = :day AND b >= :limit AND c <= :day AND d = ':day'",
                                       ["day": "2026-12-02", "limit": 5])
        #expect(bound.sql == "SELECT x::text FROM t WHERE a = $1 AND b >= $2 AND c <= $1 AND d = ':day'")
        #expect(bound.values == [.text("2026-12-02"), .integer(5)])
    }

    @Test func positionalArgumentsKeepTheirOrder() {
        let bound = Placeholders.bound("SELECT ? , ?", [7, "x"])
        #expect(bound.sql == "SELECT $1 , $2")
        #expect(bound.values == [.integer(7), .text("x")])
    }
}

/// SQLite's planner hints are taken out before a server sees a statement; the rest is left as written.
@Suite struct PlannerHintsTests {
    @Test func hintsAreTakenOutAndTheJoinsKept() {
        #expect(PlannerHints.removed(from: """
            SELECT c.name FROM class_sessions s INDEXED BY class_sessions_by_day CROSS JOIN class_attendance ca ON ca.session_id = s.id
            CROSS JOIN courses c ON c.code = s.course JOIN parents p NOT INDEXED ON p.id = ca.parent_id
            """) == """
            SELECT c.name FROM class_sessions s JOIN class_attendance ca ON ca.session_id = s.id
            JOIN courses c ON c.code = s.course JOIN parents p ON p.id = ca.parent_id
            """)
        let plain = "SELECT name FROM parents WHERE name LIKE 'CROSS%'"
        #expect(PlannerHints.removed(from: plain) == plain)
    }
}
