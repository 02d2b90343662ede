import Foundation
import GRDB
import Testing
@testable import P4PStore

private let today = StoreFixture.day("2026-11-23")

/// A small program written by hand: every kind of record the loader takes, with accents, lists,
/// a reminder closed as missed and another still open, and two users.
private func handBuiltProgram() throws -> ProgramLoad {
    var p = ProgramLoad(origin: "test, two families")
    p.allies = [
        Ally(id: 1, name: "Trần Thị Ngọc", phone: "(253) 555-0101", languages: ["English", "Vietnamese"],
             county: "Pierce", livedExperience: ["mental health"], caseloadLimit: 8),
        Ally(id: 2, name: "Luis Ibáñez", languages: ["English", "Spanish"], county: "King",
             livedExperience: ["incarceration", "substance use recovery"], caseloadLimit: 13, active: false),
    ]
    p.cases = [
        DependencyCase(id: 10, caseNumber: "26-7-00123-4", county: "Pierce",
                       petitionDate: today.adding(days: -40), removalDate: today.adding(days: -41)),
        DependencyCase(id: 11, caseNumber: "24-7-00999-1", county: "King", petitionDate: today.adding(days: -700),
                       removalDate: today.adding(days: -700), outcome: .reunified, outcomeDate: today.adding(days: -30)),
    ]
    p.parents = [
        Parent(id: 20, name: "María José Núñez", preferredName: "Majo", phone: "(253) 555-0144", language: "Spanish",
               interpreterNeeded: true, county: "Pierce", allyId: 1, allySince: today.adding(days: -38),
               waitingSince: today.adding(days: -40)),
        Parent(id: 21, name: "José Pérez", county: "Pierce", waitingSince: today.adding(days: -3)),
        Parent(id: 22, name: "Dana Whitfield", status: .closed, closingReason: "case closed: reunified",
               waitingSince: today.adding(days: -690)),
    ]
    p.caseParents = [
        CaseParent(caseId: 10, parentId: 20, role: .mother, joinedOn: today.adding(days: -40)),
        CaseParent(caseId: 10, parentId: 21, role: .father, joinedOn: today.adding(days: -3)),
        CaseParent(caseId: 11, parentId: 22, role: .guardian, joinedOn: today.adding(days: -700)),
    ]
    p.children = [Child(id: 30, caseId: 10, name: "T.N.", birthYear: 2021, placement: .relative,
                        placedSince: today.adding(days: -41))]
    p.childMoves = [
        ChildMove(id: 90, childId: 30, date: today.adding(days: -41), move: .removed),
        ChildMove(id: 91, childId: 30, date: today.adding(days: -41), move: .placedWithRelative),
        ChildMove(id: 92, childId: 30, date: today.adding(days: -6), move: .trialReturnHome, source: .court),
    ]
    p.hearings = [
        LoadedHearing(Hearing(id: 40, caseId: 10, typeId: 0, date: today.adding(days: -38), time: TimeOfDay(hour: 13, minute: 30),
                              courtroom: "Dept 1", judicialOfficer: "Cmsr. Lee", status: .held, allyId: 1),
                      typeCode: "shelter-72"),
        LoadedHearing(Hearing(id: 41, caseId: 10, typeId: 0, date: today, time: TimeOfDay(hour: 9, minute: 0),
                              courtroom: "Dept 2", status: .scheduled),
                      typeCode: "fact-finding"),
        LoadedHearing(Hearing(id: 42, caseId: 10, typeId: 0, date: today.adding(days: -5), status: .held),
                      typeCode: "review"),
    ]
    p.hearingParents = [
        HearingParent(hearingId: 40, parentId: 20, engagement: .met, parentAttended: true),
        // The court's findings at a review: compliance with services and with visitation.
        HearingParent(hearingId: 42, parentId: 20, parentAttended: false, servicesCompliance: .partially,
                      visitationCompliance: .compliant),
    ]
    p.contacts = [
        Contact(id: 50, parentId: 20, allyId: 1, userId: 2, date: today.adding(days: -38), time: TimeOfDay(hour: 13, minute: 15),
                mode: .court, minutes: 20, reached: true, topics: "first hearing"),
        Contact(id: 51, parentId: 20, allyId: 1, date: today.adding(days: -7), mode: .phone, minutes: 1,
                reached: false, notes: "left voicemail"),
    ]
    p.referrals = [Referral(id: 60, parentId: 20, contactId: 50, allyId: 1, date: today.adding(days: -38),
                            kind: "housing", note: "shelter bed")]
    p.followUps = [
        FollowUp(id: 70, parentId: 20, allyId: 1, dueDate: today.adding(days: -36), kind: "first call",
                 doneOn: today.adding(days: -38), contactId: 50),
        FollowUp(id: 71, parentId: 20, allyId: 1, dueDate: today.adding(days: -7), kind: "hearing reminder",
                 doneOn: today.adding(days: -5), attempts: 1, lastAttemptOn: today.adding(days: -7),
                 hearingId: 42, expiresOn: today.adding(days: -5), missed: true),
        FollowUp(id: 72, parentId: 20, allyId: 1, dueDate: today.adding(days: -2), kind: "hearing reminder",
                 hearingId: 41, expiresOn: today),
        FollowUp(id: 73, parentId: 20, allyId: 1, dueDate: today.adding(days: 3), kind: "check-in",
                 snoozedUntil: today.adding(days: 3), snoozeReason: "in treatment this week"),
    ]
    p.classSessions = [ClassSession(id: 80, date: today.adding(days: -20), time: TimeOfDay(hour: 17, minute: 30),
                                    location: "Courthouse, Room 2B", allyId: 1)]
    p.classAttendance = [ClassAttendance(sessionId: 80, parentId: 20, invitedOn: today.adding(days: -33), attended: true)]
    p.users = [
        LoadedUser(name: "Sam Rivera", role: .admin, secret: try SecretHash.make("975310", parameters: .fastForTests)),
        LoadedUser(name: "Trần Thị Ngọc", role: .ally, secret: try SecretHash.make("135790", parameters: .fastForTests)),
        // No ally of this name in the program: one is made, as `addUser` makes it.
        LoadedUser(name: "Kim Ortiz", role: .ally, secret: try SecretHash.make("135791", parameters: .fastForTests)),
    ]
    p.settings = ["program.name": "Pierce County Parent Allies"]
    return p
}

