import Foundation
import GRDB
import Testing
@testable import P4PController
import P4PDemo
@testable import P4PStore

/// The session against a real SQLite file: what the panes load, and what another terminal's
/// write does to them.
@Suite struct SessionTests {
    let today = Day(iso: "2026-11-23")!

    func demoPath() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("demo.sqlite").path
        try SQLiteStore.create(at: path).fillWithDemoData(DemoOptions(scale: .small, seed: 3, today: today))
        return path
    }

    @Test func panesLoadOnlyAWindowAroundWhatIsOnScreen() throws {
        let session = DeskSession(store: try SQLiteStore.open(at: try demoPath()), today: today)
        session.setViewport(paneRows: 3, pageLines: 10)
        session.start()
        let state = session.state
        #expect(state.docket.total >= 10)
        #expect(state.docket.page.rows.count == 9, "three screens of three rows, not the whole docket")
        #expect(state.docket.page.offset == 0)
        session.handle(.end)
        #expect(session.state.docket.cursor.selected == state.docket.total - 1)
        #expect(session.state.docket.selectedRow != nil, "the rows around the end were fetched")
    }

    @Test func anotherTerminalsWriteShowsUpOnTheNextRefresh() throws {
        let path = try demoPath()
        let session = DeskSession(store: try SQLiteStore.open(at: path), today: today)
        session.start()
        let before = session.state.unassigned.total
        #expect(!session.refreshIfChanged(), "nothing changed yet")

        let other = try SQLiteStore.open(at: path)
        try other.pool.write { db in
            var parent = Parent(name: "Ngozi Okafor", waitingSince: today)
            try parent.insert(db)
        }
        #expect(session.refreshIfChanged())
        #expect(session.state.unassigned.total == before + 1)
    }

    @Test func midnightMovesTodayAndATodaysDocketWithIt() throws {
        let session = DeskSession(store: try SQLiteStore.open(at: try demoPath()), today: today)
        session.start()
        let tomorrow = today.adding(days: 1)
        let expected = try session.store.docket(on: tomorrow, matching: nil, page: PageRequest(offset: 0, limit: 0)).total
        session.advanceToday(to: tomorrow)
        #expect(session.state.today == tomorrow && session.state.docketDay == tomorrow)
        #expect(session.state.docket.total == expected)

        session.handle(.char("["))
        session.advanceToday(to: tomorrow.adding(days: 1))
        #expect(session.state.docketDay == today, "a docket the user chose stays put")
    }

    @Test func openingADetailReadsTheParent() throws {
        let session = DeskSession(store: try SQLiteStore.open(at: try demoPath()), today: today)
        session.start()
        session.handle(.char("2"))
        let name = session.state.unassigned.selectedRow?.name
        session.handle(.enter)
        // The key answers at once; the parent's file is read off the key path and arrives after.
        guard case .detail(let opening) = session.state.screen else { Issue.record("no detail"); return }
        #expect(opening.parentIds == [session.state.unassigned.selectedRow!.parentId])
        session.settle()
        guard case .detail(let detail) = session.state.screen else { Issue.record("no detail"); return }
        #expect(detail.detail?.parent.name == name)
        #expect(detail.detail?.ally == nil, "an unassigned parent has no ally")
    }
}
