import Foundation
import P4PStore
import ServerTestSupport
import Testing

/// The `p4p` binary on a PostgreSQL server, as a courthouse moving up would use it: `migrate`
/// copies its file once (a second time is refused), and the dashboard on the server draws the
/// same screen as on the file, the password coming from the password file.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct ServerCommandTests {
    let server = ThrowawayServer.shared!

    /// A new, empty database on the server, by its address.
    func emptyDatabase() throws -> String {
        let connection = try server.freshDatabase()
        defer { connection.close() }
        return connection.address.description
    }

    func p4p(_ arguments: [String]) throws -> Binary.Result {
        try Binary.run(arguments, environment: ["PGPASSFILE": server.passwords.path])
    }

    @Test func aFileMovesUpOnceAndTheDashboardReadsTheServerAsItReadTheFile() throws {
        let (_, file) = try Binary.demo()
        let address = try emptyDatabase()
        let moved = try p4p(["migrate", "--from", file, "--to", address])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("audit entries whose chain verifies there"))

        let again = try p4p(["migrate", "--from", file, "--to", address])
        #expect(again.status == 1)
        #expect(again.stderr.contains("was already copied") && again.stderr.contains("a file goes in once"))

        let screen = ["screen", "--today", "2026-11-23", "--as", "Dana Brooks", "--size", "120x30"]
        let onFile = try p4p(screen + ["--db", file])
        let onServer = try p4p(screen + ["--db", address])
        #expect(onServer.status == 0, "\(onServer.stderr)")
        // Line for line the same, but for where the data lives in the status line.
        let fileName = (file as NSString).lastPathComponent
        let serverName = try ServerAddress(address).database + "@127.0.0.1"
        #expect(onServer.stdout == onFile.stdout.replacingOccurrences(of: fileName, with: serverName))
        #expect(onServer.stdout.contains("Unassigned (11)"))

        // A save through the server is there for the next terminal.
        let assigned = try p4p(["screen", "--db", address, "--today", "2026-11-23", "--as", "Dana Brooks", "--keys", "2 a C-s"])
        #expect(assigned.status == 0, "\(assigned.stdout)")
        #expect(try p4p(screen + ["--db", address]).stdout.contains("Unassigned (10)"))
    }

    @Test func whatOnlyAFileDoesIsRefusedInWordsForAServer() throws {
        let address = try emptyDatabase()
        #expect(try p4p(["init", "--db", address]).status == 0)
        let export = try p4p(["export", "parents", "--db", address])
        #expect(export.status != 0)
        #expect(export.stderr.contains("works on a database file, not on a server"))
    }
}
