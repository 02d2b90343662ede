import Foundation
import Testing

/// `p4p --kiosk` in a real terminal: names as initials, Ctrl-C / Ctrl-Z / Ctrl-\ ignored, the
/// lock on F12 and when idle, and a supervisor's PIN to leave, from every screen. Nothing here
/// waits on the clock: each step waits for what the screen shows, however busy the machine.
@Suite(.serialized) struct KioskInTmuxTests {
    let today = "2026-11-23"

    /// A kiosk on a demo database that locks after `idleMinutes`, on the sign-in screen.
    func kiosk(idleMinutes: String) throws -> (tmux: Tmux, db: String) {
        let (_, db) = try Binary.demo(today: today)
        #expect(try Binary.run(["setting", "set", "kiosk.idle-minutes", idleMinutes, "--db", db]).status == 0)
        let tmux = try Tmux(command: "env LANG=C.UTF-8 \(Binary.url.path) --kiosk --db \(db) --today \(today); echo EXITED $?; sleep 60",
                            columns: 100, rows: 30)
        try tmux.waitFor("Sign in")
        return (tmux, db)
    }

    /// The demo's Parent Ally signs in; returns the first screen.
    @discardableResult
    func signInAsRosa(_ tmux: Tmux) throws -> String {
        try tmux.signIn(name: "Rosa", pin: "135790")
        return try tmux.waitForDashboard()
    }

    /// Leaves with a supervisor's PIN after one wrong try; the program ends with status 0.
    func leave(_ tmux: Tmux) throws {
        try tmux.send("F10")
        try tmux.waitFor("Leave the kiosk")
        try tmux.signIn(name: "Dana", pin: "111111")
        try tmux.waitFor("do not match")
        try tmux.send("-l", "246810")
        try tmux.send("Enter")
        try tmux.waitFor("EXITED 0")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func aKioskDayInTheHallway() throws {
        // Ten hours: no idle lock comes between these keys, however slowly they arrive.
        let (tmux, db) = try kiosk(idleMinutes: "600")
        let signedIn = try signInAsRosa(tmux)
        let named = try Binary.run(["screen", "--db", db, "--today", today, "--as", "Dana Brooks", "--size", "100x30"])
        let someName = try #require(named.stdout.split(separator: "\n")[2].split(separator: " ").dropFirst(4).first)
        #expect(!signedIn.contains(String(someName)), "full names stay hidden: \(someName)")

        try tmux.send("C-c")
        try tmux.waitFor("C-c does nothing here")
        try tmux.send("C-z")
        try tmux.waitFor("C-z does nothing here")
        // Ctrl-\ says nothing: the help that follows it shows it was read, and did not end the kiosk.
        try tmux.send("C-\\")
        try tmux.send("?")
        let still = try tmux.waitFor("Help: keys")
        #expect(!still.contains("EXITED"))
        try tmux.send("Escape")
        try tmux.waitFor("Docket (")

        // F12: the lock screen, with nothing of the program on it.
        try tmux.send("F12")
        let locked = try tmux.waitFor("Sign in")
        #expect(!locked.contains("Docket ("))
        try leave(tmux)
    }

    @Test(.enabled(if: Tmux.isAvailable)) func aKioskLeftIdleLocks() throws {
        // Three seconds: the lock may come before the docket is even seen, so only the lock is awaited.
        let (tmux, _) = try kiosk(idleMinutes: "0.05")
        try tmux.signIn(name: "Rosa", pin: "135790")
        let locked = try tmux.waitFor("Locked after")
        #expect(!locked.contains("Docket ("))
        #expect(locked.contains("Sign in"))
    }

    @Test(.enabled(if: Tmux.isAvailable)) func theTooSmallNoticeNeverLeavesTheKiosk() throws {
        let (tmux, _) = try kiosk(idleMinutes: "600")
        try signInAsRosa(tmux)
        try tmux.resize(columns: 50, rows: 12)
        let notice = try tmux.waitFor("Terminal too small")
        #expect(!notice.contains("q to quit"), "\(notice)")
        try tmux.send("q")
        try tmux.waitFor("supervisor's PIN")
        try tmux.resize(columns: 100, rows: 30)
        let back = try tmux.waitFor("Docket (")
        #expect(!back.contains("EXITED") && !back.contains("Leave the kiosk"), "\(back)")
        try leave(tmux)
    }
}
