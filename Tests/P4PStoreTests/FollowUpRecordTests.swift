import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }
private let today = day("2026-12-01")

/// What a follow-up's record says happened: attempts, completions, snoozes and missed reminders
/// are the domain's own data, never read back from the audit log.
@Suite("Follow-up records")
struct FollowUpRecordTests {
    private func followUp(_ f: StoreFixture, _ id: ID) throws -> FollowUp {
        try #require(try f.store.engine.read { db in try FollowUp.fetchOne(db, key: id) })
    }
    private func overdue(_ f: StoreFixture, asOf day: Day = today) throws -> [OverdueFollowUp] {
        try f.store.overdueFollowUps(asOf: day, matching: nil, page: storeTestAllRows).rows
    }

    @Test("an unanswered call is an attempt: the follow-up stays open and counts it; a reached one completes it", arguments: TestEngine.all)
    func attempts(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rosa = try f.ally("Rosa Delgado")
        let maria = try f.parent("María Núñez", ally: rosa)
        let due = try f.followUp(parent: maria, ally: rosa, due: day("2026-11-28"))
        let missedCall = Contact(parentId: maria, allyId: rosa, date: day("2026-11-30"), mode: .phone, reached: false)
        try f.store.logContact(missedCall, completing: due, referrals: [], today: today)
        var record = try followUp(f, due)
        #expect(record.doneOn == nil && record.attempts == 1 && record.lastAttemptOn == day("2026-11-30"))
        #expect(try overdue(f).map(\.followUpId) == [due])
        #expect(try overdue(f).first?.attempts == 1)
        #expect(try f.store.engine.read { db in try AuditEntry.fetchOne(db, sql: "SELECT * FROM \(AuditEntry.table) ORDER BY id DESC")?.action } == "contact attempted")

        let reached = Contact(parentId: maria, allyId: rosa, date: today, mode: .phone, reached: true)
        try f.store.logContact(reached, completing: due, referrals: [], today: today)
        record = try followUp(f, due)
        #expect(record.doneOn == today && record.attempts == 1 && record.contactId != nil)
        #expect(try overdue(f).isEmpty)
        let detail = try #require(try f.store.parentDetail(id: maria))
        #expect(detail.followUps.first { $0.followUp.id == due }?.followUp.attempts == 1)
    }

