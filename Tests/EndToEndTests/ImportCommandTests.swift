import Foundation
import Testing

/// `p4p import docket` on the sample calendar in Resources, into a fresh demo database.
@Suite struct ImportCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/sample-court-calendar.csv").path

    /// Names and case numbers from the sample that must never be printed.
    static let secrets = ["Nguyễn", "Whitfield", "García", "Johnson", "Carter", "SEA", "26-7-", "25-7-"]

    private func demo() throws -> (dir: URL, db: String) { try Binary.demo() }

    private func importSample(_ db: String, _ extra: [String] = []) throws -> Binary.Result {
        try Binary.run(["import", "docket", Self.sample, "--db", db, "--today", "2026-11-23"] + extra)
    }

    private func imports(in db: String) throws -> Int {
        let audit = try Binary.run(["audit", "--db", db])
        #expect(audit.status == 0, "\(audit.stderr)")
        return audit.stdout.split(separator: "\n").filter { $0.contains("\timported the court calendar (") }.count
    }

    @Test func theSampleImportsIntoTheDemoWithASummary() throws {
        let (_, db) = try demo()
        let result = try importSample(db)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("43 rows, 2026-11-23 to 2026-11-25."), "\(out)")
        #expect(out.contains("Added: 10 cases, 16 parents, 10 hearings."))
        #expect(out.contains("Not parents, skipped: 26 rows (child 12, attorney 7, social worker 3, GAL 2, CASA 1, tribe 1)."))
        #expect(out.contains("Duplicates, imported once: line 27 (same as line 26)."))
        #expect(out.contains("Unknown hearing types, imported as Other: \"Motion Hearing\" (lines 38, 39)."))
        #expect(out.contains("Saved in one transaction"))
        for secret in Self.secrets { #expect(!out.contains(secret), "\(secret) printed") }
        #expect(try imports(in: db) == 1)
        // The imported shelter care hearings are on the day's docket beside the demo's.
        let screen = try Binary.run(["screen", "--db", db, "--today", "2026-11-23", "--as", "Dana Brooks",
                                     "--size", "150x50", "--keys", "/ SEA Enter"])
        #expect(screen.status == 0, "\(screen.stderr)")
        #expect(screen.stdout.contains("Whitfield") && screen.stdout.contains("Begay"), "\(screen.stdout)")
    }

    @Test func aDryRunPrintsTheSummaryAndWritesNothing() throws {
        let (_, db) = try demo()
        let dry = try importSample(db, ["--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Added: 10 cases, 16 parents, 10 hearings."))
        #expect(dry.stdout.contains("Dry run: nothing was written."))
        #expect(try imports(in: db) == 0)
        let real = try importSample(db)
        #expect(real.stdout.contains("Added: 10 cases, 16 parents, 10 hearings."), "the dry run left nothing behind")
    }

    @Test func importingAgainSaysNothingNew() throws {
        let (_, db) = try demo()
        _ = try importSample(db)
        let again = try importSample(db)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Added: 0 cases, 0 parents, 0 hearings."), "\(again.stdout)")
        #expect(again.stdout.contains("Updated: 0 hearings."))
        #expect(again.stdout.contains("Left alone, already on file: 10 hearings, 16 parents."))
        #expect(again.stdout.contains("Nothing new: nothing was written."))
        #expect(try imports(in: db) == 1)
    }

    @Test func aFileThatIsNotACalendarIsRefusedWhole() throws {
        let (dir, db) = try demo()
        let path = dir.appendingPathComponent("contacts.csv").path
        try "Name,Phone,Date\n\"Ruiz, Ana\",555-0100,2026-11-23\n".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try Binary.run(["import", "docket", path, "--db", db])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(path) && refused.stderr.contains("no column for case number, hearing type, party role"),
                "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1 && refused.stdout.isEmpty)
        #expect(!refused.stderr.contains("Ruiz"))
        #expect(try imports(in: db) == 0)
    }

    @Test func aProgramAliasTeachesTheImportAHearingName() throws {
        let (_, db) = try demo()
        let taught = try Binary.run(["import", "alias", "Motion Hearing", "review", "--db", db])
        #expect(taught.status == 0 && taught.stdout.contains("\"motion hearing\" now imports as review."), "\(taught.stderr)")
        let listed = try Binary.run(["import", "aliases", "--db", db])
        #expect(listed.stdout.contains("motion hearing\treview\tprogram") && listed.stdout.contains("tpr\ttermination\tbuilt-in"))
        #expect(!(try importSample(db)).stdout.contains("Unknown hearing types"))
        let wrong = try Binary.run(["import", "alias", "Motion Hearing", "motion", "--db", db])
        #expect(wrong.status != 0 && wrong.stderr.contains("no type motion"))
    }

    @Test func aQuoteNeverClosedRejectsItsLineAndTheNextRowStillComesIn() throws {
        let (dir, db) = try demo()
        let path = dir.appendingPathComponent("calendar.csv").path
        try """
            Hearing Date,Time,Dept,Case No.,Event,Party Name,Party Type
            11/23/2026,9:00 AM,Dept 1,26-7-99991-1 SEA,Review,"Ruiz, Ana,Mother
            11/23/2026,9:30 AM,Dept 1,26-7-99992-1 SEA,Review,"Lee, Bo",Father

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["import", "docket", path, "--db", db, "--today", "2026-11-23"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Added: 1 case, 1 parent, 1 hearing."), "\(result.stdout)")
        #expect(result.stdout.contains("Rejected: 1 row, not imported:\n  line 2: a quote is not closed"), "\(result.stdout)")
        #expect(!result.stdout.contains("Ruiz") && !result.stdout.contains("Lee"))

        // In Spanish, the same file: its line and what is wrong, in the reader's words.
        let spanish = try Binary.run(["import", "docket", path, "--db", db, "--today", "2026-11-23", "--dry-run"],
                                     environment: ["P4P_LANG": "es"])
        #expect(spanish.stdout.contains("Rechazadas: 1 fila, no importadas:\n  línea 2: hay comillas sin cerrar"), "\(spanish.stdout)")
        #expect(spanish.stdout.contains("Sin cambios, ya registrados: 1 audiencia, 1 madre o padre."), "\(spanish.stdout)")
        let missing = try Binary.run(["import", "docket", path + ".gone", "--db", db], environment: ["P4P_LANG": "es"])
        #expect(missing.status != 0 && missing.stderr.contains("calendar.csv.gone: no existe ese archivo; no se cambió nada."))
    }
}
