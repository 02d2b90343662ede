import Testing
@testable import P4PPostgres

/// The store's `?` placeholders as the server's `$1`, `$2`…, never inside quotes or comments.
@Suite struct PlaceholdersTests {
    @Test func placeholdersAreNumberedOutsideQuotesAndComments() {
        #expect(Placeholders.numbered("SELECT a FROM t WHERE b = ? AND c = '?' AND \"d?\" = ? -- why?\nAND e = ?")
                == "SELECT a FROM t WHERE b = $1 AND c = '?' AND \"d?\" = $2 -- why?\nAND e = $3")
        #expect(Placeholders.numbered("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1")
    }
}
