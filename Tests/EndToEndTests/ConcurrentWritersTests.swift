import Foundation
import Testing

/// Several terminals saving to one file at once wait for each other: no save is refused ("database
/// is locked" never reaches anyone) and none that was confirmed goes missing. `p4p bench writers`
/// prints the same figures for 8 processes × 100 saves.
@Suite struct ConcurrentWritersTests {
    let today = "2026-11-23"

    @Test func eightProcessesOpeningAndSavingAtOnceAllSucceed() throws {
        let (_, db) = try Binary.demo(today: today)
        let result = try Binary.run(["bench", "writers", "--db", db, "--today", today, "--processes", "8", "--saves", "25"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("failures      0 of 200 saves"), "\(result.stdout)")
        #expect(result.stdout.contains("lost writes   0 "), "\(result.stdout)")
        #expect(result.stdout.contains("integrity     ok"), "\(result.stdout)")
    }

    @Test func theMeasurementWritesOnlyToADemoDatabase() throws {
        let dir = try Binary.temporaryDirectory()
        let db = dir.appendingPathComponent("program.sqlite").path
        #expect(try Binary.run(["init", "--db", db]).status == 0)
        let result = try Binary.run(["bench", "writers", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a demo database"), "\(result.stderr)")
        // Nothing was saved: every save leaves an entry in the audit log.
        let audit = try Binary.run(["audit", "--db", db])
        #expect(audit.status == 0 && audit.stdout.isEmpty, "\(audit.stdout)\(audit.stderr)")
    }
}
