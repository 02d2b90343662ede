import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The courthouse kiosk, with an injected clock: idle lock, F12, initials, keys that would reach
/// a shell, and a supervisor's PIN to leave.
@Suite struct KioskTests {
    let today = Day(iso: "2026-11-23")!

    /// Signed in as the demo's first ally, "Denise Washington".
    func kiosk() throws -> (DeskSession, TestClock, String) {
        let allyName = "Denise Washington"
        let (session, _, clock) = try sessionWithUsers(
            today: today, [(allyName, .ally, "111111"), ("Dana Brooks", .supervisor, "246810")], kioskMinutes: 3)
        try pressKeys(session, "\(allyName.split(separator: " ")[0]) Enter 111111 Enter")
        try #require(session.state.user?.name == allyName)
        return (session, clock, allyName)
    }

    @Test func namesAreInitialsUntilAskedFor() throws {
        let (session, _, _) = try kiosk()
        #expect(session.state.namesMasked)
        try pressKeys(session, "m")
        #expect(!session.state.namesMasked && session.state.message.english == "Names shown; m hides them")
    }

    @Test func idleForTheSettingsMinutesLocksAndForgetsTheData() throws {
        let (session, clock, _) = try kiosk()
        clock.now += 179
        #expect(!session.tick())
        try pressKeys(session, "Down")  // a key starts the idle time again
        clock.now += 179
        #expect(!session.tick() && !session.state.isLocked)
        clock.now += 1
        #expect(session.tick())
        #expect(session.state.isLocked && session.state.message.english == "Locked after 3 minutes idle")
        #expect(session.state.docket.page.rows.isEmpty && session.state.unassigned.page.rows.isEmpty)
        #expect(session.state.kiosk && session.state.namesMasked)
    }

    @Test func f12LocksAtOnce() throws {
        let (session, _, _) = try kiosk()
        try pressKeys(session, "2 Enter F12")
        #expect(session.state.isLocked)
        if case .detail = session.state.screen { Issue.record("a locked screen shows no parent") }
    }

    @Test func controlKeysThatWouldReachAShellDoNothing() throws {
        let (session, _, _) = try kiosk()
        try pressKeys(session, "C-c C-z")  // Ctrl-\ never becomes a key: KeyDecoder drops it
        #expect(!session.state.isQuitting && !session.state.isLocked)
    }

    @Test func leavingTakesASupervisorsPIN() throws {
        let (session, _, allyName) = try kiosk()
        try pressKeys(session, "q")
        #expect(session.state.form?.purpose == .leaveKiosk && !session.state.isQuitting)
        let options = session.state.form?.state.fields.first?.matches.map(\.label) ?? []
        #expect(options == ["Dana Brooks"], "only supervisors and admins are offered, not \(allyName)")
        try pressKeys(session, "Dana Enter 000000 Enter")
        #expect(!session.state.isQuitting && session.state.form?.state.message.english == SignInResult.refusal.text(.english))
        try pressKeys(session, "246810 Enter")
        #expect(session.state.isQuitting)
    }
}
