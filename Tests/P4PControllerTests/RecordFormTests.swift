import Foundation
import GRDB
import Testing
@testable import P4PController
@testable import P4PStore

/// What the forms record: attempts, the follow-up a contact answers, dates that mean the
/// nearest sensible day, who covered court; and that a parent's file shows only once its
/// opening is in the audit log.
@Suite struct RecordFormTests {
    let today = Day(iso: "2026-12-01")!

    @Test(arguments: TestEngine.all) func anUnansweredCallFromOverdueIsAnAttemptAndTheFollowUpStays(_ engine: TestEngine) throws {
        let (session, store) = try demoSession(today: today, on: engine)
        let before = session.state.overdue.total
        let item = try #require(session.state.overdue.selectedRow)
        // Reached is the fifth field; the form opens on Notes, the last.
        try pressKeys(session, "3 c Voicemail Up Up Up Up Right C-s")
        #expect(session.state.message.english == "Attempt logged; the follow-up stays open")
        #expect(session.state.overdue.total == before)
        let followUp = try record(FollowUp.self, item.followUpId, in: store)
        #expect(followUp?.doneOn == nil && followUp?.attempts == 1)
        #expect(session.state.overdue.page.rows.first { $0.followUpId == item.followUpId }?.attempts == 1)
    }

    @Test(arguments: TestEngine.all) func aContactFromAParentsDetailCompletesTheFollowUpItAnswersAndTheFormSaysWhich(_ engine: TestEngine) throws {
        let (session, store) = try demoSession(today: today, on: engine)
        let item = try #require(session.state.overdue.selectedRow)
        try pressKeys(session, "3 Enter c")
        let open = try #require(try store.parentDetail(id: item.parentId)).followUps.map(\.followUp)
            .filter { $0.doneOn == nil && $0.dueDate <= today }
        let earliest = try #require(open.min { ($0.dueDate, $0.id!) < ($1.dueDate, $1.id!) })
        let completes = try #require(session.state.form?.state.fields.first { $0.id == .completes })
        #expect(completes.pickedId == earliest.id)
        #expect(completes.preview(today: today).english?.hasPrefix(earliest.kind) == true)
        try pressKeys(session, "Talked C-s")
        #expect(session.state.message.english == "Contact logged")
        let done = try record(FollowUp.self, earliest.id!, in: store)
        #expect(done?.doneOn == today && done?.contactId != nil)
    }

    @Test func aDateWithoutAYearIsTheNearestOneTheFieldFaces() {
        func parse(_ text: String, _ facing: DateFacing) -> Day? {
            try? DateInput.parse(text, today: today, facing: facing).get()
        }
        #expect(parse("1/5", .forward) == Day(iso: "2027-01-05"), "a hearing or a snooze in January is next year's")
        #expect(parse("12/1", .forward) == today)
        #expect(parse("11/28", .backward) == Day(iso: "2026-11-28"), "a contact is this year's")
        #expect(parse("12/20", .backward) == Day(iso: "2025-12-20"), "a contact in late December is last year's")
        #expect(parse("1/5/2026", .forward) == Day(iso: "2026-01-05"), "a full date is as typed")
        #expect(parse("fri", .forward) == Day(iso: "2026-12-04"))
        #expect(parse("fri", .backward) == Day(iso: "2026-11-27"))
        #expect(parse("tue", .backward) == Day(iso: "2026-11-24"), "strictly before today")
    }

    @Test(arguments: TestEngine.all) func aHearingInThePastIsCautionedAtItsFieldAndStillSaves(_ engine: TestEngine) throws {
        let (session, _) = try demoSession(today: today, on: engine)
        try pressKeys(session, "1 n Enter C-u 2026-11-02")
        let date = try #require(session.state.form?.state.fields.first { $0.id == .hearingDate })
        #expect(date.cautionText(today: today).english == "In the past: recording an old hearing?")
        try pressKeys(session, "C-u 1/5")
        let later = try #require(session.state.form?.state.fields.first { $0.id == .hearingDate })
        #expect(later.preview(today: today).english == "Tue 5 Jan 2027")
        #expect(later.cautionText(today: today) == nil)
    }

    @Test func anAllyRecordingAnUncoveredHearingStartsAsItsCoveringAlly() throws {
        let (session, store, _) = try sessionWithUsers(today: today, [])
        let allyId = try #require(try store.caseloads().first?.ally.id)
        let name = try #require(try store.caseloads().first?.ally.name)
        try store.addUser(name: name, role: .ally, secret: "135790", parameters: .fastForTests)
        let ally = DeskSession(store: store, today: today)
        ally.start()
        try pressKeys(ally, "\(name.prefix(4)) Enter 135790 Enter")
        let uncovered = try #require(ally.state.docket.page.rows.firstIndex { $0.coveringAlly == nil })
        try pressKeys(ally, "1 " + Array(repeating: "Down", count: uncovered).joined(separator: " ") + " o")
        let covered = try #require(ally.state.form?.state.fields.first { $0.id == .coveringAlly })
        #expect(covered.pickedId == allyId)
        _ = session
    }

    @Test func aParentsFileShowsOnlyOnceItsOpeningIsInTheAuditLog() throws {
        let (session, store) = try demoSession(today: today)
        (session.store as? SQLiteStore)?.waitForOtherWriters(upTo: 0.05)
        let holder = try DatabaseQueue(path: store.path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try pressKeys(session, "3 Enter")
            guard case .detail(let detail) = session.state.screen else { Issue.record("not on the detail"); return }
            #expect(detail.detail == nil, "not shown: the entry could not be written")
            #expect(session.state.message.english == "Another terminal is saving a large change; open it again in a moment")
            try db.execute(sql: "ROLLBACK")
        }
        let opened = { try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'parent detail opened'") ?? 0 } }
        #expect(try opened() == 0)
        try pressKeys(session, "Escape Enter")
        guard case .detail(let detail) = session.state.screen else { Issue.record("not on the detail"); return }
        #expect(detail.detail != nil)
        #expect(try opened() == 1)
    }
}
