import Foundation
import GRDB
import Testing
@testable import P4PStore

private func hex(_ data: Data?) -> String { (data ?? Data()).map { String(format: "%02x", $0) }.joined() }

/// Runs `sql` outside the store's own ways of writing, as someone with the file and sqlite3 would.
private func tamper(_ store: SQLiteStore, _ sql: String) throws {
    try store.pool.writeWithoutTransaction { db in try db.execute(sql: sql) }
}

/// A file as P4P Desk wrote it before the chain, with `entries` in its log.
private func makeUnchainedDatabase(at path: String, entries: [AuditEntry], _ change: String? = nil) throws {
    try FileSecurity.createOwnerOnlyFile(at: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
        try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let before = Schema.migrations.prefix { $0.id != AuditChainMigration.id }
        for (index, migration) in before.enumerated() {
            try migration.run(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.id])
            try db.execute(sql: "PRAGMA user_version = \(index + 1)")
        }
        for var entry in entries { try entry.insert(db) }
        if let change { try db.execute(sql: change) }
    }
    try queue.close()
}

@Suite("The audit log's hash chain")
struct AuditChainTests {
    @Test("an entry's hash is SHA-256 over the previous hash and its canonical bytes (vectors made apart from Swift)")
    func knownAnswers() {
        // Worked out with Python's hashlib from the format `AuditChain.canonicalBytes` documents,
        // so another engine can check its own implementation against the same numbers.
        let first = AuditEntry(id: 1, at: "2026-11-23T09:15:00.000Z", actor: "user:3", action: "ally assigned",
                               entity: "parent", entityId: 209, detail: "ally 5 (was none)")
        let second = AuditEntry(id: 2, at: "2026-11-23T09:16:30.250Z", actor: "system:root", action: "parent updated",
                                detail: "Núñez, fields: name")
        let one = AuditChain.hash(of: first, after: nil)
        #expect(hex(one) == "c458251c8dbf08769bf010dedb6dd6e1e5a28fd6d08e662c633e7a9e025db469")
        #expect(hex(AuditChain.hash(of: second, after: one)) == "e793f5b31b0189f87080b8743e7e9ca3efc979d8dd31e9e29507723961b25495")
        // Lengths keep fields apart: moving a character from one field to the next changes the hash.
        var shifted = first
        shifted.actor = "user:3a"; shifted.action = "lly assigned"
        #expect(AuditChain.hash(of: shifted, after: nil) != one)
    }

    @Test("every write chains its entry; --verify reads an untouched log as intact")
    func writesChain() throws {
        let f = try StoreFixture()
        try f.file.setSetting("kiosk.idle-minutes", to: "5")
        let parent = try f.file.createParent(Parent(name: "María Núñez", waitingSince: StoreFixture.day("2026-11-23")))
        try f.file.audit("parent detail opened", entity: "parent", id: parent)
        let rows = try f.file.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id") }
        var previous: Data?
        for row in rows {
            let hash: Data? = row["hash"]
            #expect(hash == AuditChain.hash(of: try AuditEntry(row: row), after: previous))
            previous = hash
        }
        #expect(try f.file.verifyAuditLog() == AuditVerification(entries: 3, firstBroken: nil))
    }

