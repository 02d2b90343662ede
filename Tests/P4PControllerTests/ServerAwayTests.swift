import Foundation
import P4PDemo
import P4PPostgres
import ServerTestSupport
import Testing
@testable import P4PController
@testable import P4PStore

/// The server goes away in the middle of a session (stopped at once, as a crash or a pulled
/// cable would): the desk says so, keeps the open form with what was typed, tries again each
/// second, and saves it once the server is back: once, and past the same stale-save check.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct ServerAwayTests {
    let today = Day(iso: "2026-11-23")!

    @Test func aSaveWhileTheServerIsAwayIsKeptAndLandsOnceWhenItIsBack() throws {
        // A server of this test's own: stopping the shared one would stop the other tests'.
        let server = try ThrowawayServer.another()
        defer { try? server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("away-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try SQLiteStore.create(at: folder + "/desk.sqlite")
        try file.fillWithDemoData(DemoOptions(scale: .small, seed: 5, today: today))
        let connection = try server.freshDatabase()
        try ServerSchema.apply(on: connection)
        _ = try FileCopy.copy(from: file, named: "demo.sqlite", on: connection)
        file.close()
        let address = connection.address
        connection.close()
        let store = try ServerStore.open(address, actor: "test", passwords: server.passwords)

        let clock = TestClock()
        let session = DeskSession(store: store, today: today, clock: { clock.now })
        session.start()
        session.settle()
        let waitingBefore = session.state.unassigned.page.total
        try pressKeys(session, "2 a")
        let parentId = try #require(session.state.unassigned.selectedRow?.parentId)

        try server.stop()
        try pressKeys(session, "C-s")
        let form = try #require(session.state.form, "the form stays open")
        #expect(form.state.message.english?.hasPrefix("The server at \(address.description) cannot be reached") == true,
                "\(String(describing: form.state.message.english))")
        #expect(session.state.pendingSave != nil)
        // Still away a second later: tried again, still kept.
        clock.now += 1
        session.tick()
        session.settle()
        #expect(session.state.form != nil)

        try server.start()
        clock.now += 1
        session.tick()
        session.settle()
        #expect(session.state.form == nil, "saved once the server is back")
        #expect(session.state.message.english == "Parent Ally assigned")
        #expect(try store.parentDetail(id: parentId)?.ally != nil)
        let assignments = try store.auditLog(AuditFilter(parentId: parentId), page: PageRequest(offset: 0, limit: 50)).rows
            .filter { $0.action == "ally assigned" }
        #expect(assignments.count == 1, "saved once")
        // The panes read afresh once the link is back.
        _ = session.refreshIfChanged()
        session.settle()
        #expect(session.state.unassigned.page.total == waitingBefore - 1)
    }
}
