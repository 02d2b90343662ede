import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Coverage planned ahead: a supervisor names the ally who covers a coming hearing, and that
/// ally may open the parent's file on the hearing's day only. On real SQLite files.
@Suite("Coverage plan")
struct CoveragePlanTests {
    let today = StoreFixture.day("2026-11-23")
    let hearingDay = StoreFixture.day("2026-11-25")

    /// A waiting parent (nobody's yet) with a first hearing in two days; two allies with users
    /// (Lan covers, Bao does not) and a supervisor.
    struct World {
        let fixture: StoreFixture
        let parent: ID, hearing: ID, lan: ID
        let lanUser: User, baoUser: User, supervisor: User
    }

    func world(_ engine: TestEngine) throws -> World {
        let f = try StoreFixture(engine)
        let lan = try f.ally("Lan Nguyen")
        try f.ally("Bao Tran")
        let parent = try f.parent("María Pérez")
        let caseId = try f.caseWithParent("26-7-00001-1", parent: parent)
        let hearing = try f.hearing(case: caseId, on: hearingDay)
        let fast = SecretHash.Parameters.fastForTests
        try f.store.addUser(name: "Lan Nguyen", role: .ally, secret: "111111", parameters: fast)
        try f.store.addUser(name: "Bao Tran", role: .ally, secret: "222222", parameters: fast)
        try f.store.addUser(name: "Sup", role: .supervisor, secret: "333333", parameters: fast)
        let users = Dictionary(uniqueKeysWithValues: try f.store.users().map { ($0.name, $0) })
        return World(fixture: f, parent: parent, hearing: hearing, lan: lan,
                     lanUser: users["Lan Nguyen"]!, baoUser: users["Bao Tran"]!, supervisor: users["Sup"]!)
    }

    func store(_ w: World, as user: User) throws -> ProgramStore { try w.fixture.store.actingStore(as: user) }

    func mayOpen(_ w: World, _ user: User, on day: Day) throws -> Bool {
        try store(w, as: user).refusal(for: .openDetail(parentId: w.parent), today: day) == nil
    }

    func version(_ w: World) throws -> Int {
        try w.fixture.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT version FROM hearings WHERE id = ?", arguments: [w.hearing])! }
    }

    @Test("the ally planned to cover a hearing may open the parent's file on its day, not the day after", arguments: TestEngine.all)
    func needToKnowFollowsTheWork(_ engine: TestEngine) throws {
        let w = try world(engine)
        #expect(try !mayOpen(w, w.lanUser, on: hearingDay), "before the plan, the parent is not hers")
        try store(w, as: w.supervisor).planCoverage(hearingId: w.hearing, allyId: w.lan, today: today, readVersion: try version(w))
        #expect(try mayOpen(w, w.lanUser, on: hearingDay), "covering today's hearing")
        #expect(try !mayOpen(w, w.lanUser, on: hearingDay.adding(days: 1)), "the day after")
        #expect(try !mayOpen(w, w.lanUser, on: today), "before the hearing's day")
        #expect(try !mayOpen(w, w.baoUser, on: hearingDay), "an ally not covering it")
    }

    @Test("a plan is versioned, audited with ids only, shown on the docket, and refused to allies and for past hearings", arguments: TestEngine.all)
    func planIsVersionedAndAudited(_ engine: TestEngine) throws {
        let w = try world(engine)
        let supervisor = try store(w, as: w.supervisor)
        let read = try version(w)
        try supervisor.planCoverage(hearingId: w.hearing, allyId: w.lan, today: today, readVersion: read)
        let docket = try w.fixture.store.docket(on: hearingDay, matching: nil, page: PageRequest(offset: 0, limit: 10))
        #expect(docket.rows.first?.coveringAlly?.id == w.lan, "the docket's Ally column shows the plan")
        #expect(try version(w) == read + 1)

        // Another terminal's form read the old version: refused, nothing changes.
        #expect(throws: StoreError.self) {
            try supervisor.planCoverage(hearingId: w.hearing, allyId: nil, today: today, readVersion: read)
        }
        #expect(try w.fixture.store.engine.read { db in try ID.fetchOne(db, sql: "SELECT ally_id FROM hearings WHERE id = ?", arguments: [w.hearing]) } == w.lan)

        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorPlansCoverage")) {
            try store(w, as: w.lanUser).planCoverage(hearingId: w.hearing, allyId: w.lan, today: today, readVersion: nil)
        }
        #expect(throws: StoreError.invalid(field: .coveringAlly, reason: "invalid.coverageForComingHearings")) {
            try supervisor.planCoverage(hearingId: w.hearing, allyId: w.lan, today: hearingDay.adding(days: 1), readVersion: nil)
        }
        try supervisor.planCoverage(hearingId: w.hearing, allyId: nil, today: today, readVersion: nil)
        let entries = try w.fixture.store.engine.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT action, detail FROM audit_log WHERE action = 'coverage planned' ORDER BY id")
                .map { "\($0["action"] as String): \($0["detail"] as String)" }
        }
        #expect(entries == ["coverage planned: ally \(w.lan) (was none)", "coverage planned: was \(w.lan)"])
        #expect(try w.fixture.store.verifyAuditLog().intact)
        // Told in words with the names as they are on file now.
        let told = try w.fixture.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 2)).rows.map { $0.what.text(.english) }
        #expect(told.count == 2 && told[0].hasPrefix("planned nobody to cover ") && told[0].hasSuffix(" (was: Lan Nguyen)"), "\(told)")
        #expect(told[1].hasPrefix("planned Lan Nguyen to cover ") && told[1].hasSuffix(" (was: none)"), "\(told)")
    }
}
