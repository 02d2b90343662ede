import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }
private let today = day("2026-11-23")

private func followUps(_ f: StoreFixture, parent: ID) throws -> [FollowUp] {
    try f.store.engine.read { db in
        try FollowUp.fetchAll(db, sql: "SELECT * FROM \(FollowUp.table) WHERE parent_id = ? ORDER BY due_date, id", arguments: [parent])
    }
}
private func auditCount(_ f: StoreFixture) throws -> Int {
    try f.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(AuditEntry.table)")! }
}

@Suite("Parent writes")
struct ParentWriteTests {
    @Test("create: cleaned, no ally, audited by id only", arguments: TestEngine.all)
    func create(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let id = try f.store.createParent(Parent(name: "  Maria\u{1B}[2J Brooks ", phone: " ", language: "Spanish",
                                                 allyId: 99, waitingSince: today))
        let saved = try #require(try f.store.engine.read { db in try Parent.fetchOne(db, key: id) })
        #expect(saved.name == "Maria[2J Brooks")
        #expect(saved.phone == nil && saved.allyId == nil)
        let audit = try #require(try lastAudit(f))
        #expect(audit.action == "parent created" && audit.entity == "parent" && audit.entityId == id)
        #expect(audit.actor == f.store.actor && audit.detail == nil)
    }

    @Test("names: empty and over 80 characters refused, exactly 80 kept", arguments: TestEngine.all)
    func names(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        #expect(throws: StoreError.invalid(field: .parentName, reason: "invalid.empty")) {
            try f.store.createParent(Parent(name: " \u{7} ", waitingSince: today))
        }
        #expect(throws: StoreError.invalid(field: .parentName, reason: Phrase("invalid.atMost", ["count": .number(80)]))) {
            try f.store.createParent(Parent(name: String(repeating: "é", count: 81), waitingSince: today))
        }
        #expect(StoreError.invalid(field: .parentName, reason: Phrase("invalid.atMost", ["count": .number(80)])).phrase.text(.english)
                == "Name: at most 80 characters")
        #expect(StoreError.invalid(field: .parentName, reason: Phrase("invalid.atMost", ["count": .number(80)])).phrase.text(.spanish)
                == "Nombre: como máximo 80 caracteres")
        let id = try f.store.createParent(Parent(name: String(repeating: "é", count: 80), waitingSince: today))
        #expect(id > 0)
        #expect(try auditCount(f) == 1)
    }

    @Test("update: names changed fields, keeps the ally, closing needs a reason and clears planned follow-ups", arguments: TestEngine.all)
    func update(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let id = try f.parent("Maria Brooks", ally: dana)
        var parent = try #require(try f.store.engine.read { db in try Parent.fetchOne(db, key: id) })
        parent.phone = "206-555-0100"
        parent.name = "Maria Brooks-Lee"
        parent.allyId = nil
        try f.store.updateParent(parent, today: today)
        let saved = try #require(try f.store.engine.read { db in try Parent.fetchOne(db, key: id) })
        #expect(saved.name == "Maria Brooks-Lee" && saved.phone == "206-555-0100" && saved.allyId == dana)
        #expect(try lastAudit(f)?.detail == "fields: name, phone")

        // A second save on what was read before the first is stale: it would write over it.
        #expect(throws: StoreError.self) { try f.store.updateParent(parent, today: today) }
        parent.version = saved.version
        parent.status = .closed
        #expect(throws: StoreError.invalid(field: .closingReason, reason: "invalid.sayWhyClosed")) {
            try f.store.updateParent(parent, today: today)
        }
        let future = try f.followUp(parent: id, ally: dana, due: day("2026-11-30"))
        let overdue = try f.followUp(parent: id, ally: dana, due: day("2026-11-16"))
        parent.closingReason = "reunified"
        try f.store.updateParent(parent, today: today)
        #expect(try followUps(f, parent: id).compactMap(\.id) == [overdue])
        _ = future
        #expect(try lastAudit(f)?.detail == "fields: closing_reason, status")
    }
}

