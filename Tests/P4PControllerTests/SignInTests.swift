import Foundation
import GRDB
import Testing
@testable import P4PController
@testable import P4PStore

/// Sign-in from the keyboard: nothing loads before it, a wrong PIN says nothing about which part
/// was wrong, five lock the account, and writes after it are the user's.
@Suite struct SignInTests {
    let today = Day(iso: "2026-11-23")!

    func lockedSession() throws -> (DeskSession, SQLiteStore, TestClock) {
        try sessionWithUsers(today: today, [("Dana Brooks", .supervisor, "246810")])
    }

    @Test func nothingLoadsUntilSomeoneSignsIn() throws {
        let (session, _, _) = try lockedSession()
        #expect(session.state.isLocked && session.state.context == .signIn)
        #expect(session.state.docket.page.rows.isEmpty && session.state.unassigned.page.rows.isEmpty)
        try pressKeys(session, "1 2 Enter")  // keys of the dashboard do nothing here
        #expect(session.state.isLocked)
    }

    @Test func aWrongPINIsRefusedInWordsThatDoNotSayWhichThenTheRightOneSignsIn() throws {
        let (session, store, _) = try lockedSession()
        try pressKeys(session, "Dana Enter 111111 Enter")
        let form = try #require(session.state.form)
        #expect(form.state.message.english == SignInResult.refusal.text(.english))
        #expect(form.state.focusedField.id == .pin && form.state.focusedField.editor.text.isEmpty)
        try pressKeys(session, "246810 Enter")
        #expect(!session.state.isLocked && session.state.user?.name == "Dana Brooks")
        #expect(session.state.docket.total > 0)
        // Writes are now Dana's.
        try pressKeys(session, "2 a Enter C-s")
        let actor = try store.read { db in try String.fetchOne(db, sql: "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1") }
        #expect(actor == "user:\(try #require(session.state.user).id)", "stored by id; shown by name")
    }

    @Test func fiveWrongPINsLockForFiveMinutes() throws {
        let (session, _, clock) = try lockedSession()
        try pressKeys(session, "Dana Enter 000000 Enter" + String(repeating: " 000000 Enter", count: 4))
        let until = DateFormatter()
        until.dateFormat = "HH:mm"
        let expected = "Too many wrong PINs: try again after \(until.string(from: clock.now.addingTimeInterval(300)))"
        #expect(session.state.form?.state.message.english == expected)
        try pressKeys(session, "246810 Enter")
        #expect(session.state.isLocked, "the right PIN does not open a locked account")
        clock.now = clock.now.addingTimeInterval(301)
        try pressKeys(session, "246810 Enter")
        #expect(!session.state.isLocked)
    }

    @Test func escStartsAgainAndF10Quits() throws {
        let (session, _, _) = try lockedSession()
        try pressKeys(session, "Dana Escape y")
        #expect(session.state.isLocked && session.state.form?.state.fields.first?.editor.text == "")
        try pressKeys(session, "F10")
        #expect(session.state.isQuitting)
    }

    @Test func anAllySeesWhyTheirRoleCannotAndIsNotShownOthersFiles() throws {
        let (plain, store) = try demoSession(today: today)
        _ = plain
        let allyName = try #require(try store.caseloads().first { $0.active && $0.openParents > 0 }?.ally.name)
        try store.addUser(name: allyName, role: .ally, secret: "111111", parameters: .fastForTests)
        let session = DeskSession(store: store, today: today)
        session.start()
        try pressKeys(session, "\(allyName.split(separator: " ")[0]) Enter 111111 Enter")
        #expect(session.state.user?.role == .ally)
        try pressKeys(session, "2 a")
        #expect(session.state.form == nil)
        #expect(session.state.message.english?.hasPrefix("Only a supervisor assigns") == true)
        // Overdue lists only their own parents' follow-ups.
        #expect(session.state.overdue.page.rows.allSatisfy { $0.ally?.name == allyName })
        // A parent who is not theirs, from Unassigned: the detail does not open.
        try pressKeys(session, "2 Enter")
        if case .detail = session.state.screen { Issue.record("a parent not theirs must not open") }
        #expect(session.state.message.english == "A Parent Ally opens only their own parents; ask a supervisor")
    }
}
