import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The morning review as the fixed Fixture store shows it (no users, so nothing is refused).
@Suite struct MorningGoldenTests {
    let golden = GoldenScreenTests()

    @Test func morningReviewAt100x30() throws {
        try golden.expectGolden("morning-100x30", try golden.canvas("100x30", keys: "M"))
    }

    @Test func morningReviewScrolledAt100x30() throws {
        try golden.expectGolden("morning-end-100x30", try golden.canvas("100x30", keys: "M End"))
    }

    @Test func namesMaskedOnTheReviewToo() throws {
        let text = try golden.screen("120x40", keys: "m M")
        #expect(text.contains("M. N.") && !text.contains("Núñez"))
    }
}
