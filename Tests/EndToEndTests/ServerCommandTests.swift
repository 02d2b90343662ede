import Foundation
import P4PPostgres
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
        // The copy is vacuumed and analyzed before the command ends, not by autovacuum later.
        #expect(moved.stdout.contains("vacuumed and analyzed the copy"))
        let admin = try ServerConnection.connect(to: try ServerAddress(address), passwords: server.passwords)
        defer { admin.close() }
        let unsettled = try admin.rows("""
            SELECT relname FROM pg_stat_user_tables
            WHERE relname IN ('parents', 'hearings', 'follow_ups', 'contacts', 'audit_log') AND (last_vacuum IS NULL OR last_analyze IS NULL)
            """, [])
        #expect(unsettled.isEmpty, "\(unsettled)")

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

    /// `p4p bench` measures a server's demo beside its file, every action on both, each with its
    /// engine's goal: a save shown within 20 ms from a file, within 50 from a server.
    @Test func benchMeasuresAServerBesideItsFile() throws {
        let (_, file) = try Binary.demo()
        let address = try emptyDatabase()
        #expect(try p4p(["migrate", "--from", file, "--to", address]).status == 0)
        let bench = try p4p(["bench", "--db", file, "--compare", address, "--today", "2026-11-23", "--runs", "1", "--rounds", "1"])
        #expect(bench.status == 0, "\(bench.stderr)")
        let lines = bench.stdout.split(separator: "\n").map(String.init)
        for row in ["first frame, whole process", "page (PgDn PgUp Home End)", "filter, per character", "day (] [ t)",
                    "save contact, shown", "save assignment, shown", "peak memory, PIN sign-in"] {
            let line = lines.first { $0.hasPrefix(row) }
            #expect(line != nil && line?.contains("skipped") == false, "\(row):\n\(bench.stdout)")
        }
        #expect(lines.first { $0.hasPrefix("save contact, shown") }?.contains("≤ 20 / ≤ 50 ms") == true, "\(bench.stdout)")
        #expect(lines.first { $0.hasPrefix("save assignment, shown") }?.contains("— / ≤ 50 ms") == true, "\(bench.stdout)")
        #expect(lines.first { $0.hasPrefix("page (PgDn PgUp Home End)") }?.contains(" ≤ 5 ms") == true, "\(bench.stdout)")
    }

    @Test func whatOnlyAFileDoesIsRefusedInWordsForAServer() throws {
        let address = try emptyDatabase()
        #expect(try p4p(["init", "--db", address]).status == 0)
        let export = try p4p(["export", "parents", "--db", address])
        #expect(export.status != 0)
        #expect(export.stderr.contains("works on a database file, not on a server"))
    }
}
