import Foundation
import GRDB
import Testing
import P4PDemo
@testable import P4PStore

/// `purge`: the personal data of files closed longer than the program keeps them, removed in one
/// transaction on a real SQLite file, with every figure the reports count unchanged and the
/// audit log's chain whole.
@Suite("Purge after the retention period")
struct PurgeTests {
    let demoToday = Day(iso: "2026-11-23")!
    /// Years later, when every file the demo closed is past a retention of 7 years before 2033.
    let today = Day(iso: "2040-03-01")!
    let closedBefore = Day(iso: "2033-03-01")!

    func demo() throws -> (StoreTestDirectory, SQLiteStore) {
        let directory = try StoreTestDirectory()
        let store = try SQLiteStore.create(at: directory.path("desk.sqlite"))
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 5, today: demoToday))
        try store.setSetting(SQLiteStore.retentionYearsKey, to: "7")
        return (directory, store)
    }

    /// Every report's figures over the demo's two years, as printed.
    func reports(_ store: SQLiteStore) throws -> String {
        let period = ReportPeriod(from: Day(iso: "2024-11-01")!, to: demoToday)!
        return try [store.programReport(period).document.text(in: .english),
                    store.outcomesReport(period, today: demoToday).document.text(in: .english),
                    store.activityReport(period).document.text(in: .english)].joined(separator: "\n")
    }

    struct ClosedParent { var id: ID; var name: String }

    func closedParents(_ store: SQLiteStore) throws -> [ClosedParent] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM parents WHERE status = 'closed' ORDER BY id").map {
                ClosedParent(id: $0["id"], name: $0["name"])
            }
        }
    }

    func count(_ store: SQLiteStore, _ sql: String) throws -> Int { try store.read { db in try Int.fetchOne(db, sql: sql)! } }

    @Test("personal data of closed files goes; report figures, open files and the audit chain stay")
    func purgeKeepsTheFigures() throws {
        let (directory, store) = try demo()
        defer { withExtendedLifetime(directory) {} }
        let before = try reports(store)
        let closed = try closedParents(store)
        #expect(!closed.isEmpty)
        let openBefore = try store.read { db in try Row.fetchAll(db, sql: "SELECT id, name, phone FROM parents WHERE status = 'open' ORDER BY id") }
        let counts = try store.purge(closedBefore: closedBefore, today: today, dryRun: false)
        #expect(counts.parents == closed.count && counts.children > 0 && counts.contacts > 0)

        #expect(try reports(store) == before, "every figure the reports count is unchanged")
        let after = try closedParents(store)
        #expect(after.map(\.id) == closed.map(\.id), "every row stays")
        #expect(after.allSatisfy { $0.name.hasPrefix("P-") }, "names become pseudonyms")
        #expect(zip(closed, after).allSatisfy { $0.name != $1.name })
        #expect(try count(store, "SELECT count(*) FROM parents WHERE status = 'closed' AND (phone IS NOT NULL OR preferred_name IS NOT NULL OR closing_reason IS NOT NULL)") == 0)
        #expect(try count(store, """
            SELECT count(*) FROM contacts c JOIN parents p ON p.id = c.parent_id
            WHERE p.status = 'closed' AND (c.notes IS NOT NULL OR c.topics IS NOT NULL)
            """) == 0)
        #expect(try count(store, """
            SELECT count(*) FROM children k WHERE NOT EXISTS (
                SELECT 1 FROM case_parents cp JOIN parents p ON p.id = cp.parent_id WHERE cp.case_id = k.case_id AND p.status = 'open')
              AND k.name NOT LIKE 'K-%'
            """) == 0, "children of cases whose every parent is purged lose their names")
        // The name index no longer finds a purged parent by their old name.
        let purged = Set(closed.map(\.id))
        for parent in closed.prefix(20) {
            let found = try store.findParents(nameStartingWith: parent.name, limit: 50)
            #expect(!found.contains { purged.contains($0.id) }, "found a purged parent by name")
        }
        let openAfter = try store.read { db in try Row.fetchAll(db, sql: "SELECT id, name, phone FROM parents WHERE status = 'open' ORDER BY id") }
        #expect(openAfter == openBefore, "open files are untouched")
        #expect(try store.parentDetail(id: closed[0].id)?.parent.name == after[0].name, "a purged file still opens")

        #expect(try store.verifyAuditLog().intact)
        let entry = try store.read { db in try Row.fetchOne(db, sql: "SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1")! }
        #expect(entry["action"] as String == "records purged")
        #expect(entry["detail"] as String == counts.phraseText, "counts only")
        let log = try store.read { db in try String.fetchAll(db, sql: "SELECT IFNULL(detail, '') FROM audit_log") }.joined(separator: "\n")
        #expect(!closed.contains { log.contains($0.name) }, "the audit log holds no purged name")

        // A second purge finds nothing left to remove.
        #expect(try store.purge(closedBefore: closedBefore, today: today, dryRun: true).parents == 0)
    }

    @Test("a dry run counts what a purge would remove and changes nothing")
    func dryRun() throws {
        let (directory, store) = try demo()
        defer { withExtendedLifetime(directory) {} }
        let closed = try closedParents(store)
        let auditEntries = try count(store, "SELECT count(*) FROM audit_log")
        let would = try store.purge(closedBefore: closedBefore, today: today, dryRun: true)
        #expect(try closedParents(store).map(\.name) == closed.map(\.name))
        #expect(try count(store, "SELECT count(*) FROM audit_log") == auditEntries)
        #expect(try store.purge(closedBefore: closedBefore, today: today, dryRun: false) == would)
    }

    @Test("refused without a retention setting, for a day too recent, and for anyone but an admin")
    func refusals() throws {
        let (directory, store) = try demo()
        defer { withExtendedLifetime(directory) {} }
        let names = try closedParents(store).map(\.name)
        #expect(throws: StoreError.invalid(field: .closedBefore, reason: Phrase("invalid.purgeTooRecent", [
            "years": .number(7), "day": .day(Day(iso: "2033-03-01")!, .long)]))) {
            try store.purge(closedBefore: closedBefore.adding(days: 1), today: today, dryRun: false)
        }
        try store.addUser(name: "Sup", role: .supervisor, secret: "222222", parameters: .fastForTests)
        let supervisor = try #require(try store.users().first { $0.name == "Sup" })
        #expect(throws: StoreError.notAllowed("refusal.onlyAdmin")) {
            try store.actingStore(as: supervisor).purge(closedBefore: closedBefore, today: today, dryRun: true)
        }
        try store.pool.write { db in try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [SQLiteStore.retentionYearsKey]) }
        #expect(throws: StoreError.invalid(field: .closedBefore, reason: "invalid.retentionNotSet")) {
            try store.purge(closedBefore: closedBefore, today: today, dryRun: false)
        }
        #expect(try closedParents(store).map(\.name) == names, "nothing changed")
    }
}

extension PurgeCounts {
    var phraseText: String { phrase.text(.english) }
}