@Suite("Case and hearing writes")
struct CaseHearingWriteTests {
    @Test("a case with a new and an existing parent, in one audited transaction", arguments: TestEngine.all)
    func createCase(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let aaron = try f.parent("Aaron Brooks")
        let caseId = try f.store.createCase(
            DependencyCase(caseNumber: " 26-7-00101-1 ", county: "King", petitionDate: day("2026-11-20")),
            parents: [.new(Parent(name: "Maria Brooks", waitingSince: today), role: .mother),
                      .existing(aaron, role: .father)])
        let links = try f.store.engine.read { db in try CaseParent.fetchAll(db, sql: "SELECT * FROM \(CaseParent.table) WHERE case_id = ?", arguments: [caseId]) }
        #expect(links.count == 2)
        #expect(links.first { $0.parentId == aaron }?.role == .father)
        #expect(links.allSatisfy { $0.joinedOn == day("2026-11-20") })
        let maria = try #require(links.first { $0.parentId != aaron }?.parentId)
        let audit = try #require(try lastAudit(f))
        #expect(audit.action == "case created" && audit.entityId == caseId)
        #expect(audit.detail == "parents \(maria), \(aaron)")
        #expect(try f.store.engine.read { db in try DependencyCase.fetchOne(db, key: caseId)?.caseNumber } == "26-7-00101-1")
    }

    @Test("refusals: duplicate case number, no parents, a parent twice; nothing is written", arguments: TestEngine.all)
    func caseRefusals(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let aaron = try f.parent("Aaron Brooks")
        try f.dependencyCase("26-7-00101-1")
        #expect(throws: StoreError.invalid(field: .caseNumber, reason: Phrase("invalid.caseExists", ["case": "26-7-00101-1"]))) {
            try f.store.createCase(DependencyCase(caseNumber: "26-7-00101-1"),
                                   parents: [.new(Parent(name: "New Person", waitingSince: today), role: .mother)])
        }
        #expect(throws: StoreError.invalid(field: .parentName, reason: "invalid.caseNeedsAParent")) {
            try f.store.createCase(DependencyCase(caseNumber: "26-7-00102-9"), parents: [])
        }
        #expect(throws: StoreError.invalid(field: .parentOnFile, reason: "invalid.sameParentTwice")) {
            try f.store.createCase(DependencyCase(caseNumber: "26-7-00102-9"),
                                   parents: [.existing(aaron, role: .father), .existing(aaron, role: .guardian)])
        }
        #expect(throws: StoreError.invalid(field: .caseNumber, reason: "invalid.empty")) {
            try f.store.createCase(DependencyCase(caseNumber: "  "), parents: [.existing(aaron, role: .father)])
        }
        #expect(try f.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(Parent.table)")! } == 1)
        #expect(try f.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(DependencyCase.table)")! } == 1)
        #expect(try auditCount(f) == 0)
    }

    @Test("a first hearing plans the call, reminder, check-ins and invitation for every parent on the case", arguments: TestEngine.all)
    func createHearingPlans(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let maria = try f.parent("Maria Brooks", ally: dana)
        let aaron = try f.parent("Aaron Brooks")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.link(parent: aaron, to: caseId, as: .father)
        let typeId = try f.hearingTypeId("shelter-72")
        let hearingId = try f.store.createHearing(
            Hearing(caseId: caseId, typeId: typeId, date: day("2026-11-25"), courtroom: " E-201 "), today: today)
        // The default policy has Washington's court holidays: the first call, 2 court days after
        // Wed 25 Nov, skips Thanksgiving (Thu 26), the day after and the weekend: Tue 1 Dec.
        let expected = FollowUpPlanner.plan(policy: .standard(around: today), firstHearing: day("2026-11-25"),
                                            hearings: [day("2026-11-25")], attendedClass: false, today: today)
        #expect(expected.contains(PlannedFollowUp(due: day("2026-11-23"), kind: FollowUpKind.hearingReminder)))
        #expect(expected.contains(PlannedFollowUp(due: day("2026-12-01"), kind: FollowUpKind.firstCall)))
        for (parent, ally) in [(maria, Optional(dana)), (aaron, nil)] {
            let rows = try followUps(f, parent: parent)
            #expect(rows.map { PlannedFollowUp(due: $0.dueDate, kind: $0.kind) } == expected)
            #expect(rows.allSatisfy { $0.allyId == ally })
        }
        let audit = try #require(try lastAudit(f))
        #expect(audit.action == "hearing created" && audit.entityId == hearingId && audit.detail == "case \(caseId)")
        #expect(try f.store.engine.read { db in try Hearing.fetchOne(db, key: hearingId)?.courtroom } == "E-201")
    }

    @Test("moving a hearing moves its reminder; refusals for a bad type or a move to another case", arguments: TestEngine.all)
    func updateHearing(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let maria = try f.parent("Maria Brooks")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.hearing(case: caseId, on: day("2026-11-02"), status: .held)
        let next = try f.hearing(case: caseId, on: day("2026-12-10"), type: "shelter-30")
        try f.store.replanFollowUps(parentId: maria, today: today)
        #expect(try followUps(f, parent: maria).contains { $0.kind == "hearing reminder" && $0.dueDate == day("2026-12-08") })
        var hearing = try #require(try f.store.engine.read { db in try Hearing.fetchOne(db, key: next) })
        hearing.date = day("2026-12-17")
        try f.store.updateHearing(hearing, today: today)
        hearing.version += 1
        let reminders = try followUps(f, parent: maria).filter { $0.kind == "hearing reminder" }
        #expect(reminders.map(\.dueDate) == [day("2026-12-15")])
        #expect(try lastAudit(f)?.detail == "fields: date")

        hearing.typeId = 9999
        #expect(throws: StoreError.invalid(field: .hearingType, reason: "invalid.chooseHearingType")) {
            try f.store.updateHearing(hearing, today: today)
        }
        hearing.caseId = try f.dependencyCase("26-7-00999-0")
        #expect(throws: StoreError.invalid(field: .dependencyCase, reason: "invalid.hearingCannotMoveCase")) {
            try f.store.updateHearing(hearing, today: today)
        }
    }
}

