import Foundation
import Testing

/// `p4p user`: the real binary on a real file. PINs come in on standard input, as a script
/// would give them, and never come back out.
@Suite struct UserCommandTests {
    func emptyDatabase() throws -> String {
        let db = try Binary.temporaryDirectory().appendingPathComponent("users.sqlite").path
        #expect(try Binary.run(["init", "--db", db]).status == 0)
        return db
    }

    @Test func addListPinAndDeactivate() throws {
        let db = try emptyDatabase()
        let added = try Binary.run(["user", "add", "Rosa Delgado", "--role", "ally", "--pin-stdin", "--db", db], input: "246810\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try Binary.run(["user", "add", "Pat Moore", "--role", "supervisor", "--pin-stdin", "--db", db],
                               input: "97531024\n").status == 0)
        let list = try Binary.run(["user", "list", "--db", db])
        #expect(list.stdout == "Pat Moore\tsupervisor\tactive\tdefault\nRosa Delgado\tally\tactive\tdefault\n")

        #expect(try Binary.run(["user", "pin", "Rosa Delgado", "--pin-stdin", "--db", db], input: "135791\n").status == 0)
        #expect(try Binary.run(["user", "deactivate", "Rosa Delgado", "--db", db]).status == 0)
        #expect(try Binary.run(["user", "list", "--db", db]).stdout.contains("Rosa Delgado\tally\tdeactivated"))

        let everything = try Binary.run(["user", "list", "--db", db]).stdout + added.stdout + added.stderr
        #expect(!everything.contains("246810") && !everything.contains("135791"))
    }

    @Test func aUsersLanguageIsSetListedAndAudited() throws {
        let db = try emptyDatabase()
        for (name, role) in [("Rosa Delgado", "ally"), ("Pat Moore", "supervisor")] {
            #expect(try Binary.run(["user", "add", name, "--role", role, "--pin-stdin", "--db", db], input: "246810\n").status == 0)
        }
        // The file's owner (an admin's account) sets anyone's; the list shows it.
        let set = try Binary.run(["user", "language", "Rosa Delgado", "es", "--db", db])
        #expect(set.status == 0 && set.stdout == "Rosa Delgado now reads the desk in Español.\n", "\(set.stdout)\(set.stderr)")
        #expect(try Binary.run(["user", "list", "--db", db]).stdout.contains("Rosa Delgado\tally\tactive\tEspañol\n"))

        // A user changes their own, never someone else's.
        let own = try Binary.run(["user", "language", "Rosa Delgado", "default", "--db", db, "--as", "Rosa Delgado"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(try Binary.run(["user", "list", "--db", db]).stdout.contains("Rosa Delgado\tally\tactive\tdefault\n"))
        let other = try Binary.run(["user", "language", "Pat Moore", "es", "--db", db, "--as", "Rosa Delgado"])
        #expect(other.status != 0 && other.stderr.contains("Only an admin manages users and settings"), "\(other.stderr)")
        #expect(try Binary.run(["user", "list", "--db", db]).stdout.contains("Pat Moore\tsupervisor\tactive\tdefault\n"))

        // A language the desk does not speak changes nothing, and says what it takes.
        let french = try Binary.run(["user", "language", "Pat Moore", "fr", "--db", db])
        #expect(french.status != 0 && french.stderr.contains("\"fr\" is not a language here; give en, es or default"))

        // Each change is in the audit log, told in the reader's language.
        let log = try Binary.run(["audit", "--db", db]).stdout
        #expect(log.contains("\tset the language of Rosa Delgado to Español\n"), "\(log)")
        #expect(log.contains("Rosa Delgado\tset the language of Rosa Delgado to the computer's\n"), "\(log)")
        let spanish = try Binary.run(["audit", "--db", db], environment: ["P4P_LANG": "es"]).stdout
        #expect(spanish.contains("\tcambió el idioma de Rosa Delgado a Español\n"), "\(spanish)")
        #expect(spanish.contains("(cuenta del equipo)\tagregó al usuario Pat Moore (supervisor/a)\n"), "\(spanish)")

        // The list in Spanish: role, status and language in Spanish words.
        let listed = try Binary.run(["user", "list", "--db", db], environment: ["P4P_LANG": "es"]).stdout
        #expect(listed == "Pat Moore\tsupervisor/a\tactivo\tpredeterminado\nRosa Delgado\taliado/a\tactivo\tpredeterminado\n")
    }

    @Test func badInputIsOneLineAndChangesNothing() throws {
        let db = try emptyDatabase()
        let short = try Binary.run(["user", "add", "Sam", "--role", "ally", "--pin-stdin", "--db", db], input: "123\n")
        #expect(short.status != 0 && short.stderr.contains("A PIN needs at least 6 digits"))
        let noTerminal = try Binary.run(["user", "add", "Sam", "--role", "ally", "--db", db])
        #expect(noTerminal.status != 0 && noTerminal.stderr.contains("--pin-stdin"))
        let unknown = try Binary.run(["user", "pin", "Nobody", "--pin-stdin", "--db", db], input: "246810\n")
        #expect(unknown.status != 0 && unknown.stderr.contains("No user named Nobody"))
        #expect(try Binary.run(["user", "list", "--db", db]).stdout.isEmpty)
    }
}

/// `p4p audit`, `--as` and the file's permissions, on the real binary.
@Suite struct AuditCommandTests {
    @Test func scriptsActAsUsersWithinTheirRoleAndTheLogSaysSo() throws {
        let db = try Binary.temporaryDirectory().appendingPathComponent("audit.sqlite").path
        #expect(try Binary.run(["demo", "--db", db, "--today", "2026-11-23"]).status == 0)
        let refused = try Binary.run(["setting", "set", "kiosk.idle-minutes", "5", "--db", db, "--as", "Dana Brooks"])
        #expect(refused.status != 0 && refused.stderr.contains("Only an admin manages users and settings"))
        #expect(try Binary.run(["setting", "set", "kiosk.idle-minutes", "5", "--db", db, "--as", "Sam Rivera"]).status == 0)

        let log = try Binary.run(["audit", "--db", db, "--user", "Sam Rivera"])
        #expect(log.status == 0)
        let fields = try #require(log.stdout.split(separator: "\n").first).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 3 && fields[1] == "Sam Rivera" && fields[2] == "changed the setting kiosk.idle-minutes")
        let everything = try Binary.run(["audit", "--db", db]).stdout
        #expect(everything.contains("(computer account)\tacted as Sam Rivera without a PIN"))
        let ally = try Binary.run(["audit", "--db", db, "--as", "Rosa Delgado"])
        #expect(ally.status != 0 && ally.stderr.contains("Only a supervisor reads the audit log"))
    }

    @Test func aFileOthersCanReadIsWarnedAboutAndNarrowed() throws {
        let db = try Binary.temporaryDirectory().appendingPathComponent("open.sqlite").path
        #expect(try Binary.run(["init", "--db", db]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
        let result = try Binary.run(["audit", "--db", db])
        #expect(result.status == 0 && result.stderr.contains("other users could read"))
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int == 0o600)
    }
}
