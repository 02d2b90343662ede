import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The session's runner over the store protocol kept in memory: keys in, the effects `update`
/// asks for run against the fake, its answers back as messages. No database file.
@Suite struct InMemorySessionTests {
    let today = Sample.today

    /// María and José wait for an ally, Ana's check-in is overdue with Lan; one hearing today.
    func program() -> InMemoryStore {
        let store = InMemoryStore()
        store.withRecords { r in
            r.allies = [Sample.lan, Sample.bao]
            r.parents = [Sample.maría, Sample.josé, Sample.ana]
            r.followUps = [Sample.checkIn]
            r.docket[today] = [Sample.hearing]
        }
        return store
    }

    func started(_ store: InMemoryStore) -> DeskSession {
        let session = DeskSession(store: store, today: today, clock: { keyTime })
        session.start()
        return session
    }

    func unassignedNames(_ session: DeskSession) -> [String] { session.state.unassigned.page.rows.map(\.name) }

    @Test func thePanesShowWhatTheStoreHoldsAndFilterAsTyped() throws {
        let session = started(program())
        #expect(session.state.docket.selectedRow?.caseNumber == "26-7-00001-1")
        #expect(unassignedNames(session) == ["María Pérez", "José Pérez"])
        #expect(session.state.overdue.page.rows.map(\.followUpId) == [21])
        try pressKeys(session, "2 / jo")
        #expect(unassignedNames(session) == ["José Pérez"])
        try pressKeys(session, "Escape")
        #expect(unassignedNames(session) == ["María Pérez", "José Pérez"])
    }

    @Test func assigningAnAllyIsWrittenAndTheParentLeavesUnassigned() throws {
        let store = program()
        let session = started(store)
        try pressKeys(session, "2 a")
        let form = try #require(session.state.form)
        #expect(form.state.title.english == "Assign a Parent Ally to María Pérez")
        #expect(form.state.focusedField.pickedId == 3, "Lan speaks Spanish and works in King County")

        try pressKeys(session, "C-s")
        #expect(session.state.form == nil && session.state.message?.english == "Parent Ally assigned")
        #expect(store.parent(7)?.allyId == 3 && store.parent(7)?.version == 5)
        #expect(unassignedNames(session) == ["José Pérez"], "the pane was read again")
        #expect(store.auditActions.contains("ally assigned"))
    }

    @Test func aChangeFromAnotherTerminalIsRefusedThenSavedOverKnowingly() throws {
        let store = program()
        let session = started(store)
        try pressKeys(session, "3 Enter u moved Space away")
        #expect(session.state.form?.state.title.english == "Unassign Ana Ruiz")

        let sam = User(id: 2, name: "Sam Rivera", role: .supervisor, allyId: nil, active: true, lockedUntil: nil)
        try store.acting(as: sam).assignAlly(parentId: 9, allyId: 4, on: today, reason: "speaks Vietnamese", expecting: nil)

        try pressKeys(session, "C-s")
        let words = try #require(session.state.form?.state.message?.english, "the form stays")
        #expect(words.hasPrefix("Not saved: Sam Rivera gave this parent to Bao Tran"), "\(words)")
        #expect(session.state.form?.state.field(.reason)?.editor.text == "moved away")
        #expect(store.parent(9)?.allyId == 4, "theirs is kept")

        try pressKeys(session, "C-s")
        #expect(session.state.message?.english == "Back in Unassigned")
        #expect(store.parent(9)?.allyId == nil)
        #expect(unassignedNames(session).contains("Ana Ruiz"))
    }

    @Test func aContactLoggedFromTheDetailCompletesTheFollowUpItAnswers() throws {
        let store = program()
        let session = started(store)
        try pressKeys(session, "3 Enter c")
        #expect(session.state.form?.state.field(.completes)?.pickedId == 21, "the overdue check-in is the one it answers")
        try pressKeys(session, "Talked Space about Space court C-s")
        #expect(session.state.message?.english == "Contact logged")
        #expect(store.followUp(21)?.doneOn == today)
        let contact = try #require(store.withRecords { $0.contacts.first })
        #expect(contact.parentId == 9 && contact.reached && contact.mode == .phone && contact.notes == "Talked about court")
        #expect(session.state.overdue.total == 0)
        guard case .detail(let detail) = session.state.screen else { Issue.record("still on Ana's detail"); return }
        #expect(detail.detail?.contacts.count == 1, "the file was read again")
    }

    // MARK: - A file answered later than the keys that followed

    @Test func aFileAnsweredAfterTheUserMovedToAnotherParentIsDropped() throws {
        let store = program()
        let session = started(store)
        let gate = store.holdFiles()
        for key: Key in [.char("2"), .enter, .escape, .char("3"), .enter] { session.handle(key) }
        guard case .detail(let waiting) = session.state.screen else { Issue.record("on Ana's detail"); return }
        #expect(waiting.parentId == 9 && waiting.detail == nil, "nothing has arrived yet")

        gate.open()
        session.finishWrites()  // both files are read; their answers wait for the key loop
        let answers = session.arrivals.takeAll()
        try #require(answers.count == 2)
        session.send(answers[0])
        guard case .detail(let afterMaría) = session.state.screen else { Issue.record("still on Ana's detail"); return }
        #expect(afterMaría.detail == nil, "María's file, asked for first, is not shown as Ana's")
        session.send(answers[1])
        guard case .detail(let shown) = session.state.screen else { Issue.record("still on Ana's detail"); return }
        #expect(shown.parentId == 9 && shown.detail?.parent.name == "Ana Ruiz")
        #expect(store.auditActions.filter { $0 == "parent detail opened" }.count == 2, "each file read is recorded, shown or not")
    }

    @Test func aFileAnsweredAfterTheUserWentBackIsDropped() throws {
        let store = program()
        let session = started(store)
        let gate = store.holdFiles()
        for key: Key in [.char("2"), .enter, .escape] { session.handle(key) }
        gate.open()
        session.settle()
        #expect(session.state.context == .dashboard && session.state.message == nil)
    }

    @Test func aFileAnsweredAfterOtherKeysOnTheSameParentIsShown() throws {
        let store = program()
        let session = started(store)
        let gate = store.holdFiles()
        for key: Key in [.char("2"), .enter, .function(1), .escape] { session.handle(key) }
        gate.open()
        session.settle()
        guard case .detail(let shown) = session.state.screen else { Issue.record("on María's detail"); return }
        #expect(shown.detail?.parent.name == "María Pérez")
    }

    // MARK: - Who is at the keyboard

    @Test func lockingClearsTheProgramAndTheSignInAsksWhoIsNext() throws {
        let store = program()
        store.withRecords { r in
            r.users = [Sample.dana]
            r.pins[Sample.dana.id] = "2468"
        }
        let session = started(store)
        #expect(session.state.isLocked && session.state.unassigned.page.rows.isEmpty, "nothing shows before a sign-in")
        try pressKeys(session, "Dana Enter 2468 Enter")
        #expect(session.state.user == Sample.dana && unassignedNames(session).count == 2)

        try pressKeys(session, "2 Enter F12")
        #expect(session.state.user == nil && session.state.context == .signIn)
        #expect(session.state.form?.purpose == .signIn)
        #expect(session.state.unassigned.page.rows.isEmpty && session.state.docket.page.rows.isEmpty)
        if case .detail = session.state.screen { Issue.record("the detail is closed") }
        #expect(store.withRecords { $0.audit.last.map { "\($0.actor): \($0.action)" } } == "Dana Brooks: screen locked")
        #expect(session.store === store, "writes no longer go through Dana's store")
    }
}
