import Foundation
import GRDB
import Testing
import P4PDemo
@testable import P4PStore

/// Each role against each act, on a real demo file: allowed or refused, decided by the store.
@Suite("Permission matrix")
struct PermissionMatrixTests {
    let today = Day(iso: "2026-11-23")!

    /// A demo program, an ally user for the ally with the most open parents, and the records
    /// each act needs: theirs, another ally's, and nobody's.
    struct World {
        let directory: StoreTestDirectory
        let store: SQLiteStore
        let ally: User, supervisor: User, admin: User
        let own: ID, other: ID, waiting: ID
        let todaysHearing: ID, otherDaysHearing: ID
        let ownFollowUp: ID, otherFollowUp: ID
    }

    func world() throws -> World {
        let directory = try StoreTestDirectory()
        let store = try SQLiteStore.create(at: directory.path("desk.sqlite"))
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 2, today: today))
        let fast = SecretHash.Parameters.fastForTests
        let allyName = try store.read { db in
            try String.fetchOne(db, sql: """
                SELECT a.name FROM allies a JOIN parents p ON p.ally_id = a.id AND p.status = 'open'
                JOIN follow_ups f ON f.parent_id = p.id AND f.done_on IS NULL
                WHERE a.active GROUP BY a.id ORDER BY count(DISTINCT p.id) DESC LIMIT 1
                """)!
        }
        try store.addUser(name: allyName, role: .ally, secret: "111111", parameters: fast)
        try store.addUser(name: "Sup", role: .supervisor, secret: "222222", parameters: fast)
        try store.addUser(name: "Adm", role: .admin, secret: "333333", parameters: fast)
        let users = Dictionary(uniqueKeysWithValues: try store.users().map { ($0.name, $0) })
        let ally = users[allyName]!
        return try store.read { db in
            func id(_ sql: String, _ args: StatementArguments = []) throws -> ID { try ID.fetchOne(db, sql: sql, arguments: args)! }
            let allyId = ally.allyId!
            return World(
                directory: directory, store: store, ally: ally, supervisor: users["Sup"]!, admin: users["Adm"]!,
                own: try id("SELECT id FROM parents WHERE ally_id = ? AND status = 'open' LIMIT 1", [allyId]),
                other: try id("SELECT id FROM parents WHERE ally_id <> ? AND status = 'open' LIMIT 1", [allyId]),
                waiting: try id("SELECT id FROM parents WHERE ally_id IS NULL AND status = 'open' LIMIT 1"),
                todaysHearing: try id("SELECT id FROM hearings WHERE date = ? LIMIT 1", [today]),
                otherDaysHearing: try id("SELECT id FROM hearings WHERE date <> ? LIMIT 1", [today]),
                ownFollowUp: try id("SELECT f.id FROM follow_ups f JOIN parents p ON p.id = f.parent_id WHERE p.ally_id = ? AND f.done_on IS NULL LIMIT 1", [allyId]),
                otherFollowUp: try id("SELECT f.id FROM follow_ups f JOIN parents p ON p.id = f.parent_id WHERE p.ally_id <> ? AND f.done_on IS NULL LIMIT 1", [allyId]))
        }
    }

    func allowed(_ w: World, _ user: User, _ act: Act) throws -> Bool {
        try (w.store.acting(as: user) as! ProgramStore).refusal(for: act, today: today) == nil
    }

    @Test("each role against each act", arguments: TestEngine.all)
    func matrix(_ engine: TestEngine) throws {
        let w = try world()
        // act: (ally, supervisor, admin)
        let rows: [(String, Act, (Bool, Bool, Bool))] = [
            ("open own parent", .openDetail(parentId: w.own), (true, true, true)),
            ("open another's parent", .openDetail(parentId: w.other), (false, true, true)),
            ("court outcome today", .recordCourtOutcome(hearingId: w.todaysHearing), (true, true, true)),
            ("court outcome another day", .recordCourtOutcome(hearingId: w.otherDaysHearing), (false, true, true)),
            ("take an unassigned parent (setting off)", .assignAlly(parentId: w.waiting, allyId: w.ally.allyId!), (false, true, true)),
            ("reassign or unassign", .changeAlly(parentId: w.own), (false, true, true)),
            ("contact, own parent", .logContact(parentId: w.own), (true, true, true)),
            ("contact, another's parent", .logContact(parentId: w.other), (false, true, true)),
            ("snooze own follow-up", .snooze(followUpId: w.ownFollowUp), (true, true, true)),
            ("snooze another's follow-up", .snooze(followUpId: w.otherFollowUp), (false, true, true)),
            ("add or edit cases, parents, hearings", .enterRecords, (false, true, true)),
            ("Dependency 101", .teachClass, (true, true, true)),
            ("settings", .changeSettings, (false, false, true)),
            ("users", .manageUsers, (false, false, true)),
        ]
        for (name, act, expected) in rows {
            #expect(try allowed(w, w.ally, act) == expected.0, "ally: \(name)")
            #expect(try allowed(w, w.supervisor, act) == expected.1, "supervisor: \(name)")
            #expect(try allowed(w, w.admin, act) == expected.2, "admin: \(name)")
        }
        try w.store.setSetting(SQLiteStore.alliesMayTakeUnassigned, to: "yes")
        #expect(try allowed(w, w.ally, .assignAlly(parentId: w.waiting, allyId: w.ally.allyId!)))
        let someoneElse = try #require(try w.store.caseloads().first { $0.ally.id != w.ally.allyId && $0.active }).ally.id
        #expect(try !allowed(w, w.ally, .assignAlly(parentId: w.waiting, allyId: someoneElse)), "for themself only")
    }

    @Test("an ally's Overdue list holds their own parents only; a supervisor's holds everyone's", arguments: TestEngine.all)
    func overdueIsNeedToKnow(_ engine: TestEngine) throws {
        let w = try world()
        let page = PageRequest(offset: 0, limit: 10_000)
        let everyone = try w.store.acting(as: w.supervisor).overdueFollowUps(asOf: today, matching: nil, page: page)
        let own = try w.store.acting(as: w.ally).overdueFollowUps(asOf: today, matching: nil, page: page)
        let owners = try w.store.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, ally_id FROM parents").map {
                ($0["id"] as ID, $0["ally_id"] as ID?)
            })
        }
        #expect(own.total > 0 && own.total < everyone.total)
        #expect(own.rows.allSatisfy { owners[$0.parentId] == w.ally.allyId })
        #expect(everyone.rows.contains { owners[$0.parentId] != w.ally.allyId })
    }

    @Test("a refused write is refused by the store itself, and writes nothing", arguments: TestEngine.all)
    func refusedWrites(_ engine: TestEngine) throws {
        let w = try world()
        let ally = try w.store.acting(as: w.ally)
        let before = try w.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contacts") }
        #expect(throws: StoreError.notAllowed("refusal.allyOwnContactsOnly")) {
            try ally.logContact(Contact(parentId: w.other, allyId: w.ally.allyId, date: today, mode: .phone, reached: true),
                                completing: nil, referrals: [], today: today)
        }
        #expect(try w.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contacts") } == before)
        try ally.logContact(Contact(parentId: w.own, allyId: w.ally.allyId, date: today, mode: .phone, reached: true),
                            completing: nil, referrals: [], today: today)
        #expect(throws: StoreError.notAllowed("refusal.onlyAdmin")) {
            try (w.store.acting(as: w.supervisor) as! ProgramStore).addUser(name: "New", role: .ally, secret: "444444",
                                                                           parameters: .fastForTests)
        }
        #expect(throws: StoreError.notAllowed("refusal.onlyAdmin")) {
            try w.store.acting(as: w.supervisor).setFollowUpPolicy(.standard, today: today)
        }
        try w.store.acting(as: w.admin).setFollowUpPolicy(.standard, today: today)
        let actor = try w.store.read { db in try String.fetchOne(db, sql: "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1") }
        #expect(actor == "user:\(w.admin.id)", "stored by id; shown by name")
    }
}
