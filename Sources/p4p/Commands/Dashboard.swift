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

    func run() throws {
        let today = try options.resolvedToday()
        let store = try options.open(today: today)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure("The dashboard needs a terminal; for text output use `p4p screen`.")
        }
        let session = DeskSession(store: store, today: today)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let app = TerminalApp(session: session, options: .init(colors: !noColor, clock: Paths.clock(option: options.database.today)))
        let signal = app.run()
        if signal != 0 { throw ExitCode(128 + signal) }
    }
}
