import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The Allies screen on the fixture's program (nobody signed in: everything allowed): the list
/// at 80x24 in English and Spanish, the form to edit the highlighted ally, and deactivating.
@Suite struct AlliesGoldenTests {
    func canvas(_ keys: String, _ size: String = "80x24", language: Language = .english) throws -> Canvas {
        let store = try Fixture.makeStore()
        try store.saveAlly(Ally(name: "Rosa Delgado", phone: "555-0199", languages: ["Spanish", "English"], counties: ["Pierce", "King"],
                                livedExperience: ["recovery", "domestic-violence"], caseloadLimit: 10))
        let session = DeskSession(store: store, today: Fixture.today, language: language)
        return Headless.run(session, size: Size(size)!, keys: try KeyScript.parse(keys))
    }

    @Test func theList() throws { try GoldenFiles.expect("allies-80x24", try canvas("A")) }
    @Test func theListInSpanish() throws { try GoldenFiles.expect("allies-80x24-es", try canvas("A", language: .spanish)) }
    /// Down to Rosa, then `e`: her record in the form, her experience ticked.
    @Test func editForm() throws { try GoldenFiles.expect("allies-edit-80x24", try canvas("A Down e")) }
    @Test func deactivateForm() throws { try GoldenFiles.expect("allies-deactivate-80x24", try canvas("A d")) }
}
