import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The day's tasks from the keyboard: keys in, store state out, on a real SQLite file and on
/// the same demo on a server.
@Suite struct TaskFormTests {
    let today = Day(iso: "2026-11-23")!

    func session(_ engine: TestEngine) throws -> (DeskSession, ProgramStore) { try demoSession(today: today, on: engine) }
    func press(_ session: DeskSession, _ keys: String) throws { try pressKeys(session, keys) }

    /// The outcome form's fields for each parent: engagement and attendance, and the court's two
    /// findings at review and permanency hearings.
    func perParent(_ entry: DocketEntry) -> Int { HearingType.findingCompliance.contains(entry.hearingTypeCode) ? 4 : 2 }

    @Test(arguments: TestEngine.all) func assigningTheMostUrgentParentToTheBestFit(_ engine: TestEngine) throws {
        let (session, store) = try session(engine)
        let before = session.state.unassigned.total
        let parentId = try #require(session.state.unassigned.selectedRow?.parentId)
        let best = try #require(try store.allyFit(for: parentId).first)
        try press(session, "2 a Enter C-s")
        #expect(session.state.form == nil)
        #expect(session.state.message.english == "Parent Ally assigned")
        #expect(session.state.unassigned.total == before - 1)
        let parent = try record(Parent.self, parentId, in: store)
        #expect(parent?.allyId == best.ally.id && parent?.allySince == today)
        let audit = try lastAuditEntry(in: store)
        #expect(audit?.action == "ally assigned" && audit?.entityId == parentId)
    }

    @Test(arguments: TestEngine.all) func loggingAReachedCallCompletesTheFollowUp(_ engine: TestEngine) throws {
        let (session, store) = try session(engine)
        let before = session.state.overdue.total
        let item = try #require(session.state.overdue.selectedRow)
        try press(session, "3 c Called C-s")  // the note, then save: two keys beyond the note
        #expect(session.state.message.english == "Contact logged")
        #expect(session.state.overdue.total == before - 1)
        let followUp = try record(FollowUp.self, item.followUpId, in: store)
        #expect(followUp?.doneOn == today && followUp?.contactId != nil)
        let contact = try record(Contact.self, followUp!.contactId!, in: store)
        #expect(contact?.mode == .phone && contact?.reached == true && contact?.notes == "Called")
    }

    @Test(arguments: TestEngine.all) func aContactInTheFutureIsRefusedAtItsFieldAndNothingTypedIsLost(_ engine: TestEngine) throws {
        let (session, _) = try session(engine)
        try press(session, "3 c Checking BTab BTab BTab BTab BTab BTab BTab BTab C-u tomorrow C-s")
        let form = try #require(session.state.form)
        #expect(form.state.fields[form.state.focus].id == .contactDate)
        #expect(form.state.fields[form.state.focus].message.english == "A contact cannot be in the future")
        #expect(form.state.fields.first { $0.id == .notes }?.note.text == "Checking")
    }

    @Test(arguments: TestEngine.all) func snoozeNeedsAReasonThenMovesTheFollowUp(_ engine: TestEngine) throws {
        let (session, store) = try session(engine)
        let item = try #require(session.state.overdue.selectedRow)
        try press(session, "3 s C-s")
        #expect(session.state.form?.state.message.english == "Not saved: Reason needs fixing")
        try press(session, "away C-s")  // the refusal left the focus on Reason
        #expect(session.state.form == nil)
        let followUp = try record(FollowUp.self, item.followUpId, in: store)
        #expect(followUp?.dueDate == today.adding(days: 7))
    }

