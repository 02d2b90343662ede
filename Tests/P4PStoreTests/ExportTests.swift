import Foundation
import GRDB
import Testing
import P4PDemo
@testable import P4PStore

/// Exports and backups on real files: what a de-identified export leaves out, pseudonyms that
/// stay the same, the audit entries, and a backup that opens.
@Suite("Export and backup")
struct ExportTests {
    let today = Day(iso: "2026-11-23")!

    func demo() throws -> (StoreTestDirectory, SQLiteStore) {
        let directory = try StoreTestDirectory()
        let store = try SQLiteStore.create(at: directory.path("desk.sqlite"))
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 4, today: today))
        return (directory, store)
    }

    func rows(_ store: SQLiteStore, _ table: ExportTable, deidentified: Bool) throws -> [[String]] {
        var rows: [[String]] = []
        try store.export(table, deidentified: deidentified) { rows.append($0) }
        return rows
    }

    @Test("de-identified: no names, phones, case numbers or free text; the same pseudonym every time")
    func deidentified() throws {
        let (directory, store) = try demo()
        defer { withExtendedLifetime(directory) {} }
        let full = try rows(store, .parents, deidentified: false)
        let plain = try rows(store, .parents, deidentified: true)
        #expect(full.first?.contains("name") == true && full.first?.contains("phone") == true)
        #expect(plain.first == ["parent", "language", "interpreter_needed", "county", "status", "ally_id", "ally_since", "waiting_since"])
        #expect(plain.count == full.count)
        let names = try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM parents") }
        let caseNumbers = try store.read { db in try String.fetchAll(db, sql: "SELECT case_number FROM cases") }
        var everything = ""
        for table in ExportTable.allCases where table != .allies {
            everything += try rows(store, table, deidentified: true).map { $0.joined(separator: ",") }.joined(separator: "\n")
        }
        #expect(!names.contains { everything.contains($0) }, "no parent's name in any de-identified table")
        #expect(!caseNumbers.contains { everything.contains($0) }, "no case number either")
        // The same parent has the same pseudonym in every export, and in the contacts table too.
        #expect(try rows(store, .parents, deidentified: true) == plain)
        let pseudonyms = Set(plain.dropFirst().map { $0[0] })
        #expect(pseudonyms.allSatisfy { $0.hasPrefix("P-") && $0.count == 14 } && pseudonyms.count == plain.count - 1)
        let contactParents = Set(try rows(store, .contacts, deidentified: true).dropFirst().map { $0[1] })
        #expect(contactParents.isSubset(of: pseudonyms))
    }

    @Test("each export is in the audit log, started and finished, with its count; an ally may not export")
    func audited() throws {
        let (directory, store) = try demo()
        defer { withExtendedLifetime(directory) {} }
        let result = try store.export(.hearings, deidentified: true) { _ in }
        let log = try store.read { db in
            try AuditEntry.order(Column("id").desc).limit(2).fetchAll(db).map { "\($0.action): \($0.detail ?? "")" }
        }
        #expect(log == ["exported: hearings, de-identified: \(result.rows) rows", "export started: hearings, de-identified"])
        try store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: .fastForTests)
        let rosa = try #require(try store.user(named: "Rosa"))
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorExports")) {
            try store.actingStore(as: rosa).export(.parents, deidentified: true) { _ in }
        }
    }

    @Test("a backup is a whole, owner-only copy that opens; an existing file is left alone")
    func backup() throws {
        let (directory, store) = try demo()
        defer { withExtendedLifetime(directory) {} }
        let copy = directory.path("backups/monday.sqlite")
        try store.backup(to: copy)
        let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: directory.path("backups"))[.posixPermissions] as? Int
        #expect(folder == 0o700)
        let restored = try SQLiteStore.open(at: copy)
        let page = PageRequest(offset: 0, limit: 100)
        #expect(try restored.docket(on: today, matching: nil, page: page).rows == store.docket(on: today, matching: nil, page: page).rows)
        #expect(throws: StoreError.alreadyExists(path: copy)) { try store.backup(to: copy) }
    }
}