    @Test("REPLACE INTO and INSERT OR REPLACE over an entry, and an entry without its hash, are refused")
    func replaceRefused() throws {
        let f = try StoreFixture()
        try f.file.audit("screen locked", entity: nil, id: nil)
        let before = try f.file.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit_log") }
        for verb in ["REPLACE INTO", "INSERT OR REPLACE INTO"] {
            // With a hash of the right length, so only the refusal of a replace stands in the way.
            let error = #expect(throws: DatabaseError.self) {
                try tamper(f.file, "\(verb) audit_log (id, at, actor, action, hash) VALUES (1, '2020-01-01', 'x', 'y', randomblob(32))")
            }
            #expect(error?.message == "the audit log is append-only", "\(verb)")
        }
        let unhashed = #expect(throws: DatabaseError.self) {
            try tamper(f.file, "INSERT INTO audit_log (at, actor, action) VALUES ('2020-01-01', 'x', 'y')")
        }
        #expect(unhashed?.message == "an audit entry is added only with its hash")
        #expect(throws: DatabaseError.self) {
            var entry = AuditEntry(at: "2020-01-01", actor: "x", action: "y")
            try f.file.pool.write { db in try entry.insert(db) }
        }
        #expect(try f.file.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit_log") } == before)
        #expect(try f.file.verifyAuditLog().intact)
    }

    @Test("--verify names the first broken link: an entry changed, or re-hashed so the next one breaks, or removed")
    func verifyFindsTheFirstBrokenLink() throws {
        let f = try StoreFixture()
        for n in 1...5 { try f.file.audit("screen locked \(n)", entity: nil, id: nil) }
        let hashes = try f.file.read { db in try Data.fetchAll(db, sql: "SELECT hash FROM audit_log ORDER BY id") }
        let dropUpdate = "DROP TRIGGER audit_log_no_update"
        let restoreUpdate = AuditTriggers.noUpdate.sql

        // Entry 3 says something else: its own hash no longer fits it.
        try tamper(f.file, "\(dropUpdate); UPDATE audit_log SET action = 'nothing happened' WHERE id = 3; \(restoreUpdate)")
        var result = try f.file.verifyAuditLog()
        #expect(result.firstBroken?.id == 3 && result.firstBroken?.stored == hashes[2])
        #expect(result.words.text(.english).hasPrefix("The audit log is broken at entry 3 ("))

        // Re-hashed to fit its new words: then entry 4, chained to the old hash, breaks.
        let entry3 = try f.file.read { db in try AuditEntry.fetchOne(db, key: 3)! }
        let forged = AuditChain.hash(of: entry3, after: hashes[1])
        try f.file.pool.writeWithoutTransaction { db in
            try db.execute(sql: dropUpdate)
            try db.execute(sql: "UPDATE audit_log SET hash = ? WHERE id = 3", arguments: [forged])
            try db.execute(sql: restoreUpdate)
        }
        result = try f.file.verifyAuditLog()
        #expect(result.firstBroken?.id == 4 && result.entries == 4)

        // An entry removed: the one after it no longer follows.
        let g = try StoreFixture()
        for n in 1...3 { try g.file.audit("screen locked \(n)", entity: nil, id: nil) }
        try tamper(g.file, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2; \(AuditTriggers.noDelete.sql)")
        #expect(try g.file.verifyAuditLog().firstBroken?.id == 3)
    }

    @Test("opening a file whose audit triggers are missing or changed is refused, and nothing is written")
    func missingTriggersRefused() throws {
        for (name, sabotage) in [
            ("no update trigger", "DROP TRIGGER audit_log_no_update"),
            ("no delete trigger", "DROP TRIGGER audit_log_no_delete"),
            ("no replace trigger", "DROP TRIGGER audit_log_no_replace"),
            ("no hash trigger", "DROP TRIGGER audit_log_chained"),
            ("a trigger that does nothing", "DROP TRIGGER audit_log_no_update; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END"),
        ] {
            let f = try StoreFixture()
            try f.file.audit("screen locked", entity: nil, id: nil)
            try tamper(f.file, sabotage)
            f.file.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: f.path))
            let error = #expect(throws: StoreError.self, "\(name)") { _ = try SQLiteStore.open(at: f.path) }
            guard case .unreadable(let path, let reason)? = error else { Issue.record("\(name): \(String(describing: error))"); continue }
            #expect(path == f.path && reason.text(.english).contains("audit log is no longer protected"), "\(name)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: f.path)) == before, "\(name): nothing written")
        }
        // The same triggers written with other spacing are the same safeguards.
        let f = try StoreFixture()
        try tamper(f.file, "DROP TRIGGER audit_log_no_delete; " + AuditTriggers.noDelete.sql.replacingOccurrences(of: "\n    ", with: "  "))
        f.file.close()
        _ = try SQLiteStore.open(at: f.path)
    }

    @Test("the migration chains the entries already there, in the order they were written")
    func migrationChainsOldEntries() throws {
        let directory = try StoreTestDirectory()
        let path = directory.path("old.sqlite")
        let old = [
            AuditEntry(at: "2026-10-01T08:00:00.000Z", actor: "system:pat", action: "demo data generated", detail: "scale small"),
            AuditEntry(at: "2026-10-02T08:00:00.000Z", actor: "user:Dana Brooks", action: "ally assigned",
                       entity: "parent", entityId: 1, detail: "ally 2"),
            AuditEntry(at: "2026-10-03T08:00:00.000Z", actor: "user:Dana Brooks", action: "ally unassigned",
                       entity: "parent", entityId: 1, detail: "moved away"),
        ]
        try makeUnchainedDatabase(at: path, entries: old)
        let store = try SQLiteStore.open(at: path)
        let entries = try store.read { db in try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id") }
        #expect(entries.map(\.action) == old.map(\.action) && entries.map(\.detail) == old.map(\.detail), "entries as they were")
        let hashes = try store.read { db in try Data.fetchAll(db, sql: "SELECT hash FROM audit_log ORDER BY id") }
        #expect(hashes.count == 3 && hashes[0] == AuditChain.hash(of: entries[0], after: nil)
                && hashes[2] == AuditChain.hash(of: entries[2], after: hashes[1]))
        try store.audit("screen locked", entity: nil, id: nil)
        #expect(try store.verifyAuditLog() == AuditVerification(entries: 4, firstBroken: nil))
        // And the old log is protected like a new one.
        #expect(throws: DatabaseError.self) {
            try tamper(store, "REPLACE INTO audit_log (id, at, actor, action, hash) VALUES (1, 'x', 'x', 'x', randomblob(32))")
        }
        store.close()
        _ = try SQLiteStore.open(at: path)
    }

    @Test("a file from before the chain whose triggers were removed is refused, not chained")
    func migrationRefusesAnUnprotectedLog() throws {
        let directory = try StoreTestDirectory()
        let path = directory.path("old.sqlite")
        try makeUnchainedDatabase(at: path, entries: [AuditEntry(at: "2026-10-01T08:00:00.000Z", actor: "system:pat", action: "x")],
                                  "DROP TRIGGER audit_log_no_delete")
        #expect(throws: StoreError.self) { _ = try SQLiteStore.open(at: path) }
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == AuditChainMigration.version - 1)
        #expect(try queue.read { db in try db.columns(in: "audit_log").map(\.name) }.contains("hash") == false)
    }

    @Test("two connections appending at once keep one chain (each reads the last link inside its IMMEDIATE write)")
    func concurrentAppendsDoNotFork() throws {
        let f = try StoreFixture()
        // Two pools on one file: separate SQLite connections that lock the file as two processes would.
        let stores = [try SQLiteStore.open(at: f.path), try SQLiteStore.open(at: f.path)]
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            for n in 0..<40 {
                do { try stores[i].audit("terminal \(i) entry \(n)", entity: nil, id: nil) } catch { failures.add() }
            }
        }
        #expect(failures.value == 0)
        #expect(try f.file.verifyAuditLog() == AuditVerification(entries: 80, firstBroken: nil))
        #expect(try f.file.read { db in try ID.fetchAll(db, sql: "SELECT id FROM audit_log ORDER BY id") } == Array(1...80))
    }

    @Test("appending finds the last link by primary key: no scan of the log")
    func appendingDoesNotScan() throws {
        let f = try StoreFixture()
        let plan = try f.file.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AuditLedger.lastLink).map { $0["detail"] as String }
        }
        #expect(!plan.isEmpty && plan.allSatisfy { !$0.hasPrefix("SCAN") }, "\(plan)")
    }
}

/// A count several threads add to.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
