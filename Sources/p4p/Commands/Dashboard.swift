import ArgumentParser
import Foundation
import P4PController
import P4PStore
import P4PTerminal

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default command).")

    @OptionGroup var options: ScreenDatabaseOptions

    @Flag(help: "A shared terminal in a public place: names as initials, a lock after the idle minutes (setting kiosk.idle-minutes, default 3) or on F12, keys that would reach a shell ignored, and a supervisor's PIN to leave.")
    var kiosk = false

    func run() throws {
        let today = try options.resolvedToday()
        // The file first: what is wrong with it is said wherever the command runs.
        let store = try options.open(today: today)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure(Phrase("cli.dashboardNeedsTerminal"))
        }
        if let refusal = TerminalApp.terminalRefusal() { throw Failure(refusal) }
        // A save that finds another terminal writing waits a moment, then says so and tries again.
        (store as? SQLiteStore)?.waitForOtherWriters(upTo: 2)
        let session = DeskSession(store: store, today: today, language: Speech.language)
        if kiosk { session.enterKiosk(idleMinutes: try Kiosk.idleMinutes(store)) }
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        // Raw keys in a kiosk: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys that do nothing, not signals.
        let app = TerminalApp(session: session, options: .init(colors: !noColor, rawKeys: kiosk,
                                                              clock: Paths.clock(option: options.database.today)))
        let signal = app.run()
        if signal != 0 { throw ExitCode(128 + signal) }
    }
}
