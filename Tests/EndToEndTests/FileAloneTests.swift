import Foundation
import Testing

/// Once p4p has ended, the database file alone holds every save: a copy of it without its -wal
/// and -shm (what a person copying the file to a stick, or a backup script, takes) is the whole
/// program. A process that ends without closing its connections leaves -wal and -shm behind, so
/// their absence also shows that the command closed the file on its way out.
@Suite struct FileAloneTests {
    let today = "2026-11-23"

    private func companions(of db: String) -> [String] {
        ["-wal", "-shm"].filter { FileManager.default.fileExists(atPath: db + $0) }
    }

    /// The main file alone, copied into a folder of its own.
    private func copyAlone(_ db: String) throws -> String {
        let copy = try Binary.temporaryDirectory().appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        return copy
    }

    @Test func afterTheDemoTheFileAloneHoldsEveryone() throws {
        let (_, db) = try Binary.demo(today: today)
        #expect(companions(of: db) == [])
        let users = try Binary.run(["user", "list", "--db", try copyAlone(db)])
        #expect(users.status == 0, "\(users.stderr)")
        #expect(users.stdout.contains("Dana Brooks\tsupervisor\tactive"))
        #expect(users.stdout.contains("Sam Rivera\tadmin\tactive"))
    }

    @Test func afterScreenSavesTheFileAloneHoldsThem() throws {
        let (_, db) = try Binary.demo(today: today)
        let saved = try Binary.run(["screen", "--db", db, "--today", today, "--as", "Dana Brooks",
                                    "--keys", "3 c Left Space a Space message C-s"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.contains("Contact logged"))
        #expect(companions(of: db) == [])
        let audit = try Binary.run(["audit", "--db", try copyAlone(db), "--limit", "1"])
        #expect(audit.stdout.contains("\tDana Brooks\tlogged a contact with "), "\(audit.stdout)")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func afterTheDashboardSavesAndQuitsTheFileAloneHoldsThem() throws {
        let (_, db) = try Binary.demo(today: today)
        let tmux = try Tmux(command: "env LANG=C.UTF-8 TERM=xterm-256color \(Binary.url.path) --db \(db) --today \(today); echo EXITED $?; sleep 30",
                            columns: 120, rows: 40)
        try tmux.waitFor("Sign in")
        try tmux.signIn(name: "Dana", pin: "246810")
        try tmux.waitFor("Docket (", timeout: 20)
        try tmux.send("3", "c")
        try tmux.waitFor("Contact with")
        try tmux.send("-l", "Left a message")
        try tmux.send("C-s")
        try tmux.waitFor("Contact logged")
        try tmux.send("F10")
        try tmux.waitFor("EXITED 0")
        #expect(companions(of: db) == [])
        let audit = try Binary.run(["audit", "--db", try copyAlone(db), "--limit", "1"])
        #expect(audit.stdout.contains("\tDana Brooks\tlogged a contact with "), "\(audit.stdout)")
    }

    @Test func everyCommandClosesTheFileOnItsWayOutErrorsIncluded() throws {
        let (dir, db) = try Binary.demo(today: today)
        let existing = dir.appendingPathComponent("already.csv").path
        #expect(FileManager.default.createFile(atPath: existing, contents: Data("x\n".utf8)))
        let commands: [(arguments: [String], input: String?, succeeds: Bool)] = [
            (["user", "list"], nil, true),
            (["user", "add", "Dana Brooks", "--role", "ally", "--pin-stdin"], "135790\n", false),
            (["user", "deactivate", "Nobody Here"], nil, false),
            (["setting", "show"], nil, true),
            (["setting", "set", "kiosk.idle-minutes", "zero"], nil, false),
            (["setting", "set", "kiosk.idle-minutes", "5"], nil, true),
            (["policy", "show"], nil, true),
            (["audit", "--limit", "1"], nil, true),
            (["report", "morning", "--today", today], nil, true),
            (["report", "monthly", "--month", "2026-11"], nil, true),
            (["export", "parents", "--deidentify", "--out", dir.appendingPathComponent("parents.csv").path], nil, true),
            (["export", "parents", "--out", existing], nil, false),
            (["import", "docket", dir.appendingPathComponent("none.csv").path], nil, false),
            (["backup", dir.appendingPathComponent("backup.sqlite").path], nil, true),
            (["screen", "--today", today, "--as", "Nobody"], nil, false),
            (["screen", "--today", today, "--as", "Dana Brooks", "--keys", "2 a Enter C-s"], nil, true),
            ([], nil, false),  // the dashboard, with no terminal to draw on
            (["bench", "--runs", "1", "--today", today], nil, true),
        ]
        for command in commands {
            let result = try Binary.run(command.arguments + ["--db", db], input: command.input)
            #expect((result.status == 0) == command.succeeds, "\(command.arguments): \(result.stderr)")
            #expect(companions(of: db) == [], "\(command.arguments) left the file open")
        }
        let backup = dir.appendingPathComponent("backup.sqlite").path
        #expect(companions(of: backup) == [])
        // Every save those commands made is in the main file alone.
        let audit = try Binary.run(["audit", "--db", try copyAlone(db), "--limit", "100"])
        for sentence in ["\tassigned ", "\tmade a backup, ", "\tchanged the setting "] {
            #expect(audit.stdout.contains(sentence), "\(sentence): \(audit.stdout)")
        }
    }
}
