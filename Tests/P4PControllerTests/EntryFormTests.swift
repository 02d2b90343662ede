import Foundation
import GRDB
import Testing
@testable import P4PController
@testable import P4PStore

/// Adding and correcting records from the keyboard (`n`, `e`, `d`): keys in, store state out.
@Suite struct EntryFormTests {
    let today = Day(iso: "2026-11-23")!

    @Test func aNewCaseArrivesWithItsParentsAndFirstHearing() throws {
        let (session, store) = try demoSession(today: today)
        let unassigned = session.state.unassigned.total
        // From Unassigned there is no case in view: `n Enter` goes straight to a new case.
        try pressKeys(session, "2 n Enter 26-7-09999-1 Tab King Tab Tab Tab María Space Ruiz Tab Tab Tab Spanish Tab y"
                      + " Tab Tab José Space Ruiz Tab Tab Tab 9:30 Tab 3A C-s")
        #expect(session.state.form == nil, "\(session.state.form?.state.message?.english ?? "")")
        #expect(session.state.message?.english == "Case added with its first hearing")
        #expect(session.state.unassigned.total == unassigned + 2, "both parents wait for a Parent Ally")
        let (dependencyCase, parents, hearing) = try store.read { db in
            let c = try DependencyCase.filter(Column("case_number") == "26-7-09999-1").fetchOne(db)
            let p = try Parent.fetchAll(db, sql: """
                SELECT parents.* FROM parents JOIN case_parents ON parent_id = parents.id WHERE case_id = ? ORDER BY role DESC
                """, arguments: [c?.id])
            let h = try Hearing.filter(Column("case_id") == c?.id).fetchOne(db)
            return (c, p, h)
        }
        #expect(dependencyCase?.county == "King" && dependencyCase?.petitionDate == today)
        #expect(parents.map(\.name) == ["María Ruiz", "José Ruiz"])
        #expect(parents.first?.language == "Spanish" && parents.first?.interpreterNeeded == true)
        #expect(hearing?.date == today.adding(days: 1) && hearing?.time == TimeOfDay(hour: 9, minute: 30))
        #expect(hearing?.courtroom == "3A")
        #expect(try lastAuditEntry(in: store)?.action == "case created")
    }

    @Test(arguments: TestEngine.all) func aDuplicateCaseNumberIsRefusedNamingTheCaseAndNothingTypedIsLost(_ engine: TestEngine) throws {
        let (session, _) = try demoSession(today: today, on: engine)
        let existing = try #require(session.state.docket.selectedRow?.caseNumber)
        try pressKeys(session, "2 n Enter \(existing) Tab Tab Tab Tab Ana C-s")
        let form = try #require(session.state.form)
        #expect(form.state.message?.english == "Not saved: Case \(existing) already exists")
        #expect(form.state.fields[form.state.focus].id == .caseNumber)
        #expect(form.state.fields.first { $0.id == .firstParentName }?.editor.text == "Ana")
    }

    @Test func aHearingOnTheSelectedCaseWarnsOutsideCourtHoursButSaves() throws {
        let (session, store) = try demoSession(today: today)
        let entry = try #require(session.state.docket.selectedRow)
        try pressKeys(session, "1 n")
        #expect(session.state.form?.state.fields.first?.selection == 1, "a hearing on this case is offered first")
        try pressKeys(session, "Enter 12/14 Tab 7:30a")
        let time = try #require(session.state.form?.state.fields.first { $0.id == .time })
        #expect(time.cautionText(today: today)?.english == "Outside court hours (8 AM to 5 PM): check the time")
        try pressKeys(session, "Tab Dept Space 2 C-s")
        #expect(session.state.message?.english == "Hearing added")
        let added = try store.read { db in
            try Hearing.filter(Column("case_id") == entry.caseId && Column("date") == "2026-12-14").fetchOne(db)
        }
        #expect(added?.time == TimeOfDay(hour: 7, minute: 30) && added?.courtroom == "Dept 2")
        // The parents' follow-ups now include a reminder before it.
        let reminders = try store.read { db in
            try FollowUp.filter(Column("kind") == FollowUpKind.hearingReminder && Column("due_date") == "2026-12-10").fetchCount(db)
        }
        #expect(reminders >= 1)
    }

    @Test(arguments: TestEngine.all) func editingTheSelectedHearingMovesIt(_ engine: TestEngine) throws {
        let (session, store) = try demoSession(today: today, on: engine)
        let entry = try #require(session.state.docket.selectedRow)
        try pressKeys(session, "1 e Tab 14:15 Tab Dept Space 9 C-s")
        #expect(session.state.message?.english == "Hearing saved")
        let hearing = try record(Hearing.self, entry.hearingId, in: store)
        #expect(hearing?.time == TimeOfDay(hour: 14, minute: 15) && hearing?.courtroom == "Dept 9")
        #expect(hearing?.date == today && hearing?.status == .scheduled)
        let audit = try lastAuditEntry(in: store)
        #expect(audit?.action == "hearing updated" && audit?.entityId == entry.hearingId)
    }

