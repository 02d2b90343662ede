import Foundation
import Testing

/// `p4p import outcomes` on the sample case-event file in Resources, into a fresh demo database.
@Suite struct ImportOutcomesCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/sample-court-events.csv").path

    /// Children and case numbers from the sample that must never be printed.
    static let secrets = ["J.M.", "A.M.", "Kai", "T.R.", "SEA", "KNT", "26-7-", "25-7-"]

    private func importSample(_ db: String, _ extra: [String] = []) throws -> Binary.Result {
        try Binary.run(["import", "outcomes", Self.sample, "--db", db, "--today", "2026-11-23"] + extra)
    }

    private func imports(in db: String) throws -> Int {
        let audit = try Binary.run(["audit", "--db", db])
        #expect(audit.status == 0, "\(audit.stderr)")
        return audit.stdout.split(separator: "\n").filter { $0.contains("\timported the court's case events (") }.count
    }

    @Test func theSampleImportsOnceWithRejectsByLineAndADryRunWritesNothing() throws {
        let (_, db) = try Binary.demo()
        let dry = try importSample(db, ["--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Dry run: nothing was written."), "\(dry.stdout)")
        #expect(try imports(in: db) == 0)

        let result = try importSample(db)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("15 rows."), "\(out)")
        #expect(out.contains("Added: 3 cases, 4 children, 11 moves."), "\(out)")
        #expect(out.contains("Removal dates filled: 3; cases dismissed: 1."), "\(out)")
        #expect(out.contains("Rejected: 3 rows, not imported:"), "\(out)")
        #expect(out.contains("line 14: a placement change needs its placement"), "\(out)")
        #expect(out.contains("line 15: bad date \"11/31/2026\""), "\(out)")
        #expect(out.contains("line 16: event is not one the import knows"), "\(out)")
        for secret in Self.secrets { #expect(!out.contains(secret), "\(secret) printed") }
        #expect(try imports(in: db) == 1)

        let again = try importSample(db)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Added: 0 cases, 0 children, 0 moves."), "\(again.stdout)")
        #expect(again.stdout.contains("Already on file, left alone: 11 moves; dismissals of cases with an outcome: 1."), "\(again.stdout)")
        #expect(again.stdout.contains("Nothing new: nothing was written."))
        #expect(try imports(in: db) == 1)
    }

    @Test func anAllyIsRefusedAndNothingChanges() throws {
        let (_, db) = try Binary.demo()
        let result = try importSample(db, ["--as", "Rosa Delgado"])
        #expect(result.status != 0, "\(result.stdout)")
        #expect(result.stderr.contains("supervisor"), "\(result.stderr)")
        #expect(try imports(in: db) == 0)
    }
}
