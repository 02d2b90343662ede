import Foundation
import Testing

/// The dashboard's manners in a real terminal (tmux): Ctrl-Z and fg, Ctrl-\, keys a terminfo
/// entry does not list, terminals that cannot address the cursor, a C locale, and q on the
/// too-small notice. Each step waits for what the screen shows, never on the clock.
@Suite(.serialized) struct TerminalMannersInTmuxTests {
    let today = "2026-11-23"

    func dashboard(_ db: String, env: String = "") -> String {
        "env LANG=C.UTF-8 TERM=xterm-256color \(env) \(Binary.url.path) --db \(db) --today \(today)"
    }

    /// p4p in tmux, ending with its exit status on screen.
    func run(_ env: String = "", columns: Int = 100, rows: Int = 30) throws -> (tmux: Tmux, db: String) {
        let (_, db) = try Binary.demo(today: today)
        let tmux = try Tmux(command: "\(dashboard(db, env: env)); echo EXITED $?; sleep 60", columns: columns, rows: rows)
        return (tmux, db)
    }

    @discardableResult
    func signIn(_ tmux: Tmux) throws -> String {
        try tmux.waitFor("Sign in")
        try tmux.signIn(name: "Dana", pin: "246810")
        return try tmux.waitForDashboard()
    }

    @Test(.enabled(if: Tmux.isAvailable)) func ctrlZThenFgKeepsCtrlSForSaving() throws {
        let (_, db) = try Binary.demo(today: today)
        // An interactive shell, so Ctrl-Z stops the job and fg brings it back.
        let tmux = try Tmux(command: "bash --norc --noprofile", columns: 100, rows: 30)
        try tmux.waitFor("bash")
        try tmux.send("-l", dashboard(db))
        try tmux.send("Enter")
        try signIn(tmux)
        try tmux.send("C-z")
        try tmux.waitFor("Stopped")
        try tmux.send("-l", "fg")
        try tmux.send("Enter")
        try tmux.waitFor("Docket (")
        try tmux.send("3", "c")
        try tmux.waitFor("Contact with")
        try tmux.send("-l", "Left a message")
        try tmux.waitFor("Left a message")
        // With flow control back on, C-s would freeze the screen instead of saving.
        try tmux.send("C-s")
        try tmux.waitFor("Contact logged")
        try tmux.send("q")
        try tmux.waitUntilGone("Docket (")
        try tmux.send("-l", "echo STATUS $?")
        try tmux.send("Enter")
        try tmux.waitFor("STATUS 0")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func ctrlBackslashQuitsCleanly() throws {
        let (tmux, _) = try run()
        try signIn(tmux)
        try tmux.send("C-\\")
        let after = try tmux.waitFor("EXITED")
        #expect(after.contains("EXITED 0"), "\(after)")
        #expect(!after.contains("Docket ("), "the terminal was restored")
        for crash in ["crashed", "Crash", "core dumped", "Backtrace", "💣"] {
            #expect(!after.contains(crash), "\(after)")
        }
    }

    @Test(.enabled(if: Tmux.isAvailable)) func keysTheTerminfoEntryLacksUnderVT100() throws {
        let (tmux, _) = try run("TERM=vt100 NO_COLOR=1")
        let first = try signIn(tmux)
        #expect(!first.contains("today is"))
        // xterm sends these whatever TERM says; vt100's entry lists none of them. Before each was
        // read whole they became Esc, [ (a day back), digits and letters.
        try tmux.send("C-Up", "S-F5", "M-Left")
        // The help that follows shows they were read.
        try tmux.send("?")
        try tmux.waitFor("Help: keys")
        try tmux.send("Escape")
        let after = try tmux.waitUntilGone("Help: keys")
        #expect(!after.contains("today is"), "the docket stayed on today: \(after)")
        // F12 locks.
        try tmux.send("F12")
        try tmux.waitUntilGone("Docket (")
        let again = try signIn(tmux)
        #expect(!again.contains("today is"), "the docket stayed on today: \(again)")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func aTerminalThatCannotMoveTheCursorIsRefusedInOneLine() throws {
        for term in ["dumb", "no-such-terminal"] {
            let (tmux, _) = try run("TERM=\(term)", columns: 200, rows: 10)
            let screen = try tmux.waitFor("EXITED")
            let lines = screen.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            #expect(lines.count == 2 && lines[0].contains("TERM=\(term)") && lines[1] == "EXITED 1", "\(screen)")
        }
    }

    @Test(.enabled(if: Tmux.isAvailable)) func aCLocaleDrawsInASCIIWithNamesInLatinLetters() throws {
        let (tmux, db) = try run("LANG=C LC_ALL=C", columns: 100, rows: 30)
        let screen = try signIn(tmux)
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen)")
        // No character was drawn as "?": the only one is the key bar's help key.
        #expect(!screen.replacingOccurrences(of: "? Help", with: "").contains("?"), "\(screen)")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines[1..<27] {
            #expect(line.count == 100 && line.first == "|" && line.last == "|", "the borders stay in place: \(line)")
        }
        // A name with accents, as the same screen shows it in a UTF-8 locale, spelled without them.
        let utf8 = try Binary.run(["screen", "--db", db, "--today", today, "--as", "Dana Brooks", "--size", "100x30"]).stdout
        let words = utf8.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).map(String.init)
        let accented = words.first { word in
            !word.allSatisfy(\.isASCII) && word.allSatisfy(\.isLetter)
                && word.folding(options: .diacriticInsensitive, locale: nil).allSatisfy(\.isASCII)
        }
        let name = try #require(accented, "the demo has accented names")
        let plain = name.folding(options: .diacriticInsensitive, locale: nil)
        #expect(screen.contains(plain), "\(name) as \(plain) in\n\(screen)")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func qOnTheTooSmallNoticeKeepsAFormWithTyping() throws {
        let (tmux, _) = try run()
        try signIn(tmux)
        try tmux.send("3", "c")
        try tmux.waitFor("Contact with")
        try tmux.send("-l", "Left a message")
        try tmux.waitFor("Left a message")
        try tmux.resize(columns: 50, rows: 12)
        try tmux.waitFor("Enlarge the window to finish the form")
        try tmux.send("q")
        try tmux.waitFor("The form keeps your typing")
        try tmux.resize(columns: 100, rows: 30)
        let back = try tmux.waitFor("Left a message")
        #expect(back.contains("Contact with") && !back.contains("EXITED"))
        // Nothing typed: q on the notice leaves, as anywhere.
        try tmux.send("Escape")
        try tmux.waitFor("Discard your changes?")
        try tmux.send("y")
        try tmux.waitUntilGone("Contact with")
        try tmux.resize(columns: 50, rows: 12)
        try tmux.waitFor("or q to quit")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
    }
}
