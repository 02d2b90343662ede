import Foundation
import Testing

/// Bad input: one clear line on stderr, a non-zero exit, nothing written.
@Suite struct CommandLineTests {
    @Test func aMissingDatabaseNamesInitAndDemo() throws {
        let dir = try Binary.temporaryDirectory()
        let db = dir.appendingPathComponent("none.sqlite").path
        let result = try Binary.run(["screen", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("No database at \(db)"))
        #expect(result.stderr.contains("p4p init") && result.stderr.contains("p4p --demo"))
        #expect(!FileManager.default.fileExists(atPath: db), "nothing was created")
    }

    @Test func aFileThatIsNotADatabaseIsLeftAlone() throws {
        let dir = try Binary.temporaryDirectory()
        let path = dir.appendingPathComponent("notes.sqlite").path
        try "dear diary".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let result = try Binary.run(["screen", "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a SQLite database"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "dear diary")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.sqlite"])
    }

    @Test func badSizeAndKeyNamesAreRefused() throws {
        let size = try Binary.run(["screen", "--size", "big"])
        #expect(size.status != 0 && size.stderr.contains("--size: \"big\" is not a size"))
        let keys = try Binary.run(["screen", "--keys", "Down Pgdn"])
        #expect(keys.status != 0 && keys.stderr.contains("unknown key name \"Pgdn\" (token 2)"))
        let today = try Binary.run(["screen", "--today", "23/11/2026"])
        #expect(today.status != 0 && today.stderr.contains("--today: \"23/11/2026\" is not a date"))
    }

    @Test func initCreatesAnOwnerOnlyDatabaseOnceAndScreenShowsIt() throws {
        let dir = try Binary.temporaryDirectory()
        let db = dir.appendingPathComponent("sub/program.sqlite").path
        let made = try Binary.run(["init", "--db", db])
        #expect(made.status == 0, "\(made.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try Binary.run(["init", "--db", db])
        #expect(again.status != 0 && again.stderr.contains("already exists"))
        let screen = try Binary.run(["screen", "--db", db, "--today", "2026-11-23", "--size", "80x24"])
        #expect(screen.status == 0)
        #expect(screen.stdout.contains("Docket (0)") && screen.stdout.contains("No hearings on this day"))
    }

    @Test func demoIsRepeatable() throws {
        let dir = try Binary.temporaryDirectory()
        var screens: [String] = []
        for name in ["a.sqlite", "b.sqlite"] {
            let db = dir.appendingPathComponent(name).path
            let made = try Binary.run(["demo", "--db", db, "--today", "2026-11-23", "--seed", "7"])
            #expect(made.status == 0, "\(made.stderr)")
            let shown = try Binary.run(["screen", "--db", db, "--today", "2026-11-23", "--as", "Dana Brooks", "--keys", "Down Enter"])
            screens.append(shown.stdout.replacingOccurrences(of: name, with: "DB"))
        }
        #expect(screens[0] == screens[1])
    }

    @Test func theDemoFlagMakesTheDemoBesideTheDefaultDatabaseAndRemakesItNextDay() throws {
        let dir = try Binary.temporaryDirectory()
        let env = ["XDG_DATA_HOME": dir.path, "P4P_DB": ""]
        let first = try Binary.run(["screen", "--demo", "--today", "2026-11-23"], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("p4p-demo.sqlite"))
        let demo = dir.appendingPathComponent("p4p/p4p-demo.sqlite").path
        #expect(FileManager.default.fileExists(atPath: demo))
        let next = try Binary.run(["screen", "--demo", "--today", "2026-11-24", "--as", "Dana Brooks"], environment: env)
        #expect(next.status == 0)
        #expect(next.stdout.contains("Docket Tue 24 Nov 2026"))
        #expect(!next.stdout.contains("Docket (0)"), "remade around the new day")
    }

    @Test func keysCommandPrintsTheReadmeTable() throws {
        // The README's table is in English, whatever the language of the machine running the test.
        let keys = try Binary.run(["keys"], environment: ["P4P_LANG": "en"])
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        #expect(text.contains(keys.stdout.trimmingCharacters(in: .whitespacesAndNewlines)),
                "README's key table differs from `p4p keys`: paste its output into the README")
    }

    @Test func keysArePrintedInTheProcessLanguageWithTheSameKeyNames() throws {
        let spanish = try Binary.run(["keys"], environment: ["P4P_LANG": "es"])
        #expect(spanish.status == 0)
        #expect(spanish.stdout.hasPrefix("| Teclas | Acción | Dónde |"), "\(spanish.stdout.prefix(80))")
        #expect(spanish.stdout.contains("| `Esc` `q` | Cerrar la página y volver |"))
    }
}
