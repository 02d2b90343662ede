import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// q on the "terminal too small" notice: it leaves as q does anywhere, except a kiosk (a
/// supervisor's PIN, which needs a screen) and a form with typing in it (kept, not dropped).
@Suite struct TooSmallTests {
    func session(kiosk: Bool = false) throws -> DeskSession {
        let session = DeskSession(store: try Fixture.makeStore(), today: Fixture.today)
        if kiosk { session.enterKiosk(idleMinutes: 600) }
        return session
    }

    /// Keys at full size, then the window shrinks and q is pressed: the notice after it.
    func shrinkAndQuit(_ session: DeskSession, after keys: String) throws -> String {
        _ = Headless.run(session, size: Size("100x30")!, keys: try KeyScript.parse(keys))
        session.handleTooSmall(.char("q"))
        return render(session.state, size: Size("50x10")!).text
    }

    @Test func qLeavesFromTheDashboard() throws {
        let session = try session()
        let notice = try shrinkAndQuit(session, after: "2")
        #expect(session.state.isQuitting)
        #expect(notice.contains("Enlarge the window, or q to quit"))
    }

    @Test func qLeavesAFormWithNothingTypedInIt() throws {
        let session = try session()
        _ = try shrinkAndQuit(session, after: "3 c")
        #expect(session.state.isQuitting)
    }

    @Test func qKeepsAFormWithTypingInIt() throws {
        let session = try session()
        let notice = try shrinkAndQuit(session, after: "3 c Tab 9:30a")
        #expect(!session.state.isQuitting)
        #expect(session.state.form?.state.isDirty == true)
        #expect(notice.contains("Enlarge the window to finish the form"), "\(notice)")
        #expect(notice.contains("The form keeps your typing"), "\(notice)")
        #expect(!notice.contains("q to quit"))
        let again = render(session.state, size: Size("100x30")!).text
        #expect(again.contains("9:30a"), "the form is back, as it was, once the window is large again")
    }

    @Test func aKioskIsNeverLeftFromTheNotice() throws {
        let session = try session(kiosk: true)
        let notice = try shrinkAndQuit(session, after: "")
        session.handleTooSmall(.function(10))
        #expect(!session.state.isQuitting)
        #expect(session.state.form == nil, "no PIN form typed blind")
        #expect(notice.contains("Enlarge the window to go on") && !notice.contains("q to quit"), "\(notice)")
        #expect(notice.contains("supervisor's PIN"), "\(notice)")
    }

    @Test func otherKeysDoNothingOnTheNotice() throws {
        let session = try session()
        _ = Headless.run(session, size: Size("100x30")!, keys: [])
        for key: Key in [.char("j"), .enter, .escape, .char("["), .function(12)] { session.handleTooSmall(key) }
        #expect(!session.state.isQuitting && session.state.docketDay == Fixture.today && session.state.form == nil)
    }
}
