import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The court calendar import from the dashboard: checked first, written only when asked, and
/// refused to a Parent Ally.
@Suite struct ImportScreenTests {
    let today = Day(iso: "2026-11-23")!
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/sample-court-calendar.csv").path

    @Test func aSupervisorChecksTheFileThenImportsIt() throws {
        let (session, _, _) = try sessionWithUsers(today: today, [("Dana Brooks", .supervisor, "246810")])
        try pressKeys(session, "Dana Enter 246810 Enter")
        let docket = session.state.docket.total
        try pressKeys(session, "I \(Self.sample) C-s")
        guard case .text(let check) = session.state.screen else { Issue.record("the check is shown"); return }
        #expect(check.title.english == "Import check" && check.lines.contains("Dry run: nothing was written."))
        try pressKeys(session, "Escape 1")
        #expect(session.state.docket.total == docket, "a check writes nothing")

        // The file just checked is offered again, and importing it is what Then offers first.
        try pressKeys(session, "I")
        #expect(session.state.form?.state.field(.file)?.editor.text == Self.sample)
        #expect(try session.state.form?.state.field(.importThen)?.value(today: today).get() == .choice("import"))
        try pressKeys(session, "C-s")
        guard case .text(let done) = session.state.screen else { Issue.record("the result is shown"); return }
        #expect(done.title.english == "Import" && done.lines.contains { $0.hasPrefix("Saved in one transaction") })
        try pressKeys(session, "Escape")
        #expect(session.state.docket.total > docket, "the calendar's hearings today are on the docket")
    }

    @Test func aMissingFileIsSaidAtTheFieldAndAnAllyIsRefused() throws {
        let (session, _, _) = try sessionWithUsers(today: today, [("Dana Brooks", .supervisor, "246810"),
                                                                  ("Rosa Delgado", .ally, "135790")])
        try pressKeys(session, "Dana Enter 246810 Enter I nope.csv C-s")
        #expect(session.state.form?.state.focusedField.message?.english == "No such file")
        try pressKeys(session, "Escape y F12 Rosa Enter 135790 Enter I")
        #expect(session.state.form == nil && session.state.message?.english == "Only a supervisor adds or edits cases, parents and hearings")
    }
}
