import ArgumentParser
import Foundation
import P4PStore

@main
struct P4P: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "p4p",
        abstract: "P4P Desk: the hearing docket, unassigned parents and overdue follow-ups of a parent peer-mentoring program, side by side.",
        discussion: """
            Run with no subcommand to open the dashboard. The database is --db, else $P4P_DB, \
            else $XDG_DATA_HOME/p4p/p4p.sqlite. "Today" is --today, else $P4P_TODAY, else the clock. \
            Inside the dashboard, ? or F1 lists every key; `p4p keys` prints the same table.
            """,
        subcommands: [Dashboard.self, Init.self, Demo.self, Screen.self, Keys.self, Bench.self, UserCommand.self, AllyCommand.self, Policy.self, Timeline.self, SettingCommand.self, AuditCommand.self, ExportCommand.self, BackupCommand.self, RestoreCommand.self, ReportCommand.self, ImportCommand.self, TrainingCommand.self, PurgeCommand.self, Migrate.self, OrganizationCommand.self],
        defaultSubcommand: Dashboard.self)

    static func main() {
        // Dependency records are confidential: every file this process creates is owner-only.
        umask(0o077)
        do {
            var command = try parseAsRoot()
            try command.run()
            // Checkpointed and closed, so a copy of the file alone holds everything.
            SQLiteStore.closeAll()
        } catch {
            SQLiteStore.closeAll()
            exitCleanly(withError: error)
        }
    }

    /// ArgumentParser's own way out, with control characters taken out of what it prints: an
    /// argument or a stored name in a message may carry an escape sequence.
    static func exitCleanly(withError error: Error) -> Never {
        let code = exitCode(for: error)
        let message = String(fullMessage(for: error).filter { $0 == "\n" || $0 == "\t" || !$0.isControlLike })
        if !message.isEmpty {
            if code == .success { print(message) } else { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        }
        Foundation.exit(code.rawValue)
    }
}
