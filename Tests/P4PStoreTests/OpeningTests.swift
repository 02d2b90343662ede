import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }

private func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let mode = try #require(attributes[.posixPermissions] as? NSNumber)
    return mode.intValue & 0o777
}

private func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// Makes a P4P database with one parent in it, and closes it (the store is released on return).
private func makeDatabase(at path: String) throws {
    let store = try SQLiteStore.create(at: path)
    try store.pool.write { db in
        var parent = Parent(name: "Maria Brooks", waitingSince: day("2026-11-01"))
        try parent.insert(db)
    }
    store.close()
}

@Suite("Creating and opening a database file")
struct OpeningTests {
    @Test("a missing path is refused and nothing is created")
    func missing() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("absent.sqlite")
        #expect(throws: StoreError.missing(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try dir.listing() == [])
    }

    @Test("a missing path in a missing folder creates no folder either")
    func missingFolder() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("nowhere/absent.sqlite")
        #expect(throws: StoreError.missing(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try dir.listing() == [])
    }

    @Test("a text file is refused and left byte for byte as it was")
    func textFile() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("notes.sqlite")
        let text = Data(String(repeating: "Call Maria back about the 101 class on Thursday.\n", count: 40).utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: text, attributes: [.posixPermissions: 0o600]))
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try bytes(path) == text)
        #expect(try dir.listing() == ["notes.sqlite"])
    }

    @Test("a short text file is refused too")
    func shortTextFile() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("short.sqlite")
        let text = Data("hello\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: text, attributes: [.posixPermissions: 0o600]))
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try bytes(path) == text)
        #expect(try dir.listing() == ["short.sqlite"])
    }

    @Test("another program's SQLite database is refused and left unchanged")
    func otherApplication() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("recipes.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
                try db.execute(sql: "INSERT INTO recipes (title) VALUES ('Lentil soup')")
            }
            try queue.close()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let before = try bytes(path)
        let listing = try dir.listing()

        #expect(throws: StoreError.notAP4PDatabase(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try bytes(path) == before)
        #expect(try dir.listing() == listing)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try db.tableExists("parents") } == false)
        #expect(try queue.read { db in try db.tableExists("grdb_migrations") } == false)
    }

    @Test("a database written by a newer version (unknown migration) is refused, with nothing left beside it")
    func newerSchema() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        try makeDatabase(at: path)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
            }
            try queue.close()
        }
        let before = try bytes(path)
        #expect(throws: StoreError.newerSchema(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try bytes(path) == before)
        // The file is in WAL mode: a read-only look would leave -wal and -shm behind it.
        #expect(try dir.listing() == ["desk.sqlite"])
    }

    @Test("a database whose user_version is newer is refused as made by a newer P4P Desk")
    func newerUserVersion() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        try makeDatabase(at: path)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = \(Schema.version + 1)") }
            try queue.close()
        }
        let before = try bytes(path)
        let refusal = #expect(throws: StoreError.newerSchema(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(refusal?.description.contains("made by a newer P4P Desk") == true)
        #expect(try bytes(path) == before)
        #expect(try dir.listing() == ["desk.sqlite"])
    }

    @Test("a file others can write is refused")
    func othersCanWrite() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        try makeDatabase(at: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: path)
        #expect(throws: StoreError.othersCanWrite(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try permissions(path) == 0o666)

        try FileManager.default.setAttributes([.posixPermissions: 0o620], ofItemAtPath: path)
        #expect(throws: StoreError.othersCanWrite(path: path)) { _ = try SQLiteStore.open(at: path) }
    }

    @Test("create makes an owner-only file; open then finds what was written")
    func createAndReopen() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        do {
            let store = try SQLiteStore.create(at: path)
            #expect(try permissions(path) == 0o600)
            for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                #expect(try permissions(path + suffix) == 0o600, "\(suffix)")
            }
            #expect(store.path == path)
            #expect(store.location == "desk.sqlite")
            try store.pool.write { db in
                var parent = Parent(name: "Maria Brooks", waitingSince: day("2026-11-01"))
                try parent.insert(db)
            }
        }
        let reopened = try SQLiteStore.open(at: path)
        let page = try reopened.unassignedParents(asOf: day("2026-11-23"), matching: nil, page: storeTestAllRows)
        #expect(page.rows.map(\.name) == ["Maria Brooks"])
        #expect(try permissions(path) == 0o600)
    }

    @Test("create makes missing folders owner-only")
    func createFolder() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("program/desk.sqlite")
        _ = try SQLiteStore.create(at: path)
        #expect(try permissions(dir.path("program")) == 0o700)
        #expect(try permissions(path) == 0o600)
    }

    @Test("create refuses an existing path and leaves it alone")
    func createRefusesExisting() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        try makeDatabase(at: path)
        let before = try bytes(path)
        #expect(throws: StoreError.alreadyExists(path: path)) { _ = try SQLiteStore.create(at: path) }
        #expect(try bytes(path) == before)

        let textPath = dir.path("notes.txt")
        let text = Data("not yours\n".utf8)
        #expect(FileManager.default.createFile(atPath: textPath, contents: text))
        #expect(throws: StoreError.alreadyExists(path: textPath)) { _ = try SQLiteStore.create(at: textPath) }
        #expect(try bytes(textPath) == text)
    }

    @Test("WAL journal, foreign keys on, and the P4P application id")
    func pragmas() throws {
        let f = try StoreFixture()
        #expect(try f.file.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try f.file.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)
        #expect(try f.file.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") } == Schema.applicationID)
        #expect(try f.file.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)
        // Foreign keys are enforced, not just switched on.
        #expect(throws: DatabaseError.self) {
            try f.file.pool.write { db in
                var orphan = Hearing(caseId: 999, typeId: 1, date: day("2026-11-23"))
                try orphan.insert(db)
            }
        }

        let reopened = try SQLiteStore.open(at: f.path)
        #expect(try reopened.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try reopened.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)
    }

    @Test("the audit log refuses UPDATE and DELETE")
    func auditLogIsAppendOnly() throws {
        let f = try StoreFixture()
        try f.file.setSetting("follow-up.first-call.days", to: "2")
        let entries = try f.file.read { db in try AuditEntry.fetchAll(db) }
        #expect(entries.count == 1)
        #expect(entries.first?.action == "setting changed")
        #expect(entries.first?.actor == SQLiteStore.systemActor)

        let update = #expect(throws: DatabaseError.self) {
            try f.file.pool.write { db in try db.execute(sql: "UPDATE audit_log SET actor = 'someone else'") }
        }
        #expect(update?.message?.contains("append-only") == true)
        let delete = #expect(throws: DatabaseError.self) {
            try f.file.pool.write { db in try db.execute(sql: "DELETE FROM audit_log") }
        }
        #expect(delete?.message?.contains("append-only") == true)

        let after = try f.file.read { db in try AuditEntry.fetchAll(db) }
        #expect(after == entries)
        // Appending still works.
        try f.file.setSetting("follow-up.first-call.days", to: "3")
        #expect(try f.file.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") } == 2)
        #expect(try f.file.setting("follow-up.first-call.days") == "3")
    }
}