@Suite("Loading a whole program")
struct ProgramLoadTests {
    @Test("every record goes in as given, in one transaction with one audit entry")
    func loadsEverything() throws {
        let f = try StoreFixture()
        let program = try handBuiltProgram()
        let summary = try f.file.load(program)
        #expect(summary.allies == 2 && summary.cases == 2 && summary.parents == 3 && summary.caseParents == 3)
        #expect(summary.children == 1 && summary.childMoves == 3 && summary.hearings == 3 && summary.hearingParents == 2 && summary.contacts == 2)
        #expect(summary.referrals == 1 && summary.followUps == 4 && summary.classSessions == 1)
        #expect(summary.classAttendance == 1 && summary.users == 3 && summary.settings == 1)

        try f.file.read { db in
            // Read back through the records' own decoding: list columns, enums and dates as the app reads them.
            #expect(try Ally.fetchAll(db, sql: "SELECT * FROM allies ORDER BY id")
                    == program.allies + [Ally(id: 3, name: "Kim Ortiz", languages: ["English"])])
            #expect(try DependencyCase.fetchAll(db, sql: "SELECT * FROM cases ORDER BY id") == program.cases)
            #expect(try Parent.fetchAll(db, sql: "SELECT * FROM parents ORDER BY id") == program.parents)
            #expect(try CaseParent.fetchAll(db, sql: "SELECT * FROM case_parents ORDER BY case_id, parent_id")
                    == program.caseParents)
            #expect(try Child.fetchAll(db, sql: "SELECT * FROM children") == program.children)
            #expect(try ChildMove.fetchAll(db, sql: "SELECT * FROM child_moves ORDER BY id") == program.childMoves)
            var typeIds: [String: ID] = [:]
            for type in try HearingType.fetchAll(db) { typeIds[type.code] = type.id }
            let hearings = program.hearings.map { loaded in
                var h = loaded.hearing
                h.typeId = typeIds[loaded.typeCode]!
                return h
            }
            #expect(try Hearing.fetchAll(db, sql: "SELECT * FROM hearings ORDER BY id") == hearings)
            #expect(try HearingParent.fetchAll(db, sql: "SELECT * FROM hearing_parents ORDER BY hearing_id")
                    == program.hearingParents)
            // The contact names the user who made it: the second user loaded, who is that ally.
            #expect(try String.fetchOne(db, sql: "SELECT u.name FROM contacts c JOIN users u ON u.id = c.user_id")
                    == "Trần Thị Ngọc")
            #expect(try Contact.fetchAll(db, sql: "SELECT * FROM contacts ORDER BY id") == program.contacts)
            #expect(try Referral.fetchAll(db) == program.referrals)
            #expect(try FollowUp.fetchAll(db, sql: "SELECT * FROM follow_ups ORDER BY id") == program.followUps)
            #expect(try ClassSession.fetchAll(db) == program.classSessions)
            #expect(try ClassAttendance.fetchAll(db) == program.classAttendance)
            // The name index is kept by the database's own triggers, whoever writes.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM parent_names WHERE parent_names MATCH 'nunez'") == 1)
            let audit = try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit_log")
            #expect(audit.map(\.action) == ["program loaded"])
            #expect(audit.first?.detail == "test, two families; allies 2, cases 2, parents 3, children 1, hearings 3, "
                    + "contacts 2, referrals 1, follow-ups 4, classes 1, users 3, settings 1")
        }

        // The screens' queries answer from it, and the users sign in as who they are.
        #expect(try f.file.docket(on: today, matching: nil, page: storeTestAllRows).rows.map(\.caseNumber) == ["26-7-00123-4"])
        #expect(try f.file.unassignedParents(asOf: today, matching: nil, page: storeTestAllRows).rows.map(\.name) == ["José Pérez"])
        #expect(try f.file.setting("program.name") == "Pierce County Parent Allies")
        let users = try f.file.users()
        #expect(users.map(\.name) == ["Kim Ortiz", "Sam Rivera", "Trần Thị Ngọc"])
        #expect(users.map(\.allyId) == [3, nil, 1])
        guard case .signedIn(let ngoc) = try f.file.signIn(name: "Trần Thị Ngọc", secret: "135790") else {
            Issue.record("the loaded secret does not sign in"); return
        }
        #expect(ngoc.role == .ally && ngoc.allyId == 1)
        #expect(try f.file.verifyAuditLog().firstBroken == nil)
        let told = try f.file.auditLog(AuditFilter(), page: storeTestAllRows).rows.map { $0.what.text(.english) }
        #expect(told.last == "loaded a program (test, two families; allies 2, cases 2, parents 3, children 1, "
                + "hearings 3, contacts 2, referrals 1, follow-ups 4, classes 1, users 3, settings 1)")
    }

    @Test("a store that holds a program already is refused, and nothing changes")
    func refusesAStoreWithAProgram() throws {
        let f = try StoreFixture()
        try f.file.load(try handBuiltProgram())
        var second = ProgramLoad(origin: "again")
        second.allies = [Ally(id: 9, name: "Rosa Delgado")]
        #expect(throws: StoreError.invalid(field: .program, reason: "invalid.programNotEmpty")) {
            try f.file.load(second)
        }
        let (allies, audit) = try f.file.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM allies"),
             try String.fetchAll(db, sql: "SELECT action FROM audit_log"))
        }
        #expect(allies == 3 && audit == ["program loaded"])

        // One parent entered by hand is a program too.
        let other = try StoreFixture()
        try other.parent("Ana Ruiz")
        #expect(throws: StoreError.self) { try other.file.load(second) }
    }

    @Test("a record the database refuses is named by kind and id, and none of the load is written")
    func namesTheRefusedRecord() throws {
        var program = try handBuiltProgram()
        program.followUps.append(FollowUp(id: 74, parentId: 99, allyId: 1, dueDate: today, kind: "check-in"))
        let f = try StoreFixture()
        #expect(refusal {
            try f.file.load(program)
        } == "Program: Follow-up 74: refers to a record the program does not hold")
        program = try handBuiltProgram()
        program.parents.append(Parent(id: 20, name: "Ana Ruiz", waitingSince: today))
        #expect(refusal {
            try f.file.load(program)
        } == "Program: Parent 20: is given twice, or its id or number is taken")
        program = try handBuiltProgram()
        program.caseParents.append(CaseParent(caseId: 12, parentId: 21, role: .father))
        #expect(refusal {
            try f.file.load(program)
        } == "Program: Parent 21 on case 12: refers to a record the program does not hold")
        program = try handBuiltProgram()
        program.contacts.append(Contact(parentId: 20, allyId: 7, date: today, mode: .text, reached: true))
        #expect(refusal {
            try f.file.load(program)
        } == "Program: Contact at position 3: refers to a record the program does not hold")
        program = try handBuiltProgram()
        program.hearings[1].typeCode = "arraignment"
        #expect(refusal {
            try f.file.load(program)
        } == "Program: Hearing 41: no hearing type has the code arraignment")
        let rows = try f.file.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM allies) + (SELECT count(*) FROM parents) + (SELECT count(*) FROM users)
                     + (SELECT count(*) FROM audit_log)
                """)
        }
        #expect(rows == 0)
        // And the same file then takes the program whole.
        #expect(try f.file.load(try handBuiltProgram()).parents == 3)
    }

    @Test("only an admin loads a program")
    func onlyAnAdminLoads() throws {
        let f = try StoreFixture()
        try f.file.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
        let dana = try #require(try f.file.users().first)
        #expect(throws: StoreError.notAllowed("refusal.onlyAdmin")) {
            try f.file.actingStore(as: dana).load(try handBuiltProgram())
        }
        #expect(try f.file.caseloads().isEmpty)
    }

    /// What a refused load says, in English.
    private func refusal(_ load: () throws -> Void) -> String? {
        do { try load() } catch let error as StoreError { return error.phrase.text(.english) } catch { return "\(error)" }
        return nil
    }
}
