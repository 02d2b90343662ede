import Foundation
import Testing

/// `p4p screen` in a script: a save its keys asked for and did not get makes the exit status
/// non-zero, with the screen still printed to say why.
@Suite struct ScreenExitTests {
    @Test func aRefusedSaveExitsNonZeroAndASavedOneZero() throws {
        let (_, db) = try Binary.demo(today: "2026-12-01")
        let base = ["screen", "--db", db, "--today", "2026-12-01", "--as", "Dana Brooks", "--size", "100x30"]
        let refused = try Binary.run(base + ["--keys", "3 s C-s"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("Not saved: Reason needs fixing"))
        #expect(refused.stderr.contains("A save was refused or failed; the screen above says why."))

        let saved = try Binary.run(base + ["--keys", "3 s Tab away C-s"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.contains("Follow-up snoozed"))

    }
}