@Suite("Change token")
struct ChangeTokenTests {
    @Test("changes after another store on the same file commits, and not otherwise")
    func anotherConnection() throws {
        let f = try StoreFixture()
        let other = try SQLiteStore.open(at: f.path)

        let before = try f.file.changeToken()
        #expect(try f.file.changeToken() == before)
        _ = try other.docket(on: day("2026-11-23"), matching: nil, page: storeTestAllRows)
        #expect(try f.file.changeToken() == before)

        try other.pool.write { db in
            var parent = Parent(name: "Maria Brooks", waitingSince: day("2026-11-01"))
            try parent.insert(db)
        }
        let after = try f.file.changeToken()
        #expect(after != before)
        #expect(try f.file.changeToken() == after)
        #expect(try f.file.unassignedParents(asOf: day("2026-11-23"), matching: nil, page: storeTestAllRows)
            .rows.map(\.name) == ["Maria Brooks"])

        try other.setSetting("program.name", to: "King County P4P")
        #expect(try f.file.changeToken() != after)
    }

    @Test("changes after this store's own write too")
    func ownWrite() throws {
        let f = try StoreFixture()
        let before = try f.file.changeToken()
        try f.parent("Maria Brooks")
        #expect(try f.file.changeToken() != before)
    }
}

@Suite("Nothing is made or changed by accident")
struct RefusedFileTests {
    @Test("a 0-byte file is refused, not turned into a database")
    func emptyFile() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let refusal = #expect(throws: StoreError.emptyFile(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(refusal?.description.contains("p4p init --db \(path)") == true)
        #expect(try bytes(path).isEmpty)
        #expect(try dir.listing() == ["empty.sqlite"])
    }

    @Test("an empty SQLite file (a header, no tables) is refused too, and left as it was")
    func emptySQLiteFile() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("blank.sqlite")
        do {
            // What a `p4p init` killed before its first migration leaves: WAL mode, nothing else.
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let before = try bytes(path)
        #expect(!before.isEmpty)
        #expect(throws: StoreError.emptyFile(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try bytes(path) == before)
        #expect(try dir.listing() == ["blank.sqlite"])
    }

    @Test("another program's WAL database is refused with nothing left beside it")
    func otherApplicationInWALMode() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("recipes.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
            }
            try queue.close()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let before = try bytes(path)
        #expect(throws: StoreError.notAP4PDatabase(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try bytes(path) == before)
        #expect(try dir.listing() == ["recipes.sqlite"])
    }

    @Test("a folder is refused by name")
    func folder() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("program.sqlite")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: StoreError.isAFolder(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == [])
        #expect(try dir.listing() == ["program.sqlite"])
    }

    @Test("a file cut short is refused and left as it was")
    func truncated() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        try makeDatabase(at: path)
        let whole = try bytes(path)
        #expect(whole.count >= 8 * 4096, "several pages, so half of it is a cut at a page boundary")
        let half = whole.prefix(whole.count / 2)
        try half.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.truncated(path: path)) { _ = try SQLiteStore.open(at: path) }
        #expect(try bytes(path) == half)
        #expect(try dir.listing() == ["desk.sqlite"])

        // Cut inside the 100-byte header, too.
        try whole.prefix(40).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.truncated(path: path)) { _ = try SQLiteStore.open(at: path) }
    }

    @Test("a whole database still opens after it was checked (no false alarm)")
    func wholeFileOpens() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        try makeDatabase(at: path)
        let store = try SQLiteStore.open(at: path)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("narrowing a file to its owner takes others' bits away and never gives the owner write")
    func narrowingAddsNothing() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        for (mode, narrowed) in [(0o644, 0o600), (0o444, 0o400), (0o600, 0o600), (0o640, 0o600)] {
            FileManager.default.createFile(atPath: path, contents: nil)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            try FileSecurity.restrictCompanions(of: path)
            #expect(try permissions(path) == narrowed, "\(String(mode, radix: 8))")
            try FileManager.default.removeItem(atPath: path)
        }
    }

    @Test("create refuses a folder by name")
    func createRefusesAFolder() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("program.sqlite")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: StoreError.isAFolder(path: path)) { _ = try SQLiteStore.create(at: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == [])
    }

    @Test("create makes nothing at a path that exists, and O_EXCL keeps a race from reusing one")
    func createNeverReuses() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(throws: StoreError.alreadyExists(path: path)) { _ = try FileSecurity.createOwnerOnlyFile(at: path) }
        #expect(try bytes(path).isEmpty)
    }
}

