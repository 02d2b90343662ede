import Foundation
import Testing

/// `p4p backup --encrypt` and `p4p restore` on the real binary, as a script would use them.
@Suite struct BackupRestoreCommandTests {
    static let passphrase = "correct horse battery staple\n"

    @Test func anEncryptedBackupRestoresAndAWrongPassphraseWritesNothing() throws {
        let (dir, db) = try Binary.demo()
        let sealed = dir.appendingPathComponent("offsite/monday.p4pbackup").path
        let made = try Binary.run(["backup", sealed, "--encrypt", "--passphrase-stdin", "--db", db], input: Self.passphrase)
        #expect(made.status == 0 && made.stdout.contains("encrypted"), "\(made.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: sealed)[.posixPermissions] as? Int == 0o600)
        #expect(!(try Data(contentsOf: URL(fileURLWithPath: sealed))).starts(with: Data("SQLite format 3".utf8)))

        let restored = dir.appendingPathComponent("restored.sqlite").path
        let wrong = try Binary.run(["restore", sealed, restored, "--passphrase-stdin"], input: "not the passphrase\n")
        #expect(wrong.status != 0 && wrong.stdout.isEmpty)
        #expect(wrong.stderr == "Error: Cannot read \(sealed): the passphrase does not open it (or its header was changed); nothing was written.\n")
        #expect(!FileManager.default.fileExists(atPath: restored))

        let right = try Binary.run(["restore", sealed, restored, "--passphrase-stdin"], input: Self.passphrase)
        #expect(right.status == 0 && right.stdout.contains("Restored"), "\(right.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: restored)[.posixPermissions] as? Int == 0o600)
        let shown = try Binary.run(["screen", "--db", restored, "--today", "2026-11-23", "--as", "Dana Brooks"])
        #expect(shown.status == 0 && shown.stdout.contains("Docket (") && !shown.stdout.contains("Docket (0)"), "\(shown.stderr)")

        let again = try Binary.run(["restore", sealed, restored, "--passphrase-stdin"], input: Self.passphrase)
        #expect(again.status != 0 && again.stderr.contains("already exists"), "a restore never overwrites a file")
        let log = try Binary.run(["audit", "--db", db]).stdout
        #expect(log.contains("\tmade a backup, monday.p4pbackup, encrypted"), "\(log)")
    }

    @Test func aChangedBackupIsRefusedAndAPlainOneRestores() throws {
        let (dir, db) = try Binary.demo()
        let sealed = dir.appendingPathComponent("b.p4pbackup").path
        #expect(try Binary.run(["backup", sealed, "--encrypt", "--passphrase-stdin", "--db", db], input: Self.passphrase).status == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: sealed))
        bytes[bytes.count / 2] ^= 0x40
        try bytes.write(to: URL(fileURLWithPath: sealed))
        let restored = dir.appendingPathComponent("r.sqlite").path
        let changed = try Binary.run(["restore", sealed, restored, "--passphrase-stdin"], input: Self.passphrase)
        #expect(changed.status != 0 && changed.stderr.split(separator: "\n").count == 1)
        #expect(changed.stderr.contains("changed, damaged or cut short") && !FileManager.default.fileExists(atPath: restored))

        let plain = dir.appendingPathComponent("plain.sqlite").path
        #expect(try Binary.run(["backup", plain, "--db", db]).status == 0)
        let restoredPlain = try Binary.run(["restore", plain, restored])
        #expect(restoredPlain.status == 0, "\(restoredPlain.stderr)")
        #expect(try Binary.run(["user", "list", "--db", restored]).stdout.contains("Dana Brooks"))
    }

    @Test func aShortPassphraseOrNoTerminalIsRefusedBeforeAnythingIsWritten() throws {
        let (dir, db) = try Binary.demo()
        let sealed = dir.appendingPathComponent("b.p4pbackup").path
        let short = try Binary.run(["backup", sealed, "--encrypt", "--passphrase-stdin", "--db", db], input: "short\n")
        #expect(short.status != 0 && short.stderr.contains("at least 12 characters"))
        let asked = try Binary.run(["backup", sealed, "--encrypt", "--db", db], input: "")
        #expect(asked.status != 0 && asked.stderr.contains("pipe it in with --passphrase-stdin"), "\(asked.stderr)")
        let stray = try Binary.run(["backup", sealed, "--passphrase-stdin", "--db", db], input: Self.passphrase)
        #expect(stray.status != 0 && stray.stderr.contains("--passphrase-stdin goes with --encrypt"))
        #expect(!FileManager.default.fileExists(atPath: sealed))
    }
}
