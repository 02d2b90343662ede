import Foundation
import GRDB
import Testing
import P4PDemo
@testable import P4PStore

/// Encrypted backups on real files: what goes in comes out; a wrong passphrase, a changed,
/// dropped, moved or added chunk, or a file cut short, is refused and nothing is written.
@Suite struct SealedBackupTests {
    let today = Day(iso: "2026-11-23")!
    static let passphrase = "correct horse battery"
    /// Small chunks, so a few kilobytes make several and every boundary is tried.
    static let chunk = 1024

    func demo() throws -> (StoreTestDirectory, SQLiteStore) {
        let directory = try StoreTestDirectory()
        let store = try SQLiteStore.create(at: directory.path("desk.sqlite"))
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 4, today: today))
        return (directory, store)
    }

    /// Seals `plain` with small chunks and the test parameters; returns the sealed bytes.
    func seal(_ plain: Data, in directory: StoreTestDirectory, passphrase: String = passphrase) throws -> Data {
        let input = directory.path("plain-\(UUID().uuidString)")
        let output = directory.path("sealed-\(UUID().uuidString)")
        try plain.write(to: URL(fileURLWithPath: input))
        let handle = try NewFile.ownerOnly(at: output)
        try SealedBackup.seal(try #require(FileHandle(forReadingAtPath: input)), to: handle, passphrase: passphrase,
                              parameters: .fastForTests, chunkSize: Self.chunk)
        try handle.close()
        return try Data(contentsOf: URL(fileURLWithPath: output))
    }

    func open(_ sealed: Data, in directory: StoreTestDirectory, passphrase: String = passphrase) throws -> Data {
        let path = directory.path("open-\(UUID().uuidString)")
        try sealed.write(to: URL(fileURLWithPath: path))
        var plain = Data()
        try SealedBackup.open(try #require(FileHandle(forReadingAtPath: path)), passphrase: passphrase) { plain.append($0) }
        return plain
    }

    @Test("what is sealed opens again, whatever its length against the chunk size")
    func roundTrip() throws {
        let directory = try StoreTestDirectory()
        for length in [0, 1, Self.chunk - 1, Self.chunk, Self.chunk + 1, 3 * Self.chunk, 3 * Self.chunk + 7] {
            let plain = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            let sealed = try seal(plain, in: directory)
            #expect(try open(sealed, in: directory) == plain, "\(length) bytes")
            #expect(sealed.count == 70 + plain.count + 16 * (plain.count / Self.chunk + 1), "header, data, a tag per chunk")
        }
        let plain = Data("the same bytes".utf8)
        #expect(try seal(plain, in: directory) != seal(plain, in: directory), "a fresh salt, so a fresh key, every time")
    }

    @Test("a wrong passphrase is told apart from a damaged file, before anything is decrypted")
    func wrongPassphrase() throws {
        let directory = try StoreTestDirectory()
        let sealed = try seal(Data(repeating: 7, count: 5000), in: directory)
        #expect(throws: SealedBackup.Failure.wrongPassphrase) { try open(sealed, in: directory, passphrase: "correct horse battery!") }
        var header = sealed
        header[20] ^= 0x01 // the salt
        #expect(throws: SealedBackup.Failure.wrongPassphrase) { try open(header, in: directory) }
        var version = sealed
        version[8] = 2
        #expect(throws: SealedBackup.Failure.newerVersion) { try open(version, in: directory) }
        var cost = sealed
        cost[9] = 40 // scrypt N = 2^40: refused before it is tried
        #expect(throws: SealedBackup.Failure.badHeader) { try open(cost, in: directory) }
    }

    @Test("a changed, dropped, repeated or swapped chunk, added bytes, or a file cut short: all refused")
    func tampering() throws {
        let directory = try StoreTestDirectory()
        let plain = Data((0..<(3 * Self.chunk + 100)).map { UInt8(truncatingIfNeeded: $0) })
        let sealed = try seal(plain, in: directory)
        let header = 70, box = Self.chunk + 16
        func chunk(_ i: Int) -> Data { sealed.subdata(in: header + i * box..<min(sealed.count, header + (i + 1) * box)) }
        let head = sealed.prefix(header)

        var flipped = sealed
        flipped[header + box + 10] ^= 0x80
        #expect(throws: SealedBackup.Failure.damaged) { try open(flipped, in: directory) }
        #expect(throws: SealedBackup.Failure.damaged, "swapped") { try open(head + chunk(1) + chunk(0) + chunk(2) + chunk(3), in: directory) }
        #expect(throws: SealedBackup.Failure.damaged, "dropped") { try open(head + chunk(0) + chunk(2) + chunk(3), in: directory) }
        #expect(throws: SealedBackup.Failure.damaged, "repeated") { try open(head + chunk(0) + chunk(0) + chunk(1) + chunk(2) + chunk(3), in: directory) }
        #expect(throws: SealedBackup.Failure.damaged, "added") { try open(sealed + Data([0]), in: directory) }
        #expect(throws: SealedBackup.Failure.cutShort, "cut at a chunk's end") { try open(head + chunk(0) + chunk(1), in: directory) }
        #expect(throws: SealedBackup.Failure.damaged, "cut inside a chunk") { try open(sealed.dropLast(5), in: directory) }
        #expect(throws: SealedBackup.Failure.cutShort, "cut in the header") { try open(sealed.prefix(50), in: directory) }
        #expect(try open(head + chunk(0) + chunk(1) + chunk(2) + chunk(3), in: directory) == plain, "the pieces, put back, open")
    }

    @Test("backup and restore: an encrypted backup of the database restores to a file that opens with the same docket")
    func backupAndRestore() throws {
        let (directory, store) = try demo()
        let sealed = directory.path("offsite/monday.p4pbackup")
        #expect(throws: StoreError.invalid(field: .passphrase, reason: Phrase("invalid.passphraseTooShort", ["count": .number(12)]))) {
            try store.backup(to: sealed, passphrase: "short", parameters: .fastForTests)
        }
        try store.backup(to: sealed, passphrase: Self.passphrase, parameters: .fastForTests)
        #expect(try FileManager.default.attributesOfItem(atPath: sealed)[.posixPermissions] as? Int == 0o600)
        #expect(try directory.listing() == ["desk.sqlite", "desk.sqlite-shm", "desk.sqlite-wal", "offsite"],
                "the plain copy it was made from is gone")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: sealed))
        let names = try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM parents") }
        #expect(!names.contains { bytes.range(of: Data($0.utf8)) != nil }, "no name readable in the file")
        #expect(try BackupRestore.kind(of: sealed) == .sealed)

        let restored = directory.path("restored/desk.sqlite")
        try BackupRestore.restore(from: sealed, to: restored, passphrase: Self.passphrase)
        #expect(try FileManager.default.attributesOfItem(atPath: restored)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("restored")) == ["desk.sqlite"])
        let page = PageRequest(offset: 0, limit: 100)
        let copy = try SQLiteStore.open(at: restored)
        #expect(try copy.docket(on: today, matching: nil, page: page).rows == store.docket(on: today, matching: nil, page: page).rows)
        let log = try store.read { db in try AuditEntry.order(Column("id").desc).fetchOne(db) }
        #expect(log?.action == "backup made" && log?.detail == "monday.p4pbackup, encrypted")

        // An existing file is never written over, by a backup or a restore.
        #expect(throws: StoreError.alreadyExists(path: restored)) {
            try BackupRestore.restore(from: sealed, to: restored, passphrase: Self.passphrase)
        }
        #expect(throws: StoreError.alreadyExists(path: sealed)) {
            try store.backup(to: sealed, passphrase: Self.passphrase, parameters: .fastForTests)
        }
    }

    @Test("restore refuses a wrong passphrase, a changed file, or no passphrase, in one line, and writes nothing")
    func restoreRefuses() throws {
        let (directory, store) = try demo()
        let sealed = directory.path("monday.p4pbackup")
        try store.backup(to: sealed, passphrase: Self.passphrase, parameters: .fastForTests)
        let before = try directory.listing()
        let target = directory.path("out/restored.sqlite")

        func refusal(_ source: String, _ passphrase: String?) -> String? {
            do {
                try BackupRestore.restore(from: source, to: target, passphrase: passphrase)
                return nil
            } catch { return "\(error)" }
        }
        #expect(refusal(sealed, "not the passphrase") == "Cannot read \(sealed): the passphrase does not open it (or its header was changed); nothing was written.")
        #expect(refusal(sealed, nil)?.contains("is encrypted; give its passphrase") == true)

        // A byte changed near the end: every chunk before it opens, and still nothing is written.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: sealed))
        bytes[bytes.count - 20] ^= 0x01
        let changed = directory.path("changed.p4pbackup")
        try bytes.write(to: URL(fileURLWithPath: changed))
        #expect(refusal(changed, Self.passphrase) == "Cannot read \(changed): it was changed, damaged or cut short since it was made; nothing was written.")
        let cut = directory.path("cut.p4pbackup")
        try bytes.prefix(70 + SealedBackup.standardChunkSize + 16).write(to: URL(fileURLWithPath: cut))
        #expect(refusal(cut, Self.passphrase)?.contains("it is cut short") == true)
        #expect(try directory.listing() == (before + ["changed.p4pbackup", "cut.p4pbackup"]).sorted(),
                "no destination, not even its folder or a temporary file")
        for line in [refusal(sealed, "not the passphrase"), refusal(changed, Self.passphrase)] {
            #expect(line?.contains("\n") == false)
        }
    }

    @Test("a plain backup restores too; a file that is no backup is refused")
    func plainRestore() throws {
        let (directory, store) = try demo()
        let plain = directory.path("plain.sqlite")
        try store.backup(to: plain)
        #expect(try BackupRestore.kind(of: plain) == .plain)
        let restored = directory.path("restored.sqlite")
        try BackupRestore.restore(from: plain, to: restored, passphrase: nil)
        #expect(try SQLiteStore.open(at: restored).caseloads() == store.caseloads())

        let text = directory.path("notes.txt")
        try "Ana Ruiz, 555-0100".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.unreadable(path: text, reason: "file.notABackup")) {
            try BackupRestore.restore(from: text, to: directory.path("x.sqlite"), passphrase: nil)
        }
        let other = directory.path("other.sqlite")
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        #expect(throws: StoreError.notAP4PDatabase(path: other)) {
            try BackupRestore.restore(from: other, to: directory.path("y.sqlite"), passphrase: nil)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("x.sqlite"))
                && !FileManager.default.fileExists(atPath: directory.path("y.sqlite")))
    }
}