@Suite("Saves survive a power cut, a full disk and other terminals")
struct DurableSaveTests {
    @Test("the writer of a created, an opened and an acting store saves with synchronous = FULL")
    func synchronousFull() throws {
        let f = try StoreFixture()
        let full = 2
        #expect(try f.file.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == full)
        let opened = try SQLiteStore.open(at: f.path)
        #expect(try opened.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == full)
        let user = User(id: 1, name: "Dana Brooks", role: .supervisor, allyId: nil, active: true)
        let acting = try opened.actingStore(as: user)
        #expect(try acting.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == full)
    }

    @Test("a full disk refuses the save in words, keeps nothing of it, and the next save works")
    func fullDisk() throws {
        let f = try StoreFixture()
        let parent = try f.parent("Maria Brooks")
        let today = day("2026-11-23")
        // A long note needs new pages; the file may not grow by one (SQLite's real SQLITE_FULL).
        try f.file.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let contact = Contact(parentId: parent, allyId: nil, date: today, mode: .phone, reached: true,
                              notes: String(repeating: "Talked about the next hearing. ", count: 800))
        let refusal = #expect(throws: StoreError.self) {
            _ = try f.file.logContact(contact, completing: nil, referrals: [], today: today)
        }
        #expect(refusal?.description == "Could not save to desk.sqlite: the disk is full; free some space and save again. Nothing was saved.")
        #expect(try f.file.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contacts") } == 0)
        #expect(try f.file.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") } == 0)

