import ServerTestSupport
import Dispatch
import Foundation
import GRDB
import P4PPostgres
import Testing
@testable import P4PStore

/// The audit chain is written once (`AuditLedger`, above `SQLSession`) and kept alike on SQLite
/// and on a PostgreSQL server: the same entries make the same hashes on both, a changed entry
/// is found on both, the server's log refuses changes as SQLite's does, and terminals appending
/// at once leave one unbroken chain.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct AuditLedgerOnBothEnginesTests {
    let server = ThrowawayServer.shared!

    static let entries = [
        AuditEntry(at: "2026-12-02T09:00:00.000Z", actor: "user:1", action: "parent created", entity: "parent", entityId: 7,
                   detail: "name, phone; \"quoted\" and Núñez"),
        AuditEntry(at: "2026-12-02T09:00:01.250Z", actor: "system:import", action: "docket imported"),
        AuditEntry(at: "2026-12-02T09:05:00.000Z", actor: "user:2", action: "ally assigned", entity: "parent", entityId: 7,
                   detail: "ally 3 (was none)"),
    ]

    /// A new store file with an entry its own writes made, then `entries`; its whole log.
    func sqliteLog(_ folder: String) throws -> (SQLiteStore, [SQLRow]) {
        let store = try SQLiteStore.create(at: folder + "/desk.sqlite")
        try store.audit("detail opened", entity: "parent", id: 7)
        try store.pool.write { db in for entry in Self.entries { try AuditLedger.append(entry, in: GRDBSession(db)) } }
        let log = try store.pool.read { db in try GRDBSession(db).rows("SELECT * FROM audit_log ORDER BY id", []) }
        return (store, log)
    }

    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func theSameEntriesMakeTheSameChainOnBothEngines() throws {
        let path = try folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, sqlite) = try sqliteLog(path)
        #expect(sqlite.count == Self.entries.count + 1, "the store's own entry, then the test's")

        let server = try server.freshDatabase()
        defer { server.close() }
        try ServerSchema.ready(server)
        try server.transaction { session in
            for row in sqlite {
                try AuditLedger.append(AuditEntry(at: row[value: "at"].text!, actor: row[value: "actor"].text!, action: row[value: "action"].text!,
                                                  entity: row[value: "entity"].text, entityId: row[value: "entity_id"].integer,
                                                  detail: row[value: "detail"].text), in: session)
            }
        }
        let onServer = try server.rows("SELECT id, hash FROM audit_log ORDER BY id", [])
        #expect(onServer.map(\.values) == sqlite.map { [$0[value: "id"], $0[value: "hash"]] })
        #expect(try AuditLedger.verify(in: server) == AuditVerification(entries: sqlite.count, firstBroken: nil))
    }

    @Test func aChangedEntryIsFoundOnBothEngines() throws {
        let path = try folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (store, sqlite) = try sqliteLog(path)
        let server = try server.freshDatabase()
        defer { server.close() }
        try ServerSchema.ready(server)
        try server.transaction { session in for entry in Self.entries { try AuditLedger.append(entry, in: session) } }

        // Someone with the file or the server's superuser steps round the safeguards.
        let changedOnFile = sqlite.last![value: "id"].integer!
        try store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER \(AuditTriggers.noUpdate.name)")
            try db.execute(sql: "UPDATE audit_log SET detail = 'ally 4 (was none)' WHERE id = ?", arguments: [changedOnFile])
        }
        try server.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change", [])
        try server.execute("UPDATE audit_log SET detail = 'ally 4 (was none)' WHERE id = 3", [])

        let onFile = try store.pool.read { db in try AuditLedger.verify(in: GRDBSession(db), batch: 2) }
        #expect(onFile.firstBroken?.id == changedOnFile)
        let onServer = try AuditLedger.verify(in: server, batch: 2)
        #expect(onServer.firstBroken?.id == 3 && onServer.entries == 3)
    }

    @Test func theServersLogRefusesChangesAndEntriesWithoutTheirHash() throws {
        let server = try server.freshDatabase()
        defer { server.close() }
        try ServerSchema.ready(server)
        try server.transaction { session in try AuditLedger.append(Self.entries[0], in: session) }
        for change in ["UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
            #expect(throws: ServerError.self, "\(change)") { try server.execute(change, []) }
        }
        #expect(throws: ServerError.self) {
            try server.execute("INSERT INTO audit_log (id, at, actor, action, hash) VALUES (2, 'now', 'x', 'y', ?)",
                               [.blob(Data([1, 2, 3]))])
        }
        #expect(try AuditLedger.verify(in: server).intact)
    }

    @Test func terminalsAppendingAtOnceLeaveOneUnbrokenChain() throws {
        let first = try server.freshDatabase()
        defer { first.close() }
        try ServerSchema.ready(first)
        let database = try first.rows("SELECT current_database()", [])[0].values[0].text!
        let terminals = try (0..<3).map { _ in
            try ServerConnection.connect(to: try server.address(database: database), passwords: server.passwords)
        }
        defer { terminals.forEach { $0.close() } }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: terminals.count) { index in
            for n in 0..<15 {
                do {
                    try terminals[index].transaction { session in
                        try AuditLedger.append(AuditEntry(at: "2026-12-02T10:00:00.000Z", actor: "user:\(index)",
                                                          action: "contact logged", entity: "parent", entityId: ID(n)), in: session)
                    }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        #expect(try AuditLedger.verify(in: first) == AuditVerification(entries: 45, firstBroken: nil))
        #expect(try first.rows("SELECT min(id), max(id), count(*) FROM audit_log", [])[0].values == [.integer(1), .integer(45), .integer(45)])
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var said: [String] = []
        func add(_ text: String) { lock.withLock { said.append(text) } }
        var all: [String] { lock.withLock { said } }
    }
}