    @Test(arguments: TestEngine.all) func recordingAContinuanceSchedulesTheNewHearing(_ engine: TestEngine) throws {
        let (session, store) = try session(engine)
        let entry = try #require(session.state.docket.selectedRow)
        try press(session, "1 o")
        let form = try #require(session.state.form)
        #expect(form.state.fields.count == entry.parents.count * perParent(entry) + 4)
        // Each parent: "met" (attendance, and any findings, left as they are); then the ally (as
        // it was), status "continued", the new date and time.
        var keys = String(repeating: "m Tab" + String(repeating: " Tab", count: perParent(entry) - 1) + " ", count: entry.parents.count)
        keys += "Tab Right Tab 12/01 Tab 10:30 C-s"
        try press(session, keys)
        #expect(session.state.form == nil, "\(session.state.form?.state.message.english ?? "")")
        let (hearing, next, engagements) = try store.engine.read { db in
            (try Hearing.fetchOne(db, sql: "SELECT * FROM hearings WHERE id = ?", arguments: [entry.hearingId]),
             try Hearing.fetchOne(db, sql: "SELECT * FROM hearings WHERE case_id = ? AND date = '2026-12-01'", arguments: [entry.caseId]),
             try HearingParent.fetchAll(db, sql: "SELECT * FROM hearing_parents WHERE hearing_id = ?", arguments: [entry.hearingId]))
        }
        #expect(hearing?.status == .continued)
        #expect(next?.time == TimeOfDay(hour: 10, minute: 30) && next?.status == .scheduled && next?.typeId == hearing?.typeId)
        #expect(engagements.count == entry.parents.count && engagements.allSatisfy { $0.engagement == .met })
    }

    @Test(arguments: TestEngine.all) func aContinuanceWithoutADateIsRefusedAtThatField(_ engine: TestEngine) throws {
        let (session, _) = try session(engine)
        let entry = try #require(session.state.docket.selectedRow)
        let perParent = String(repeating: "Tab ", count: perParent(entry))
        try press(session, "1 o " + String(repeating: "m " + perParent, count: entry.parents.count) + "Tab Right C-s")
        let form = try #require(session.state.form)
        #expect(form.state.fields[form.state.focus].label.text(.english) == "Continued to")
        #expect(form.state.fields[form.state.focus].message.english == "Give the date it was continued to")
    }

    @Test(arguments: TestEngine.all) func unassignAndReassignFromTheDetailNeedAReason(_ engine: TestEngine) throws {
        let (session, store) = try session(engine)
        let item = try #require(session.state.overdue.selectedRow)
        try press(session, "3 Enter u C-s")
        #expect(session.state.form?.state.message.english == "Not saved: Reason needs fixing")
        try press(session, "moved C-s")
        #expect(session.state.message.english == "Back in Unassigned")
        var parent = try record(Parent.self, item.parentId, in: store)
        #expect(parent?.allyId == nil)
        let audit = try lastAuditEntry(in: store)
        #expect(audit?.action == "ally unassigned" && audit?.detail == "was \(item.ally!.id): moved")

        try press(session, "r")
        #expect(session.state.message.english == "No Parent Ally yet: assign one from Unassigned (2)")
        try press(session, "Escape 2")
        let best = try #require(try store.allyFit(for: item.parentId).first)
        try store.assignAlly(parentId: item.parentId, allyId: best.ally.id!, on: today)
        try press(session, "3 Enter r Tab closer to home C-s")
        parent = try record(Parent.self, item.parentId, in: store)
        #expect(parent?.allyId != nil && parent?.allyId != best.ally.id, "moved to another ally")
    }

    @Test(arguments: TestEngine.all) func taskKeysSayWhatToSelectFirst(_ engine: TestEngine) throws {
        let (session, _) = try session(engine)
        try press(session, "1 a")
        #expect(session.state.form == nil)
        #expect(session.state.message.english == "Select a parent in Unassigned (2) to assign a Parent Ally")
        try press(session, "s")
        #expect(session.state.message.english == "Select a follow-up in Overdue (3) to snooze it")
    }

    @Test(arguments: TestEngine.all) func escOnAnUntouchedFormCancels(_ engine: TestEngine) throws {
        let (session, _) = try session(engine)
        try press(session, "2 a Escape")
        #expect(session.state.form == nil && session.state.message.english == "Cancelled; nothing was saved")
    }
}
