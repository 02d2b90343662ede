import Foundation
import Testing

/// The real binary in a real terminal (tmux): start, move, open, return, quit, and the terminal
/// is given back.
@Suite(.serialized) struct DashboardInTmuxTests {
    let today = "2026-11-23"

    func demoDatabase() throws -> String {
        let db = try Binary.temporaryDirectory().appendingPathComponent("demo.sqlite").path
        let made = try Binary.run(["demo", "--db", db, "--today", today])
        #expect(made.status == 0, "\(made.stderr)")
        return db
    }

    /// The demo's supervisor signs in (the PIN the README gives); returns the first screen.
    @discardableResult
    func signIn(_ tmux: Tmux) throws -> String {
        try tmux.waitFor("Sign in")
        try tmux.signIn(name: "Dana", pin: "246810")
        return try tmux.waitForDashboard()
    }

    func command(_ db: String, env: String = "TERM=xterm-256color") -> String {
        "env LANG=C.UTF-8 \(env) \(Binary.url.path) --db \(db) --today \(today); echo EXITED $?; sleep 30"
    }

    /// Pages close like pages (q or Esc, as in less); q quits only from the dashboard.
    @Test(.enabled(if: Tmux.isAvailable)) func browseOpenAndQuit() throws {
        let tmux = try Tmux(command: command(try demoDatabase()))
        let first = try signIn(tmux)
        #expect(first.contains("Unassigned ("))
        #expect(first.contains("Overdue ("))
        #expect(first.contains("q Quit  ? Help"), "\(first)")
        try tmux.send("2")
        try tmux.waitFor("a Assign")  // the key bar follows the focus to Unassigned
        try tmux.send("Enter")
        let detail = try tmux.waitFor("Parent Ally: none")
        #expect(detail.contains("Hearings"))
        try tmux.send("q")
        let back = try tmux.waitFor("Docket (")
        #expect(!back.contains("EXITED"), "q closed the detail, not the program")
        try tmux.send("3", "Enter")
        try tmux.waitFor("Esc Back")
        try tmux.send("Escape")
        try tmux.waitFor("Docket (")
        try tmux.send("?")
        try tmux.waitFor("Help: keys")
        try tmux.send("q")
        try tmux.waitFor("q Quit")
        try tmux.send("q")
        let after = try tmux.waitFor("EXITED 0")
        #expect(!after.contains("Docket ("), "the dashboard's screen is gone: the terminal was restored")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func assignAndLogAContactAndSeeTheCountsChange() throws {
        let db = try demoDatabase()
        let tmux = try Tmux(command: command(db), columns: 120, rows: 40)
        let before = try signIn(tmux)
        let unassigned = try count("Unassigned", in: before)
        let overdue = try count("Overdue", in: before)
        try tmux.send("2", "a")
        try tmux.waitFor("Assign a Parent Ally")
        try tmux.send("Enter", "C-s")
        try tmux.waitFor("Parent Ally assigned")
        try tmux.waitFor("Unassigned (\(unassigned - 1))")
        try tmux.send("3", "c")
        try tmux.waitFor("Contact with")
        try tmux.send("-l", "Left a message")
        try tmux.send("C-s")
        let after = try tmux.waitFor("Contact logged")
        #expect(after.contains("Overdue (\(overdue - 1))"), "\(after)")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
        // What the dashboard saved is in the file for the next terminal.
        let screen = try Binary.run(["screen", "--db", db, "--today", today, "--as", "Dana Brooks"])
        #expect(screen.stdout.contains("Unassigned (\(unassigned - 1))") && screen.stdout.contains("Overdue (\(overdue - 1))"))
    }

    @Test(.enabled(if: Tmux.isAvailable)) func signInRefusesAWrongPINWithoutSayingWhich() throws {
        let tmux = try Tmux(command: command(try demoDatabase()), columns: 80, rows: 24)
        let locked = try tmux.waitFor("Sign in")
        #expect(!locked.contains("Docket ("), "nothing of the program shows before sign-in")
        try tmux.signIn(name: "Dana", pin: "000000")
        let refused = try tmux.waitFor("do not match")
        #expect(!refused.contains("Docket (") && !refused.contains("000000"))
        // The name is kept and the PIN field has the focus.
        try tmux.send("-l", "246810")
        try tmux.send("Enter")
        try tmux.waitFor("Signed in as Dana Brooks")
    }

    /// The N of "Title (N)" on a screen.
    func count(_ title: String, in screen: String) throws -> Int {
        let start = try #require(screen.range(of: "\(title) ("))
        let digits = screen[start.upperBound...].prefix { $0.isNumber }
        return try #require(Int(digits))
    }

    @Test(.enabled(if: Tmux.isAvailable)) func sigtermRestoresTheTerminal() throws {
        let db = try demoDatabase()
        let tmux = try Tmux(command: command(db))
        try tmux.waitFor("Sign in")
        // Only the p4p process itself, not the shell whose command line also names it.
        try Binary.signal("TERM", matching: "^\(Binary.url.path) --db \(db)")
        let after = try tmux.waitFor("EXITED")
        #expect(after.contains("EXITED 143"), "\(after)")
        #expect(!after.contains("Sign in"), "the terminal was restored")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func aClosedTerminalEndsTheProgram() throws {
        let db = try demoDatabase()
        var tmux: Tmux? = try Tmux(command: command(db))
        try tmux?.waitFor("Sign in")
        tmux = nil  // kills the session: the terminal hangs up
        // A bound on a stuck program, not a margin: it polls for the exit.
        let deadline = Date().addingTimeInterval(Tmux.patience)
        var running = true
        while running && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            running = try Binary.isRunning(matching: "^\(Binary.url.path) --db \(db)")
        }
        #expect(!running, "p4p must exit when its terminal goes away, not spin")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func monochromeVT100AndSmallTerminals() throws {
        let db = try demoDatabase()
        let mono = try Tmux(command: command(db, env: "TERM=vt100 NO_COLOR=1"), columns: 80, rows: 24)
        try signIn(mono)
        try mono.send("q")
        try mono.waitFor("EXITED 0")

        let small = try Tmux(command: command(db), columns: 50, rows: 12)
        try small.waitFor("Terminal too small")
        try small.resize(columns: 90, rows: 26)
        try signIn(small)
        try small.send("q")
        try small.waitFor("EXITED 0")
    }
}
