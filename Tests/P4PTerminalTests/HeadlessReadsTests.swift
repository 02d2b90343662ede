import Foundation
import Testing
@testable import P4PController
import P4PDemo
@testable import P4PStore
@testable import P4PTerminal

/// `p4p screen --as NAME` at 120x40 on the demo: the first frame reads each pane once, a window
/// as long as the screen shows (35 rows a pane), not at the sign-in, the size and the start.
@Suite struct HeadlessReadsTests {
    let today = Day(iso: "2026-11-23")!

    @Test func theFirstFrameOfAScriptSignedInReadsEachPaneOnce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-reads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore.create(at: dir.appendingPathComponent("demo.sqlite").path)
        // This seed's Overdue list is longer than 30 rows.
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 5, today: today, withUsers: true))
        let session = DeskSession(store: store, today: today)
        session.signedIn(as: try #require(try store.user(named: "Dana Brooks")))
        _ = Headless.run(session, size: Size(columns: 120, rows: 40), keys: [])
        #expect(session.paneReads == [.docket: 1, .unassigned: 1, .overdue: 1])
        let state = session.state
        #expect(max(state.docket.total, state.unassigned.total, state.overdue.total) > 30,
                "a list longer than the 30 rows a pane read before its size was known")
    }
}
