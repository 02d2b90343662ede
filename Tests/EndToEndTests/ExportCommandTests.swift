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
}
