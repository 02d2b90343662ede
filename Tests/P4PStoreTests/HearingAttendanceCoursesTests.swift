import Foundation
import GRDB
import Testing
@testable import P4PStore

/// v8 on real SQLite files: courses as data (and a v7 file's classes keeping theirs), what the
/// court recorded for each parent at a hearing, and contacts credited to whoever made them.
@Suite("Hearing attendance, compliance and courses")
struct HearingAttendanceCoursesTests {
    let today = StoreFixture.day("2026-11-23")

    /// A file as P4P Desk wrote it at v7, before courses were data.
    private func makeV7File(at path: String, _ fill: (Database) throws -> Void) throws {
        try FileSecurity.createOwnerOnlyFile(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let before = Schema.migrations.prefix { $0.id != HearingAttendanceCoursesMigration.id }
            #expect(before.count == 7, "v1 to v7 come before courses")
            for (index, migration) in before.enumerated() {
                try migration.run(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.id])
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
            }
            try fill(db)
        }
        try queue.close()
    }

    @Test("a v7 file's classes keep their course: Dependency 101 by its code, any other name as a course of its own", arguments: TestEngine.all)
    func migrationFromV6(_ engine: TestEngine) throws {
        let directory = try StoreTestDirectory()
        let path = directory.path("v7.sqlite")
        try makeV7File(at: path) { db in
            try db.execute(sql: """
                INSERT INTO parents (id, name, waiting_since) VALUES (1, 'Maria Brooks', '2026-10-01'), (2, 'Ana Ruiz', '2026-10-01');
                INSERT INTO class_sessions (id, course, date) VALUES (1, 'Dependency 101', '2026-11-03'),
                    (2, 'Parenting circle', '2026-11-10'), (3, 'Dependency 201', '2026-11-17');
                INSERT INTO class_attendance (session_id, parent_id, attended) VALUES (1, 1, 1), (1, 2, 0), (2, 2, 1), (3, 1, 1);
                INSERT INTO contacts (parent_id, date, mode, reached) VALUES (1, '2026-11-02', 'phone', 1);
                INSERT INTO hearing_types (code, name, short_name) VALUES ('x', 'X', 'X');
                """)
        }
        let store = try SQLiteStore.open(at: path)
        defer { try? store.close() }
        let sessions = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT id, course FROM class_sessions ORDER BY id").map { [$0["id"] as ID: $0["course"] as String] }
        }
        #expect(sessions == [[1: "dependency-101"], [2: "Parenting circle"], [3: "dependency-201"]])
        let courses = try store.read { db in try Course.fetchAll(db, sql: "SELECT * FROM \(Course.table) ORDER BY sort_order, code") }
        #expect(courses.map(\.code) == ["dependency-101", "dependency-201", "support-group", "Parenting circle"])
        #expect(courses.filter(\.countsAsDependency101).map(\.code) == ["dependency-101"])
        #expect(courses.last?.name == "Parenting circle")
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM class_attendance") } == 4,
                "nobody's attendance is lost")
        // The statute's figure counts the Dependency 101 session only (roster of 2, 1 came).
        let figure = try store.read { db in
            try ProgramFigureSQL.dependency101(GRDBSession(db), ReportPeriod(from: StoreFixture.day("2026-11-01"), to: StoreFixture.day("2026-11-30"))!)
        }
        #expect(figure == Ratio(1, of: 2))
        // The session's course is a reference now: a code no course has is refused by SQLite.
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO class_sessions (course, date) VALUES ('no-such-course', '2026-12-01')")
            }
        }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == Schema.version)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contacts WHERE user_id IS NULL") } == 1)
    }

    @Test("a session of any active course can be scheduled; an unknown course is refused by name of the field", arguments: TestEngine.all)
    func schedulingAnyCourse(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let session = try f.store.scheduleClass(ClassSession(course: "support-group", date: StoreFixture.day("2026-12-03")), on: today)
        let summary = try #require(try f.store.classSessions(from: today, limit: 10).first { $0.session.id == session })
        #expect(summary.session.course == "support-group")
        #expect(summary.courseName == "Parent support group")
        #expect(Course.words(code: summary.session.course, name: summary.courseName).text(.spanish) == "Grupo de apoyo para padres")
        #expect(throws: StoreError.invalid(field: .course, reason: "invalid.chooseActiveCourse")) {
            try f.store.scheduleClass(ClassSession(course: "knitting", date: StoreFixture.day("2026-12-03")), on: today)
        }
        try f.write { db in try db.execute(sql: "UPDATE courses SET active = 0 WHERE code = 'dependency-201'") }
        #expect(try f.store.courses().map(\.code) == ["dependency-101", "support-group"])
        #expect(throws: StoreError.invalid(field: .course, reason: "invalid.chooseActiveCourse")) {
            try f.store.scheduleClass(ClassSession(course: "dependency-201", date: StoreFixture.day("2026-12-03")), on: today)
        }
    }

    /// A review hearing today with two parents on its case.
    private func reviewHearing(_ f: StoreFixture) throws -> (hearing: ID, mother: ID, father: ID, ally: ID) {
        let ally = try f.ally("Ana Ruiz")
        let mother = try f.parent("Maria Brooks", ally: ally)
        let father = try f.parent("Jon Brooks")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: mother)
        try f.link(parent: father, to: caseId, as: .father)
        let hearing = try f.hearing(case: caseId, on: today, type: "review")
        return (hearing, mother, father, ally)
    }

    private func hearingParents(_ f: StoreFixture, _ hearing: ID) throws -> [ID: HearingParent] {
        try f.store.engine.read { db in
            Dictionary(uniqueKeysWithValues: try HearingParent.fetchAll(db, sql: "SELECT * FROM \(HearingParent.table) WHERE hearing_id = ?", arguments: [hearing]).map { ($0.parentId, $0) })
        }
    }

    @Test("the court's attendance and findings are saved per parent; attendance not given follows the engagement", arguments: TestEngine.all)
    func attendanceAndCompliance(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let w = try reviewHearing(f)
        var outcome = CourtOutcome(hearingId: w.hearing, engagement: [w.mother: .met, w.father: .notPresent],
                                   coveringAllyId: w.ally, status: .held, today: today, readVersion: 1)
        outcome.servicesCompliance = [w.mother: .partially, w.father: .notCompliant]
        outcome.visitationCompliance = [w.mother: .compliant, w.father: .notAddressed]
        try f.store.recordCourtOutcome(outcome)
        let saved = try hearingParents(f, w.hearing)
        #expect(saved[w.mother] == HearingParent(hearingId: w.hearing, parentId: w.mother, engagement: .met, parentAttended: true,
                                                 servicesCompliance: .partially, visitationCompliance: .compliant))
        #expect(saved[w.father] == HearingParent(hearingId: w.hearing, parentId: w.father, engagement: .notPresent,
                                                 parentAttended: false, servicesCompliance: .notCompliant,
                                                 visitationCompliance: .notAddressed))
        let docket = try f.store.docket(on: today, matching: nil, page: storeTestAllRows).rows
        #expect(docket.first?.parents.map(\.attended) == [true, false])
        #expect(docket.first?.parents.map(\.servicesCompliance) == [.partially, .notCompliant])

        // The court's record wins over the engagement: a parent not found by the ally was there.
        var again = CourtOutcome(hearingId: w.hearing, engagement: [w.mother: .met, w.father: .notPresent],
                                 coveringAllyId: w.ally, status: .held, today: today, readVersion: 2)
        again.attended = [w.father: true]
        try f.store.recordCourtOutcome(again)
        #expect(try hearingParents(f, w.hearing)[w.father]?.parentAttended == true)
        #expect(try hearingParents(f, w.hearing)[w.father]?.servicesCompliance == nil, "findings not given are cleared")
    }

    @Test("a parent met at court cannot be recorded absent; nothing of the outcome is saved", arguments: TestEngine.all)
    func metButAbsentIsRefused(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let w = try reviewHearing(f)
        var outcome = CourtOutcome(hearingId: w.hearing, engagement: [w.mother: .met], coveringAllyId: w.ally,
                                   status: .held, today: today, readVersion: 1)
        outcome.attended = [w.mother: false]
        #expect(throws: StoreError.invalid(field: .attended(parentId: w.mother), reason: "invalid.metButAbsent")) {
            try f.store.recordCourtOutcome(outcome)
        }
        #expect(try hearingParents(f, w.hearing).isEmpty)
        #expect(try f.store.hearing(id: w.hearing)?.status == .scheduled)
    }

    @Test("attendance and findings saved on a form read before another terminal's save are refused as stale", arguments: TestEngine.all)
    func staleOutcomeIsRefused(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let w = try reviewHearing(f)
        try f.store.recordCourtOutcome(CourtOutcome(hearingId: w.hearing, engagement: [w.mother: .met], coveringAllyId: w.ally,
                                                    status: .held, today: today, readVersion: 1))
        var late = CourtOutcome(hearingId: w.hearing, engagement: [w.mother: .declined], coveringAllyId: w.ally,
                                status: .held, today: today, readVersion: 1)
        late.servicesCompliance = [w.mother: .compliant]
        #expect {
            try f.store.recordCourtOutcome(late)
        } throws: { error in
            if case .stale? = error as? StoreError { return true }
            return false
        }
        let saved = try hearingParents(f, w.hearing)[w.mother]
        #expect(saved?.engagement == .met && saved?.servicesCompliance == nil, "the first save stands")
        #expect(try f.store.engine.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_log WHERE action = 'court outcome recorded'")
        }.count == 1, "the refused save is not audited")
    }

    @Test("a contact is credited to the user who made it, not to the parent's assigned ally", arguments: TestEngine.all)
    func contactCreditedToTheUser(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let assigned = try f.ally("Ana Ruiz")
        let parent = try f.parent("Maria Brooks", ally: assigned)
        let fast = SecretHash.Parameters.fastForTests
        try f.store.addUser(name: "Sup", role: .supervisor, secret: "222222", parameters: fast)
        try f.store.addUser(name: "Ana Ruiz", role: .ally, secret: "111111", parameters: fast)
        let users = Dictionary(uniqueKeysWithValues: try f.store.users().map { ($0.name, $0) })
        let supervisor = try #require(users["Sup"]), ally = try #require(users["Ana Ruiz"])
        #expect(ally.allyId == assigned)

        // The form hands the store the parent's ally, as it did before v8: the store decides.
        let call = Contact(parentId: parent, allyId: assigned, date: today, mode: .phone, reached: true)
        let bySupervisor = try f.store.actingStore(as: supervisor).logContact(call, completing: nil, referrals: ["housing"], today: today)
        let byAlly = try f.store.actingStore(as: ally).logContact(call, completing: nil, referrals: [], today: today)
        let credit = try f.store.engine.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT id, user_id, ally_id FROM contacts ORDER BY id").map {
                [$0["id"] as ID, $0["user_id"] as ID? ?? 0, $0["ally_id"] as ID? ?? 0]
            }
        }
        #expect(credit == [[bySupervisor, supervisor.id, 0], [byAlly, ally.id, assigned]])
        #expect(try f.store.engine.read { db in try SQLRow.fetchOne(db, sql: "SELECT ally_id FROM referrals")!["ally_id"] as ID? } == nil,
                "the supervisor's referral is not the ally's either")
        // The parent's file says who made each contact: the user, not the parent's ally.
        let history = try #require(try f.store.parentDetail(id: parent)).contacts
        #expect(history.map(\.madeBy) == ["Ana Ruiz", "Sup"], "newest first")
    }
}
