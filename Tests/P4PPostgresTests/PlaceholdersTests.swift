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
