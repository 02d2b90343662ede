import Foundation
import GRDB
import Testing

/// The audit log's chain, its words and what every command prints, on the real binary.
@Suite struct AuditTrustCommandTests {
    /// Changes the file as someone with sqlite3 could: the update trigger dropped and put back.
    func rewrite(_ db: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: db)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP TRIGGER audit_log_no_update;
                \(sql);
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        try queue.close()
    }

    @Test func verifyReportsTheFirstBrokenLinkAndReplaceIsRefused() throws {
        let (_, db) = try Binary.demo()
        let intact = try Binary.run(["audit", "--verify", "--db", db])
        #expect(intact.status == 0 && intact.stdout.hasPrefix("The audit log is intact: "), "\(intact.stdout)\(intact.stderr)")

        // The repro: REPLACE INTO over entry 1 used to rewrite it.
        let queue = try DatabaseQueue(path: db)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "REPLACE INTO audit_log(id, at, actor, action) VALUES (1, '2020-01-01', 'x', 'y')")
            }
        }
        try queue.close()

        try rewrite(db, "UPDATE audit_log SET detail = 'scale small, seed 2' WHERE id = 1")
        let broken = try Binary.run(["audit", "--verify", "--db", db])
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("The audit log is broken at entry 1 ("), "\(broken.stdout)")
    }

    @Test func aFileWhoseAuditTriggersAreGoneIsNotOpened() throws {
        let (_, db) = try Binary.demo()
        let queue = try DatabaseQueue(path: db)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "DROP TRIGGER audit_log_no_delete") }
        try queue.close()
        let refused = try Binary.run(["audit", "--db", db])
        #expect(refused.status != 0 && refused.stderr.contains("its audit log is no longer protected"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
    }

    @Test func theOperatingSystemAccountComesFromTheUidNotUSER() throws {
        let (_, db) = try Binary.demo()
        let me = try #require(getpwuid(getuid())).pointee.pw_name.map { String(cString: $0) } ?? ""
        #expect(try Binary.run(["setting", "set", "kiosk.idle-minutes", "7", "--db", db], environment: ["USER": "mallory"]).status == 0)
        let first = try Binary.run(["audit", "--db", db, "--limit", "1"]).stdout
        #expect(first.contains("\t\(me) (computer account)\tchanged the setting kiosk.idle-minutes"), "\(first)")
        #expect(!first.contains("mallory"))
    }

    @Test func nothingPrintedCarriesAnEscape() throws {
        let (_, db) = try Binary.demo()
        let escape = "\u{1B}]0;owned\u{07}\u{1B}[2J"
        // Names that reached the file by other means (an old version, a hand edit).
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: "UPDATE users SET name = ? WHERE name = 'Rosa Delgado'", arguments: ["Rosa\(escape) Delgado"])
            try db.execute(sql: "UPDATE parents SET name = name || ?", arguments: [escape])
            try db.execute(sql: "UPDATE allies SET name = name || ?", arguments: [escape])
        }
        try queue.close()
        // An entry that names a parent and an ally.
        let assigned = try Binary.run(["screen", "--db", db, "--today", "2026-11-23", "--as", "Dana Brooks", "--keys", "2 a Enter C-s"])
        #expect(assigned.status == 0)

        var printed: [Binary.Result] = []
        printed.append(try Binary.run(["user", "list", "--db", db]))
        printed.append(try Binary.run(["audit", "--db", db]))
        printed.append(assigned)
        printed.append(try Binary.run(["user", "add", "Eve\(escape)", "--role", "ally", "--pin-stdin", "--db", db], input: "246810\n"))
        printed.append(try Binary.run(["user", "pin", "Nobody\(escape)", "--pin-stdin", "--db", db], input: "246810\n"))
        printed.append(try Binary.run(["audit", "--since", "x\(escape)", "--db", db]))
        printed.append(try Binary.run(["audit", "--user", "Rosa\(escape) Delgado", "--db", db]))
        printed.append(try Binary.run(["nonsense\(escape)", "--db", db]))
        printed.append(try Binary.run(["import", "docket", "missing\(escape).csv", "--db", db, "--today", "2026-11-23"]))
        #expect(printed[0].stdout.contains("Rosa]0;owned[2J Delgado\tally"), "\(printed[0].stdout)")
        #expect(printed[3].stdout.contains("Added Eve]0;owned[2J"), "\(printed[3].stdout)")
        #expect(printed[1].stdout.contains("Dana Brooks\tassigned "), "\(printed[1].stdout)")
        #expect(printed[4].status != 0 && printed[5].status != 0 && printed[7].status != 0 && printed[8].status != 0)
        for (n, result) in printed.enumerated() {
            let text = result.stdout + result.stderr
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F },
                    "command \(n) printed a control character: \(text.debugDescription)")
        }
    }
}