        try f.file.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        _ = try f.file.logContact(contact, completing: nil, referrals: [], today: today)
        #expect(try f.file.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contacts") } == 1)
        #expect(try f.file.integrityCheck() == "ok")
    }

    @Test("a confirmed save the file lacks is found missing; a line cut off by a kill is not a confirmation")
    func confirmedSaves() throws {
        let f = try StoreFixture()
        let parent = try f.parent("Maria Brooks")
        let today = day("2026-11-23")
        let contact = Contact(parentId: parent, allyId: nil, date: today, mode: .phone, reached: true,
                              notes: ConfirmedSave.note(tag: "w1-1"))
        let id = try f.file.logContact(contact, completing: nil, referrals: [], today: today)
        let kept = ConfirmedSave(contactId: id, tag: "w1-1", milliseconds: 3.5)
        let lost = ConfirmedSave(contactId: id + 1, tag: "w1-2", milliseconds: 2)
        // A lost row's id is given to the next contact saved: the note tells them apart.
        let reused = ConfirmedSave(contactId: id, tag: "w2-1", milliseconds: 2)
        let output = kept.line + "\n" + lost.line + "\nsaved 9 w1-3 1.0"
        #expect(ConfirmedSave.all(in: output) == [kept, lost])
        #expect(try f.file.missing([kept, lost, reused]) == [lost, reused])
    }

    @Test("opening waits while another terminal holds the file, then opens")
    func openingWaitsForALock() throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("desk.sqlite")
        try makeDatabase(at: path)
        // Another terminal holding the file exclusively: no one may even read until it lets go.
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: path, configuration: holding)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
            try db.execute(sql: "BEGIN EXCLUSIVE")
        }
        let waitsBefore = Connections.waits.value
        let opened = OpenResult()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            opened.set(Result { try SQLiteStore.open(at: path) })
            done.signal()
        }
        // Let go only once a connection of this process is waiting for the lock.
        let deadline = Date().addingTimeInterval(60)
        while Connections.waits.value == waitsBefore && opened.value == nil && Date() < deadline { usleep(1000) }
        #expect(opened.value == nil, "the open did not wait: \(String(describing: opened.value))")
        try holder.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        try holder.close()
        done.wait()
        let store = try #require(try opened.value?.get())
        #expect(try store.unassignedParents(asOf: day("2026-11-23"), matching: nil, page: storeTestAllRows).rows.map(\.name) == ["Maria Brooks"])
    }
}

/// The result of an open made on another thread.
private final class OpenResult: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<SQLiteStore, Error>?
    func set(_ result: Result<SQLiteStore, Error>) { lock.withLock { self.result = result } }
    var value: Result<SQLiteStore, Error>? { lock.withLock { result } }
}