    @Test("a reminder whose hearing has passed leaves Overdue, and closes as missed on the hearing's day", arguments: TestEngine.all)
    func missedReminder(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rosa = try f.ally("Rosa Delgado")
        let maria = try f.parent("María Núñez", ally: rosa)
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        let held = try f.hearing(case: caseId, on: day("2026-10-20"), status: .held)
        let coming = try f.hearing(case: caseId, on: day("2026-12-03"))
        let old = try f.write { db -> ID in
            var r = FollowUp(parentId: maria, allyId: rosa, dueDate: day("2026-10-16"), kind: FollowUpKind.hearingReminder,
                             hearingId: held, expiresOn: day("2026-10-20"))
            try r.insert(db)
            return r.id!
        }
        let soon = try f.write { db -> ID in
            var r = FollowUp(parentId: maria, allyId: rosa, dueDate: day("2026-12-01"), kind: FollowUpKind.hearingReminder,
                             hearingId: coming, expiresOn: day("2026-12-03"))
            try r.insert(db)
            return r.id!
        }
        #expect(try overdue(f).map(\.followUpId) == [soon], "the October reminder is no longer due")
        #expect(try overdue(f, asOf: day("2026-10-19")).map(\.followUpId) == [old], "it was, before its hearing")
        #expect(try f.store.closeMissedReminders(asOf: today) == 1)
        let logged = try f.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 1)).rows.first
        #expect(logged?.what.text(.english) == "closed as missed the hearing reminders whose hearings had passed (1 follow-up)")
        let closed = try followUp(f, old)
        #expect(closed.missed && closed.doneOn == day("2026-10-20") && closed.contactId == nil)
        #expect(try followUp(f, soon).doneOn == nil)
        #expect(try f.store.closeMissedReminders(asOf: today) == 0, "nothing left: nothing written")
    }

    @Test("the planner links each reminder to its hearing, and a moved hearing takes its reminder along", arguments: TestEngine.all)
    func remindersFollowHearings(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let maria = try f.parent("María Núñez")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.hearing(case: caseId, on: day("2026-11-02"), status: .held)
        let next = try f.hearing(case: caseId, on: day("2026-12-10"), type: "shelter-30")
        try f.store.replanFollowUps(parentId: maria, today: today)
        var reminder = try #require(try f.store.engine.read { db in
            try FollowUp.fetchOne(db, sql: "SELECT * FROM \(FollowUp.table) WHERE kind = ?", arguments: [FollowUpKind.hearingReminder])
        })
        #expect(reminder.hearingId == next && reminder.expiresOn == day("2026-12-10"))
        var hearing = try #require(try f.store.hearing(id: next))
        hearing.date = day("2026-12-17")
        try f.store.updateHearing(hearing, today: today)
        reminder = try #require(try f.store.engine.read { db in
            try FollowUp.fetchOne(db, sql: "SELECT * FROM \(FollowUp.table) WHERE kind = ?", arguments: [FollowUpKind.hearingReminder])
        })
        #expect(reminder.dueDate == day("2026-12-15") && reminder.expiresOn == day("2026-12-17"))
    }

    @Test("a snooze is stored on the follow-up: re-planning keeps it without reading the audit log")
    func snoozeStored() throws {
        let f = try StoreFixture(.file)
        let rosa = try f.ally("Rosa Delgado")
        let maria = try f.parent("María Núñez", ally: rosa)
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.hearing(case: caseId, on: day("2026-11-20"), status: .held)
        try f.store.replanFollowUps(parentId: maria, today: today)
        let checkIn = try #require(try f.store.engine.read { db in
            try FollowUp.fetchOne(db, sql: "SELECT * FROM \(FollowUp.table) WHERE kind = ? ORDER BY due_date", arguments: [FollowUpKind.checkIn])
        })
        let until = checkIn.dueDate.adding(days: 10)
        try f.store.snoozeFollowUp(id: checkIn.id!, to: until, reason: "in treatment", today: today)
        // Whatever the audit log says (reworded, translated, or gone), the follow-up knows.
        try f.file.pool.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(sql: "UPDATE audit_log SET action = 'aplazado'")
        }
        try f.store.replanFollowUps(parentId: maria, today: today)
        let kept = try followUp(f, checkIn.id!)
        #expect(kept.dueDate == until && kept.snoozedUntil == until && kept.snoozeReason == "in treatment")
        let checkIns = try f.store.engine.read { db in
            try FollowUp.fetchAll(db, sql: "SELECT * FROM \(FollowUp.table) WHERE kind = ? AND done_on IS NULL", arguments: [FollowUpKind.checkIn])
        }
        #expect(!checkIns.contains { $0.dueDate < until && $0.id != checkIn.id }, "the snooze stands in for check-ins up to it")
    }

    @Test("a database made before v3 keeps its snoozes and links its reminders when it is opened", arguments: TestEngine.all)
    func migration(_ engine: TestEngine) throws {
        let dir = try StoreTestDirectory()
        let path = dir.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for migration in Schema.migrations.prefix(2) { try migration.run(db) }
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1-program'), ('v2-users')")
            try db.execute(sql: """
                INSERT INTO parents (id, name, waiting_since) VALUES (1, 'María Núñez', '2026-11-01');
                INSERT INTO cases (id, case_number) VALUES (1, '26-7-00101-1');
                INSERT INTO case_parents (case_id, parent_id, role) VALUES (1, 1, 'mother');
                INSERT INTO hearings (id, case_id, type_id, date) VALUES (1, 1, 2, '2026-12-10');
                INSERT INTO follow_ups (id, parent_id, due_date, kind) VALUES (1, 1, '2026-12-20', 'check-in');
                INSERT INTO follow_ups (id, parent_id, due_date, kind) VALUES (2, 1, '2026-12-08', 'hearing reminder');
                INSERT INTO audit_log (at, actor, action, entity, entity_id, detail)
                    VALUES ('2026-11-30T10:00:00Z', 'user:Dana Brooks', 'follow-up snoozed', 'follow-up', 1,
                            'to 2026-12-20: in treatment');
                """)
        }
        try queue.close()
        let store = try SQLiteStore.open(at: path)
        let rows = try store.read { db in try FollowUp.fetchAll(db, sql: "SELECT * FROM \(FollowUp.table) ORDER BY id") }
        #expect(rows[0].snoozedUntil == day("2026-12-20") && rows[0].snoozeReason == "in treatment")
        #expect(rows[1].hearingId == 1 && rows[1].expiresOn == day("2026-12-10"))
        #expect(try store.findParents(nameStartingWith: "nunez", limit: 5).map(\.id) == [1])
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == Schema.version)
    }

    @Test("recording a hearing as held with a parent met asks who met them", arguments: TestEngine.all)
    func metNeedsAnAlly(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let maria = try f.parent("María Núñez")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        let hearing = try f.hearing(case: caseId, on: today)
        let outcome = CourtOutcome(hearingId: hearing, engagement: [maria: .met], coveringAllyId: nil, status: .held, today: today)
        #expect(throws: StoreError.invalid(field: .coveringAlly, reason: "invalid.metNeedsAlly")) {
            try f.store.recordCourtOutcome(outcome)
        }
        var declined = outcome
        declined.engagement = [maria: .declined]
        try f.store.recordCourtOutcome(declined)
        #expect(try f.store.hearing(id: hearing)?.status == .held)
    }

    @Test("a continuance re-plans: the new hearing gets its reminder", arguments: TestEngine.all)
    func continuanceReplans(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rosa = try f.ally("Rosa Delgado")
        let maria = try f.parent("María Núñez", ally: rosa)
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        let hearing = try f.hearing(case: caseId, on: today)
        try f.store.recordCourtOutcome(CourtOutcome(hearingId: hearing, engagement: [maria: .notPresent], coveringAllyId: nil,
                                                    status: .continued, continuedTo: day("2026-12-15"), today: today))
        let reminders = try f.store.engine.read { db in
            try FollowUp.fetchAll(db, sql: "SELECT * FROM \(FollowUp.table) WHERE kind = ? AND done_on IS NULL", arguments: [FollowUpKind.hearingReminder])
        }
        #expect(reminders.map(\.dueDate) == [day("2026-12-11")])
    }

    @Test("a Parent Ally's Overdue filter finds their own parents", arguments: TestEngine.all)
    func allyFilter(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rosa = try f.ally("Rosa Delgado")
        let other = try f.ally("Fartun Hassan")
        let ana = try f.parent("Ana Hernández", ally: rosa)
        let jeremy = try f.parent("Jeremy Cooper", ally: other)
        try f.followUp(parent: ana, ally: rosa, due: day("2026-11-28"))
        try f.followUp(parent: jeremy, ally: other, due: day("2026-11-28"))
        try f.store.addUser(name: "Rosa Delgado", role: .ally, secret: "135790", parameters: .fastForTests)
        let user = try #require(try f.store.users().first { $0.name == "Rosa Delgado" })
        let asRosa = try f.store.actingStore(as: user)
        #expect(try asRosa.overdueFollowUps(asOf: today, matching: nil, page: storeTestAllRows).rows.map(\.parentName) == ["Ana Hernández"])
        #expect(try asRosa.overdueFollowUps(asOf: today, matching: "hern", page: storeTestAllRows).rows.map(\.parentName) == ["Ana Hernández"])
        #expect(try asRosa.overdueFollowUps(asOf: today, matching: "cooper", page: storeTestAllRows).rows.isEmpty)
    }
}
