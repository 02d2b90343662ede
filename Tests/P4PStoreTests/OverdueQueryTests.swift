import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }
private let today = day("2026-11-23")

@Suite("Overdue follow-ups")
struct OverdueQueryTests {
    private struct Book {
        let f: StoreFixture
        let dana: ID
        let firstCall: ID, afterShelter: ID, checkIn: ID, reminder: ID
        let doneOnTime: ID, doneLate: ID, doneEarly: ID, closedParents: ID, notYetDue: ID
    }

    private func book(_ engine: TestEngine) throws -> Book {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let ana = try f.parent("Ana Cruz", ally: dana)
        let ben = try f.parent("Ben Shaw", ally: dana)
        let cleo = try f.parent("Cleo Grant")
        let zoe = try f.parent("Zoe Closed", ally: dana, status: .closed)

        // Inserted out of due order, so that only the query's ORDER BY can sort them.
        let reminder = try f.followUp(parent: cleo, ally: nil, due: today, kind: "hearing reminder")
        let checkIn = try f.followUp(parent: ben, ally: dana, due: day("2026-11-20"), kind: "check-in")
        let firstCall = try f.followUp(parent: ana, ally: dana, due: day("2026-11-10"), kind: "first call")
        let afterShelter = try f.followUp(parent: ana, ally: dana, due: day("2026-11-16"),
                                          kind: "Dependency 101 invitation")
        let doneOnTime = try f.followUp(parent: ana, ally: dana, due: day("2026-11-05"), kind: "check-in",
                                        doneOn: day("2026-11-05"))
        let doneLate = try f.followUp(parent: ben, ally: dana, due: day("2026-11-12"), kind: "first call",
                                      doneOn: day("2026-11-18"))
        let doneEarly = try f.followUp(parent: cleo, ally: nil, due: day("2026-11-20"), kind: "first call",
                                       doneOn: day("2026-11-19"))
        let closedParents = try f.followUp(parent: zoe, ally: dana, due: day("2026-11-01"), kind: "check-in")
        let notYetDue = try f.followUp(parent: cleo, ally: nil, due: day("2026-11-30"), kind: "check-in")
        return Book(f: f, dana: dana, firstCall: firstCall, afterShelter: afterShelter, checkIn: checkIn,
                    reminder: reminder, doneOnTime: doneOnTime, doneLate: doneLate, doneEarly: doneEarly,
                    closedParents: closedParents, notYetDue: notYetDue)
    }