    @Test(arguments: TestEngine.all) func editingAParentClosesWithAReason(_ engine: TestEngine) throws {
        let (session, store) = try demoSession(today: today, on: engine)
        let parentId = try #require(session.state.unassigned.selectedRow?.parentId)
        try pressKeys(session, "2 e Tab Tab Tab Tab Tab Tab c C-s")
        let refused = try #require(session.state.form, "closing without a reason is refused")
        #expect(refused.state.focusedField.id == .closingReason, "at the field that needs it")
        try pressKeys(session, "moved Space out Space of Space state C-s")
        #expect(session.state.message?.english == "Parent saved")
        let parent = try record(Parent.self, parentId, in: store)
        #expect(parent?.status == .closed && parent?.closingReason == "moved out of state")
        #expect(!session.state.unassigned.page.rows.contains { $0.parentId == parentId })
    }

    @Test func aFatherFoundLaterJoinsTheCaseFromTheDetail() throws {
        let (session, store) = try demoSession(today: today)
        let entry = try #require(session.state.docket.selectedRow)
        try pressKeys(session, "1 Enter n Right Enter Marcus Space Lee C-s")
        #expect(session.state.message?.english == "Parent added to the case")
        let roles = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.name, cp.joined_on FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
                WHERE cp.case_id = ? AND p.name = 'Marcus Lee'
                """, arguments: [entry.caseId])
        }
        #expect(roles.count == 1 && roles.first?["joined_on"] == today.iso)
    }

    @Test func aSessionIsScheduledWithInvitationsThenAttendanceIsMarked() throws {
        let (session, store) = try demoSession(today: today)
        let due = try store.parentsToInvite(limit: DeskSession.invitableLimit)
        try #require(!due.isEmpty, "the demo has parents due an invitation")
        // The course stays Dependency 101, as preselected: Tab over it, and the teacher.
        try pressKeys(session, "2 n Right Enter Tab 5:30p Tab Room Space 2B Tab Tab Tab Space C-s")
        #expect(session.state.message?.english == "Class session added, 1 invited")
        let added = try #require(try store.classSessions(from: today, limit: 50)
            .first { $0.session.location == "Room 2B" && $0.session.date == today.adding(days: 7) })
        #expect(added.session.course == Course.dependency101)
        let sessionId = try #require(added.session.id)
        #expect(try store.classRoster(sessionId: sessionId).map(\.parentId) == [due[0].id])

        // A week later, `d` offers that session; the parent came.
        let later = try demoSessionOn(store, today: today.adding(days: 7))
        try pressKeys(later, "d Enter Space C-s")
        let saved = later.state.message?.english ?? ""
        #expect(saved.hasPrefix("Attendance saved: 1 came"), "\(saved)")
        #expect(try store.classRoster(sessionId: sessionId).first?.attended == true)
        #expect(try lastAuditEntry(in: store)?.detail == "parent \(due[0].id): attended")
    }

    @Test func aSessionOfAnotherCourseIsScheduledWithOneKeyAndOfferedForAttendance() throws {
        let (session, store) = try demoSession(today: today)
        try pressKeys(session, "2 n Right Enter Tab 6:00p Tab Hall Tab p C-s")
        #expect(session.state.message?.english == "Class session added")
        let added = try #require(try store.classSessions(from: today, limit: 50).first { $0.session.location == "Hall" })
        #expect(added.session.course == "support-group" && added.session.date == today.adding(days: 7))

        // On its day `d` offers it among the sessions, its course named; Enter opens its roster.
        let later = try demoSessionOn(store, today: today.adding(days: 7))
        try pressKeys(later, "d")
        let field = try #require(later.state.form?.state.fields.first)
        let option = try #require(field.matches.first { $0.id == added.session.id })
        #expect(option.label.hasSuffix("Hall · Parent support group"), "\(option.label)")
    }

    func demoSessionOn(_ store: SQLiteStore, today: Day) throws -> DeskSession {
        let session = DeskSession(store: store, today: today)
        session.start()
        return session
    }
}

/// A parent already on file, found by name as it is typed, on a new case.
@Suite struct ParentSearchTests {
    let today = Day(iso: "2026-11-23")!

    @Test func aNewCaseForAParentOnFileFindsThemAsTheyAreTyped() throws {
        let (session, store) = try demoSession(today: today)
        let known = try #require(try store.read { db in
            try Parent.filter(Column("status") == "open").order(Column("name")).fetchOne(db)
        })
        let prefix = String(known.name.prefix(4)).lowercased()
        try pressKeys(session, "2 n Enter 26-7-09998-1 Tab Tab Tab Tab Tab \(prefix)")
        let field = try #require(session.state.form?.state.focusedField)
        #expect(field.id == .parentOnFile && field.found.count <= DeskSession.searchLimit)
        #expect(field.found.allSatisfy { $0.label.lowercased().hasPrefix(prefix) })
        let chosen = try #require(field.pickedId)
        try pressKeys(session, "C-s")
        #expect(session.state.message?.english == "Case added with its first hearing", "\(session.state.form?.state.message?.english ?? "")")
        let onCase = try store.read { db in
            try ID.fetchAll(db, sql: """
                SELECT parent_id FROM case_parents JOIN cases ON cases.id = case_id WHERE case_number = '26-7-09998-1'
                """)
        }
        #expect(onCase == [chosen], "the parent on file joins the new case; nobody new is made")
    }

    @Test(arguments: TestEngine.all) func neitherANameNorAParentOnFileIsRefusedAtTheField(_ engine: TestEngine) throws {
        let (session, _) = try demoSession(today: today, on: engine)
        try pressKeys(session, "2 n Enter 26-7-09997-1 C-s")
        let form = try #require(session.state.form)
        #expect(form.state.focusedField.id == .firstParentName)
        #expect(form.state.message?.english == "Not saved: Type a new parent's name, or find one on file")
    }
}
