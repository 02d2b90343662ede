import Foundation
import Testing

/// `p4p --kiosk` in a real terminal: names as initials, Ctrl-C / Ctrl-Z / Ctrl-\ ignored, the
/// idle lock (the setting at 0.05 minutes: three seconds), and a supervisor's PIN to leave.
@Suite(.serialized) struct KioskInTmuxTests {
    let today = "2026-11-23"

    @Test(.enabled(if: Tmux.isAvailable)) func aKioskDayInTheHallway() throws {
        let db = try Binary.temporaryDirectory().appendingPathComponent("kiosk.sqlite").path
        #expect(try Binary.run(["demo", "--db", db, "--today", today]).status == 0)
        #expect(try Binary.run(["setting", "set", "kiosk.idle-minutes", "0.05", "--db", db]).status == 0)
        // A name to look for, read before the kiosk starts: its idle clock (three seconds) must
        // not run while another p4p starts on a busy machine.
        let named = try Binary.run(["screen", "--db", db, "--today", today, "--as", "Dana Brooks", "--size", "100x30"])
        let someName = try #require(named.stdout.split(separator: "\n")[2].split(separator: " ").dropFirst(4).first)
        let tmux = try Tmux(command: "env LANG=C.UTF-8 \(Binary.url.path) --kiosk --db \(db) --today \(today); echo EXITED $?; sleep 30",
                            columns: 100, rows: 30)
        try tmux.waitFor("Sign in")
        try tmux.signIn(name: "Rosa", pin: "135790")
        let signedIn = try tmux.waitFor("Docket (", timeout: 20)
        #expect(!signedIn.contains(String(someName)), "full names stay hidden: \(someName)")

        try tmux.send("C-c")
        try tmux.send("C-z")
        try tmux.send("C-\\")
        let still = try tmux.waitFor("does nothing here")
        #expect(!still.contains("EXITED"))

        // Three seconds without a key: the lock screen, with nothing of the program on it.
        let locked = try tmux.waitFor("Locked after", timeout: 15)
        #expect(!locked.contains("Docket ("))

        try tmux.send("F10")
        try tmux.waitFor("Leave the kiosk")
        try tmux.signIn(name: "Dana", pin: "111111")
        try tmux.waitFor("do not match", timeout: 20)
        try tmux.send("-l", "246810")
        try tmux.send("Enter")
        try tmux.waitFor("EXITED 0", timeout: 20)
    }
}