@Suite("Dependency 101 writes")
struct ClassWriteTests {
    @Test("schedule, invite (completing the invitation follow-up), attend (re-planned)", arguments: TestEngine.all)
    func classFlow(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let maria = try f.parent("Maria Brooks")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.hearing(case: caseId, on: day("2026-11-16"), status: .held)
        try f.store.replanFollowUps(parentId: maria, today: today)
        let invitation = try #require(try followUps(f, parent: maria).first { $0.kind == "Dependency 101 invitation" })
        #expect(invitation.dueDate == day("2026-11-30"))

        let session = try f.store.scheduleClass(ClassSession(date: day("2026-12-03"), location: " Room 2 "), on: today)
        #expect(try lastAudit(f)?.action == "class scheduled")
        #expect(throws: StoreError.invalid(field: .course, reason: "invalid.empty")) {
            try f.store.scheduleClass(ClassSession(course: " ", date: day("2026-12-03")), on: today)
        }
        try f.store.inviteToClass(sessionId: session, parentIds: [maria], on: today)
        let invited = try #require(try followUps(f, parent: maria).first { $0.id == invitation.id })
        #expect(invited.doneOn == today)
        #expect(try lastAudit(f)?.detail == "parents \(maria)")

        try f.store.markAttendance(sessionId: session, parentId: maria, attended: true, today: today)
        let row = try f.store.engine.read { db in try ClassAttendance.fetchOne(db, sql: "SELECT * FROM class_attendance") }
        #expect(row?.attended == true && row?.invitedOn == today)
        #expect(try followUps(f, parent: maria).filter { $0.kind == "Dependency 101 invitation" }.map(\.id) == [invitation.id])
        #expect(try lastAudit(f)?.detail == "parent \(maria): attended")
    }
}

@Suite("Daily task writes")
struct DailyTaskWriteTests {
    @Test("reassign moves open follow-ups to the new ally, leaves done ones; audit says from whom to whom, by id", arguments: TestEngine.all)
    func assign(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let luis = try f.ally("Luis Ortega")
        let maria = try f.parent("Maria Brooks", ally: dana)
        let open = try f.followUp(parent: maria, ally: dana, due: day("2026-11-30"))
        let done = try f.followUp(parent: maria, ally: dana, due: day("2026-11-16"), doneOn: day("2026-11-16"))
        try f.store.assignAlly(parentId: maria, allyId: luis, on: today, reason: "caseload")
        let rows = try followUps(f, parent: maria)
        #expect(rows.first { $0.id == open }?.allyId == luis)
        #expect(rows.first { $0.id == done }?.allyId == dana)
        let audit = try #require(try lastAudit(f))
        #expect(audit.action == "ally assigned" && audit.entityId == maria)
        #expect(audit.detail == "ally \(luis) (was \(dana)): caseload")
    }

