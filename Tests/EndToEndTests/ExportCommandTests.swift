import Foundation
import Testing

/// `p4p export` and `p4p backup` on the real binary.
@Suite struct ExportCommandTests {
    @Test func exportsCSVToAFileAndBacksUp() throws {
        let dir = try Binary.temporaryDirectory()
        let db = dir.appendingPathComponent("demo.sqlite").path
        #expect(try Binary.run(["demo", "--db", db, "--today", "2026-11-23"]).status == 0)

        let out = dir.appendingPathComponent("parents.csv").path
        let written = try Binary.run(["export", "parents", "--deidentify", "--out", out, "--db", db])
        #expect(written.status == 0, "\(written.stderr)")
        let csv = try String(contentsOfFile: out, encoding: .utf8)
        #expect(csv.hasPrefix("parent,language,interpreter_needed,county,status,ally_id,ally_since,waiting_since\nP-"))
        #expect(csv.hasSuffix("\n") && written.stdout.hasPrefix("Wrote "))
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o600)
        let again = try Binary.run(["export", "parents", "--out", out, "--db", db])
        #expect(again.status != 0 && again.stderr.contains("already exists"), "an export never overwrites a file")

        let bad = try Binary.run(["export", "secrets", "--db", db])
        #expect(bad.status != 0 && bad.stderr.contains("secrets"))

        let backup = dir.appendingPathComponent("copy.sqlite").path
        #expect(try Binary.run(["backup", backup, "--db", db]).status == 0)
        let shown = try Binary.run(["screen", "--db", backup, "--today", "2026-11-23", "--as", "Dana Brooks"])
        #expect(shown.status == 0 && shown.stdout.contains("Docket (") && !shown.stdout.contains("Docket (0)"))

        let log = try Binary.run(["audit", "--db", db]).stdout
        #expect(log.contains("\texported parents, de-identified: ") && log.contains("\tmade a backup, copy.sqlite"), "\(log)")
    }

    /// What a state office is sent: every de-identified table in a new folder, audited table by table.
    @Test func exportsEveryDeidentifiedTableIntoANewFolder() throws {
        let (dir, db) = try Binary.demo()
        let folder = dir.appendingPathComponent("for-the-state").path
        let refused = try Binary.run(["export", "all", "--out", folder, "--db", db])
        #expect(refused.status != 0 && refused.stderr.contains("--deidentify"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder))

        let written = try Binary.run(["export", "all", "--deidentify", "--out", folder, "--db", db])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.hasPrefix("Wrote 12 de-identified tables ("), "\(written.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 13 && files.contains("README.txt") && files.contains("hearing-attendance.csv"))
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        let placements = try String(contentsOfFile: folder + "/placements.csv", encoding: .utf8)
        #expect(placements.hasPrefix("child,case,county,move,date,source\nK-"), "\(placements.prefix(200))")
        #expect(placements.firstMatch(of: #/\d{4}-\d{2}-\d{2}/#) == nil, "months, not days")

        let again = try Binary.run(["export", "all", "--deidentify", "--out", folder, "--db", db])
        #expect(again.status != 0 && again.stderr.contains("already exists"))
        let log = try Binary.run(["audit", "--db", db]).stdout
        #expect(log.contains("\texported placements, de-identified: ") && log.contains("\texported parent-cases, de-identified: "),
                "\(log.prefix(2000))")
    }

    /// The issue's repro: a calendar whose courtroom is a formula, imported, then exported.
    @Test func aFormulaFromTheCourtCalendarIsExportedAsText() throws {
        let (dir, db) = try Binary.demo()
        let calendar = dir.appendingPathComponent("calendar.csv").path
        try """
            Hearing Date,Time,Dept,Case No.,Event,Party Name,Party Type
            11/23/2026,9:00 AM,"=HYPERLINK(""http://evil.example"",""Dept 1"")",26-7-99999-1 SEA,Review,Ana Ruiz,Mother

            """.write(toFile: calendar, atomically: true, encoding: .utf8)
        let imported = try Binary.run(["import", "docket", calendar, "--db", db, "--today", "2026-11-23"])
        #expect(imported.status == 0 && imported.stdout.contains("Added: 1 case"), "\(imported.stdout)\(imported.stderr)")
        let exported = try Binary.run(["export", "hearings", "--db", db])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains(#","'=HYPERLINK(""http://evil.example"",""Dept 1"")","#), "\(exported.stdout.suffix(300))")
        #expect(!exported.stdout.contains(#","=HYPERLINK"#))
    }
}
