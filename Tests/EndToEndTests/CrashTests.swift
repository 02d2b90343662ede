import Foundation
import Testing
@testable import P4PDemo
@testable import P4PStore

/// A writer killed at any moment (SIGKILL: no cleanup, no closing) while another keeps writing
/// loses nothing it confirmed and leaves a sound file. The writers are the real binary
/// (`p4p bench writers --worker N --saves 0`), printing a line after each commit.
@Suite struct CrashTests {
    let today = "2026-11-23"

    @Test func writersKilledAtRandomMomentsLoseNoConfirmedSave() throws {
        let (_, db) = try Binary.demo(today: today)
        func writer(_ number: Int) throws -> ChildProcess.Running {
            try ChildProcess.start(Binary.url.path,
                                   ["bench", "writers", "--db", db, "--today", today, "--worker", "\(number)", "--saves", "0"],
                                   environment: ProcessInfo.processInfo.environment)
        }
        let hasSaved = { (output: String) in !ConfirmedSave.all(in: output).isEmpty }
        var random = DemoRandom(seed: 20261123)

        let steady = try writer(0)
        try steady.waitForOutput(until: hasSaved)
        var outputs: [ChildProcess.Output] = []
        for round in 1...60 {
            let victim = try writer(round)
            // Killed while it writes: after its first commit, then a random moment later (each
            // save takes a few milliseconds, so the kill lands anywhere in one).
            try victim.waitForOutput(until: hasSaved)
            usleep(UInt32(random.int(0...40_000)))
            let output = try victim.kill(SIGKILL)
            #expect(output.status == 128 + SIGKILL, "writer \(round) ended on its own: \(output.stderr)")
            outputs.append(output)
        }
        try steady.waitForOutput { ConfirmedSave.all(in: $0).count > 1 }
        outputs.append(try steady.kill(SIGKILL))

        let kills = outputs.filter { $0.status == 128 + SIGKILL }.count
        let confirmed = outputs.flatMap { ConfirmedSave.all(in: $0.stdout) }
        let failures = outputs.flatMap { $0.stdout.split(separator: "\n").filter { $0.hasPrefix("failed") } }
        #expect(kills >= 50)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(confirmed.count >= kills)

        // The file as the killed writers left it: opening it recovers the WAL.
        let store = try SQLiteStore.open(at: db)
        defer { store.close() }
        #expect(try store.integrityCheck() == "ok")
        let missing = try store.missing(confirmed)
        #expect(missing.isEmpty, "\(missing.count) of \(confirmed.count) confirmed saves are not in the file: \(missing.prefix(5).map(\.line))")
    }
}
