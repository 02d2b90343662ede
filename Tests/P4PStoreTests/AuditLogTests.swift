import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Reading the audit log: filtered by day, user and parent, newest first; supervisors only.
@Suite("Audit log")
struct AuditLogTests {
    @Test("filters by user, parent and day; an ally may not read it")
    func filters() throws {
        let f = try StoreFixture()
        let fast = SecretHash.Parameters.fastForTests
        try f.store.addUser(name: "Dana", role: .supervisor, secret: "246810", parameters: fast)
        try f.store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: fast)
        let users = Dictionary(uniqueKeysWithValues: try f.store.users().map { ($0.name, $0) })
        let dana = try f.store.actingStore(as: users["Dana"]!)
        let parent = try dana.createParent(Parent(name: "María", waitingSince: Day(iso: "2026-11-23")!))
        try dana.audit("parent detail opened", entity: "parent", id: parent)
        _ = try f.store.signIn(name: "Rosa", secret: "000000")

        let all = try dana.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 100))
        #expect(all.rows.first?.action == "failed sign-in", "newest first")
        let danas = try dana.auditLog(AuditFilter(user: "Dana"), page: PageRequest(offset: 0, limit: 100))
        #expect(danas.rows.map(\.action) == ["parent detail opened", "parent created"])
        let maria = try dana.auditLog(AuditFilter(parentId: parent), page: PageRequest(offset: 0, limit: 100))
        #expect(maria.total == 2 && maria.rows.allSatisfy { $0.entityId == parent })
        let today = String(SQLiteStore.timestamp().prefix(10))
        let onToday = try dana.auditLog(AuditFilter(on: Day(iso: today)!), page: PageRequest(offset: 0, limit: 1))
        #expect(onToday.total == all.total && onToday.rows.count == 1, "a window of a longer list keeps its total")
        let tomorrow = Day(iso: today)!.adding(days: 1)
        #expect(try dana.auditLog(AuditFilter(since: tomorrow), page: PageRequest(offset: 0, limit: 9)).total == 0)

        #expect(throws: StoreError.notAllowed("Only a supervisor reads the audit log")) {
            try f.store.actingStore(as: users["Rosa"]!).auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 9))
        }
    }
}
