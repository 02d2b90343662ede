import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The audit log in the dashboard: supervisors filter it by user, day and parent; allies are
/// told they cannot.
@Suite struct AuditScreenTests {
    let today = Day(iso: "2026-11-23")!

    @Test func aSupervisorSeesWhoOpenedAParentsFile() throws {
        let (session, _, _) = try sessionWithUsers(today: today, [("Dana Brooks", .supervisor, "246810")])
        try pressKeys(session, "Dana Enter 246810 Enter 2 Enter")
        guard case .detail(let detail) = session.state.screen else { Issue.record("the detail opens"); return }
        // From the detail, L offers that parent's entries.
        try pressKeys(session, "L Enter Enter Enter")
        guard case .audit(let audit) = session.state.screen else { Issue.record("the audit log opens"); return }
        #expect(audit.filter.parentId == detail.parentId && audit.description.text(.english) == detail.detail?.parent.name)
        #expect(audit.page.rows.map(\.action) == ["parent detail opened"])
        #expect(audit.page.rows.first?.who.text(.english) == "Dana Brooks")
        #expect(audit.page.rows.first?.what.text(.english) == "opened \(try #require(detail.detail?.parent.name))'s file")
        try pressKeys(session, "Escape")
        if case .audit = session.state.screen { Issue.record("Esc returns") }

        // By user and day, from the dashboard.
        try pressKeys(session, "L Dana Enter \(SQLiteStore.timestamp().prefix(10)) Enter")
        guard case .audit(let byUser) = session.state.screen else { Issue.record("the audit log opens"); return }
        #expect(byUser.filter.user == "Dana Brooks" && byUser.filter.on != nil)
        #expect(Set(byUser.page.rows.map(\.action)) == ["signed in", "parent detail opened"])
    }

    @Test func anAssignmentReadsAsASentenceWithNames() throws {
        let (session, store, _) = try sessionWithUsers(today: today, [("Dana Brooks", .supervisor, "246810")])
        try pressKeys(session, "Dana Enter 246810 Enter 2")
        let parent = try #require(session.state.unassigned.page.rows.first)
        try pressKeys(session, "a Enter C-s")
        let allyId = try #require(try store.read { db in
            try ID.fetchOne(db, sql: "SELECT ally_id FROM parents WHERE id = ?", arguments: [parent.parentId])
        })
        let ally = try #require(try store.read { db in try String.fetchOne(db, sql: "SELECT name FROM allies WHERE id = ?", arguments: [allyId]) })
        try pressKeys(session, "L Enter Enter")
        guard case .audit(let audit) = session.state.screen else { Issue.record("the audit log opens"); return }
        let newest = try #require(audit.page.rows.first)
        #expect(newest.who.text(.english) == "Dana Brooks")
        #expect(newest.what.text(.english).hasPrefix("assigned \(parent.name) to \(ally)"), "\(newest.what.text(.english))")
    }

    @Test func anAllyIsToldTheyCannot() throws {
        let (session, _, _) = try sessionWithUsers(today: today, [("Rosa Delgado", .ally, "135790")])
        try pressKeys(session, "Rosa Enter 135790 Enter L")
        #expect(session.state.form == nil && session.state.message.english == "Only a supervisor reads the audit log")
    }
}