    @Test("unassign needs a reason, and the wait starts again from that day", arguments: TestEngine.all)
    func unassign(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let maria = try f.parent("Maria Brooks", waitingSince: StoreFixture.day("2026-09-01"), ally: dana)
        let today = StoreFixture.day("2026-12-01")
        #expect(throws: StoreError.invalid(field: .reason, reason: "invalid.sayWhyUnassigned")) {
            try f.store.unassignAlly(parentId: maria, reason: " ", today: today)
        }
        try f.store.unassignAlly(parentId: maria, reason: "ally on leave", today: today)
        let parent = try f.store.engine.read { db in try Parent.fetchOne(db, key: maria) }
        #expect(parent?.allyId == nil)
        #expect(parent?.waitingSince == today)
        let waiting = try f.store.unassignedParents(asOf: today, matching: nil, page: PageRequest(offset: 0, limit: 5))
        #expect(waiting.rows.first?.daysWaiting(asOf: today) == 0)
    }

    @Test("a contact completes its follow-up and saves referrals; a future contact is refused", arguments: TestEngine.all)
    func contact(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let maria = try f.parent("Maria Brooks", ally: dana)
        let due = try f.followUp(parent: maria, ally: dana, due: day("2026-11-20"))
        let future = Contact(parentId: maria, allyId: dana, date: day("2026-11-24"), mode: .phone, reached: true)
        #expect(throws: StoreError.invalid(field: .contactDate, reason: "invalid.contactInFuture")) {
            try f.store.logContact(future, completing: due, referrals: [], today: today)
        }
        let contact = Contact(parentId: maria, allyId: dana, date: today, mode: .phone, reached: true)
        let id = try f.store.logContact(contact, completing: due, referrals: ["housing", "legal aid"], today: today)
        let row = try #require(try followUps(f, parent: maria).first)
        #expect(row.doneOn == today && row.contactId == id)
        let kinds = try f.store.engine.read { db in try String.fetchAll(db, sql: "SELECT kind FROM referrals WHERE contact_id = ? ORDER BY kind", arguments: [id]) }
        #expect(kinds == ["housing", "legal aid"])
        #expect(try lastAudit(f)?.detail == "follow-up \(due)")
    }

    @Test("snooze needs a reason", arguments: TestEngine.all)
    func snooze(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let maria = try f.parent("Maria Brooks")
        let due = try f.followUp(parent: maria, ally: nil, due: day("2026-11-20"))
        #expect(throws: StoreError.invalid(field: .reason, reason: "invalid.sayWhyItCanWait")) {
            try f.store.snoozeFollowUp(id: due, to: day("2026-11-27"), reason: "", today: today)
        }
        try f.store.snoozeFollowUp(id: due, to: day("2026-11-27"), reason: "parent in treatment", today: today)
        #expect(try followUps(f, parent: maria).first?.dueDate == day("2026-11-27"))
    }

    @Test("a continuance schedules the new hearing in the same courtroom and upserts engagement", arguments: TestEngine.all)
    func courtOutcome(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let maria = try f.parent("Maria Brooks")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        let hearing = try f.hearing(case: caseId, on: today, courtroom: "E-201")
        try f.engagement(.notApproached, hearing: hearing, parent: maria)
        try f.store.recordCourtOutcome(CourtOutcome(hearingId: hearing, engagement: [maria: .met], coveringAllyId: dana,
                                                    status: .continued, continuedTo: day("2026-12-01")))
        let hearings = try f.store.engine.read { db in try Hearing.fetchAll(db, sql: "SELECT * FROM \(Hearing.table) ORDER BY id") }
        #expect(hearings.map(\.status) == [.continued, .scheduled])
        #expect(hearings.last?.courtroom == "E-201" && hearings.last?.date == day("2026-12-01"))
        #expect(hearings.first?.allyId == dana)
        let engagement = try f.store.engine.read { db in try HearingParent.fetchAll(db, sql: "SELECT * FROM \(HearingParent.table)") }
        #expect(engagement.map(\.engagement) == [.met])
    }
}

@Suite("Ally fit")
struct AllyFitTests {
    @Test("language, then county; full allies last; ties by caseload then name; inactive left out", arguments: TestEngine.all)
    func ranking(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        func ally(_ name: String, _ languages: [String], _ county: String?, limit: Int = 12, active: Bool = true) throws -> ID {
            try f.write { db in
                var a = Ally(name: name, languages: languages, county: county, caseloadLimit: limit, active: active)
                try a.insert(db)
                return a.id!
            }
        }
        let both = try ally("Zoe Both", ["English", "Spanish"], "King")
        let full = try ally("Ana Full", ["Spanish"], "King", limit: 1)
        let lang = try ally("Luis Language", ["spanish"], "Pierce")
        let county = try ally("Cara County", ["English"], "King")
        let busy = try ally("Bea Busy", ["English"], "King")
        let quiet = try ally("Ada Quiet", ["English"], "King")
        try ally("Ivy Inactive", ["Spanish"], "King", active: false)
        try f.parent("Someone", ally: full)
        try f.parent("Someone Else", ally: busy)
        let maria = try f.parent("Maria Brooks", language: "Spanish", county: "King")
        let fits = try f.store.allyFit(for: maria)
        #expect(fits.map(\.ally.id) == [both, lang, quiet, county, busy, full])
        #expect(fits.first?.reasons.map { $0.text(.english) } == ["Spanish", "King", "0/12"])
        #expect(fits.last?.hasRoom == false)
    }
}
