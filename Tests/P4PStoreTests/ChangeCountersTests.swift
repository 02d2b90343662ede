import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Two stores on one file, as two terminals: what one commits, the other's look at the file
/// (`changes(since:)`) names by the reads it changed, so a terminal reloads only those.
@Suite("Change counters")
struct ChangeCountersTests {
    let f: StoreFixture
    /// Another terminal's store on the same file.
    let other: SQLiteStore
    let today = StoreFixture.day("2026-12-01")

    init() throws {
        f = try StoreFixture()
        other = try SQLiteStore.open(at: f.path)
    }

    /// What the other terminal sees changed by `write`, made on the fixture's store.
    private func seen(_ write: () throws -> Void) throws -> ChangedReads {
        let before = try other.changes(since: nil).mark
        try write()
        return try other.changes(since: before).changed
    }

    private func changeTriggers() throws -> Int? {
        try f.file.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change\\_%' ESCAPE '\\'")
        }
    }

    private func hearing() throws -> ID {
        let parent = try f.parent("María Núñez")
        return try f.hearing(case: try f.caseWithParent("26-7-00001-1", parent: parent), on: today)
    }

    @Test("a hearing's courtroom changed: the docket and the pages, not Unassigned or Overdue")
    func hearingDetail() throws {
        let id = try hearing()
        let changed = try seen {
            try f.file.pool.write { db in try db.execute(sql: "UPDATE hearings SET courtroom = '4' WHERE id = ?", arguments: [id]) }
        }
        #expect(changed == [.docket, .records])
    }

    @Test("coverage planned through the store: the docket, not Unassigned or Overdue")
    func coveragePlanned() throws {
        let id = try hearing()
        let ally = try f.ally("Fartun Hassan")
        let changed = try seen { try f.file.planCoverage(hearingId: id, allyId: ally, today: today, readVersion: nil) }
        #expect(changed == [.docket, .records])
    }

    @Test("a hearing moved to another day: Unassigned shows the next hearing, so it is read again")
    func hearingMoved() throws {
        let id = try hearing()
        let changed = try seen {
            try f.file.pool.write { db in
                try db.execute(sql: "UPDATE hearings SET date = ? WHERE id = ?", arguments: [today.adding(days: 7), id])
            }
        }
        #expect(changed == [.docket, .unassigned, .records])
    }

    @Test("opening a parent's file writes only the audit log: nothing is read again")
    func auditOnly() throws {
        let parent = try f.parent("María Núñez")
        let version = try other.changeToken()
        let changed = try seen { try f.file.audit("parent detail opened", entity: "parent", id: parent) }
        #expect(try other.changeToken() != version, "it was a commit all the same")
        #expect(changed.isEmpty)
    }

    @Test("a follow-up done: Overdue and the pages")
    func followUpDone() throws {
        let parent = try f.parent("María Núñez")
        let followUp = try f.followUp(parent: parent, ally: nil, due: today)
        let changed = try seen {
            try f.file.pool.write { db in
                try db.execute(sql: "UPDATE follow_ups SET done_on = ? WHERE id = ?", arguments: [today, followUp])
            }
        }
        #expect(changed == [.overdue, .records])
    }

    @Test("nothing committed: nothing changed, and the mark stays")
    func nothing() throws {
        let first = try other.changes(since: nil)
        let again = try other.changes(since: first.mark)
        #expect(again.changed.isEmpty && again.mark == first.mark)
    }

    @Test("every table is counted, or named as one no screen reloads for")
    func everyTable() throws {
        let tables = try f.file.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                  AND name NOT LIKE 'parent_names%'
                """)
        }
        let counted = Set(ChangeCounter.all.map(\.table))
        #expect(Set(tables).subtracting(counted).subtracting(ChangeCounter.untracked).isEmpty)
        #expect(try changeTriggers() == ChangeCounter.all.count * 3)
    }

    @Test("a bulk load runs without the triggers, puts them back and moves every counter")
    func bulkLoad() throws {
        let before = try other.changes(since: nil).mark
        var program = ProgramLoad(origin: "test")
        program.allies = [Ally(id: 1, name: "Fartun Hassan")]
        try f.file.load(program)
        let look = try other.changes(since: before)
        #expect(look.changed == .all)
        #expect(try changeTriggers() == ChangeCounter.all.count * 3)
        // A write after the load is counted again.
        let changed = try seen { _ = try f.parent("Ngozi Okafor") }
        #expect(changed.contains(.unassigned))
    }
}
