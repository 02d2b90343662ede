import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// Planning who covers a hearing (`v` on the docket): the form with an ally chosen.
@Suite struct CoverageGoldenTests {
    func canvas(_ size: String, keys: String, language: Language = .english) throws -> Canvas {
        let session = DeskSession(store: try Fixture.makeStore(), today: Fixture.today, language: language)
        return Headless.run(session, size: Size(size)!, keys: try KeyScript.parse(keys))
    }

    @Test func coverageForm() throws { try GoldenFiles.expect("form-coverage-100x30", try canvas("100x30", keys: "v Right")) }
    @Test func coverageFormInSpanish() throws {
        try GoldenFiles.expect("form-coverage-80x24-es", try canvas("80x24", keys: "v Right", language: .spanish))
    }
}