    @Test("most overdue first, due today last; done, closed and not-yet-due left out", arguments: TestEngine.all)
    func asOfToday(_ engine: TestEngine) throws {
        let b = try book(engine)
        let page = try b.f.store.overdueFollowUps(asOf: today, matching: nil, page: storeTestAllRows)
        #expect(page.total == 4)
        #expect(page.offset == 0)
        #expect(page.rows.map(\.followUpId) == [b.firstCall, b.afterShelter, b.checkIn, b.reminder])
        #expect(page.rows.map(\.parentName) == ["Ana Cruz", "Ana Cruz", "Ben Shaw", "Cleo Grant"])
        #expect(page.rows.map(\.kind) == ["first call", "Dependency 101 invitation", "check-in", "hearing reminder"])
        #expect(page.rows.map { $0.daysOverdue(asOf: today) } == [13, 7, 3, 0])
        #expect(page.rows.map(\.ally) == [NamedRef(id: b.dana, name: "Dana Whitfield"),
                                          NamedRef(id: b.dana, name: "Dana Whitfield"),
                                          NamedRef(id: b.dana, name: "Dana Whitfield"), nil])
        #expect(page.rows.last?.dueDate == today)
        let excluded: Set<ID> = [b.doneOnTime, b.doneLate, b.doneEarly, b.closedParents, b.notYetDue]
        #expect(page.rows.allSatisfy { !excluded.contains($0.followUpId) })
    }

    @Test("a follow-up done late counts as overdue on the days between its due date and its done date", arguments: TestEngine.all)
    func doneLate(_ engine: TestEngine) throws {
        let b = try book(engine)
        let midway = try b.f.store.overdueFollowUps(asOf: day("2026-11-15"), matching: nil, page: storeTestAllRows)
        #expect(midway.total == 2)
        #expect(midway.rows.map(\.followUpId) == [b.firstCall, b.doneLate])
        #expect(midway.rows.map { $0.daysOverdue(asOf: day("2026-11-15")) } == [5, 3])

        // Due that very day: listed, at zero days.
        let dueDay = try b.f.store.overdueFollowUps(asOf: day("2026-11-12"), matching: nil, page: storeTestAllRows)
        #expect(dueDay.rows.map(\.followUpId) == [b.firstCall, b.doneLate])
        #expect(dueDay.rows.map { $0.daysOverdue(asOf: day("2026-11-12")) } == [2, 0])

        // On the day it was done it is no longer overdue.
        let doneDay = try b.f.store.overdueFollowUps(asOf: day("2026-11-18"), matching: nil, page: storeTestAllRows)
        #expect(doneDay.rows.map(\.followUpId) == [b.firstCall, b.afterShelter])
    }

    @Test("a follow-up done on or before its due date is never overdue", arguments: TestEngine.all)
    func doneOnTime(_ engine: TestEngine) throws {
        let b = try book(engine)
        for asOf in ["2026-11-05", "2026-11-06", "2026-11-19", "2026-11-20", "2026-11-21"] {
            let page = try b.f.store.overdueFollowUps(asOf: day(asOf), matching: nil, page: storeTestAllRows)
            #expect(!page.rows.contains { $0.followUpId == b.doneOnTime || $0.followUpId == b.doneEarly },
                    "as of \(asOf)")
        }
        let before = try b.f.store.overdueFollowUps(asOf: day("2026-11-01"), matching: nil, page: storeTestAllRows)
        #expect(before.total == 0)
        #expect(before.rows.isEmpty)
    }

    @Test("paging keeps the full total", arguments: TestEngine.all)
    func paging(_ engine: TestEngine) throws {
        let b = try book(engine)
        let window = try b.f.store.overdueFollowUps(asOf: today, matching: nil, page: PageRequest(offset: 1, limit: 2))
        #expect(window.total == 4)
        #expect(window.offset == 1)
        #expect(window.rows.map(\.followUpId) == [b.afterShelter, b.checkIn])

        let beyond = try b.f.store.overdueFollowUps(asOf: today, matching: nil, page: PageRequest(offset: 4, limit: 2))
        #expect(beyond.total == 4)
        #expect(beyond.rows.isEmpty)
    }

    @Test("the filter ignores case in accented names too", arguments: TestEngine.all)
    func filterBeyondASCII(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let ines = try f.ally("Inés Peña")
        let maria = try f.parent("María Álvarez", ally: ines)
        let call = try f.followUp(parent: maria, ally: ines, due: today, kind: "first call")
        let byParent = try f.store.overdueFollowUps(asOf: today, matching: "ÁLVAREZ", page: storeTestAllRows)
        #expect(byParent.total == 1)
        #expect(byParent.rows.map(\.followUpId) == [call])
        let byAlly = try f.store.overdueFollowUps(asOf: today, matching: "INÉS PEÑA", page: storeTestAllRows)
        #expect(byAlly.rows.map(\.followUpId) == [call])
    }

    @Test("the filter matches parent, kind and ally, ignoring case", arguments: TestEngine.all)
    func filter(_ engine: TestEngine) throws {
        let b = try book(engine)
        func ids(_ text: String, _ page: PageRequest = storeTestAllRows) throws -> (Int, [ID]) {
            let result = try b.f.store.overdueFollowUps(asOf: today, matching: text, page: page)
            return (result.total, result.rows.map(\.followUpId))
        }
        #expect(try ids("cleo") == (1, [b.reminder]))
        #expect(try ids("ANA CRUZ") == (2, [b.firstCall, b.afterShelter]))
        #expect(try ids("Check") == (1, [b.checkIn]))
        #expect(try ids("dependency 101") == (1, [b.afterShelter]))
        #expect(try ids("whitfield") == (3, [b.firstCall, b.afterShelter, b.checkIn]))
        #expect(try ids("whitfield", PageRequest(offset: 2, limit: 5)) == (3, [b.checkIn]))
        // Zoe's parent record is closed: the filter does not bring her back.
        #expect(try ids("zoe") == (0, []))
        #expect(try ids("nobody") == (0, []))
    }

    @Test("closing a parent's file closes their overdue follow-ups as missed that day; the rest are planned away", arguments: TestEngine.all)
    func closingAParentClosesTheirFollowUps(_ engine: TestEngine) throws {
        let b = try book(engine)
        let ana = try b.f.store.engine.read { db in try Parent.fetchOne(db, sql: "SELECT * FROM parents WHERE name = 'Ana Cruz'") }
        var closing = try #require(ana)
        closing.status = .closed
        closing.closingReason = "case dismissed"
        try b.f.store.updateParent(closing, today: today)

        let page = try b.f.store.overdueFollowUps(asOf: today, matching: nil, page: storeTestAllRows)
        #expect(page.rows.map(\.followUpId) == [b.checkIn, b.reminder])
        let hers = try b.f.store.engine.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT id, done_on, missed, last_change FROM follow_ups WHERE parent_id = ? ORDER BY id",
                             arguments: [closing.id])
        }
        #expect(hers.filter { ($0["done_on"] as String?) == nil }.isEmpty, "nothing of hers stays open")
        for row in hers where [b.firstCall, b.afterShelter].contains(row["id"] as ID) {
            #expect(row["done_on"] as String? == today.iso && row["missed"] as Bool && row["last_change"] as String? == "missed")
        }
    }

    @Test("v12 closes the follow-ups earlier versions left open on closed parents, on the day the file closed")
    func migrationClosesWhatClosedParentsLeftOpen() throws {
        let b = try book(.file)
        // Zoe was closed by the fixture without a stamp; Ben closes on a stamped day.
        try b.f.file.pool.write { db in
            try db.execute(sql: """
                UPDATE parents SET status = 'closed', closing_reason = 'moved', last_change = 'closed',
                                   changed_at = '2026-11-21T15:00:00.000Z'
                WHERE name = 'Ben Shaw'
                """)
            try StatewideIndexesMigration.closeFollowUpsOfClosedParents(db)
        }
        let closed = try b.f.file.read { db in
            try Row.fetchAll(db, sql: "SELECT id, done_on, missed FROM follow_ups WHERE id IN (?, ?)",
                             arguments: [b.closedParents, b.checkIn])
        }
        let doneOn = Dictionary(uniqueKeysWithValues: closed.map { ($0["id"] as ID, $0["done_on"] as String?) })
        #expect(doneOn[b.closedParents] == "2026-11-01", "unstamped: closed on its due day")
        #expect(doneOn[b.checkIn] == "2026-11-21", "stamped: closed the day the file closed")
        #expect(closed.allSatisfy { $0["missed"] as Bool })
        let page = try b.f.store.overdueFollowUps(asOf: today, matching: nil, page: storeTestAllRows)
        #expect(page.rows.map(\.followUpId) == [b.firstCall, b.afterShelter, b.reminder])
    }
}
