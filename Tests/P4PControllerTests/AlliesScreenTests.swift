import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The Allies screen, over the store kept in memory: `A` (in the action table only) opens the
/// list for supervisors and admins; `n` adds an ally, `e` corrects the highlighted one (a name
/// twice refused at its field, a limit below the caseload saved with a warning), `d` deactivates
/// with a reason and the ally's open parents return to Unassigned. And the parent form's
/// circumstances, ticked by those who may see them.
@Suite struct AlliesScreenTests {
    let today = Sample.today

    /// Lan carries Ana; Bao carries nobody; María and José wait.
    func started() -> (DeskSession, InMemoryStore) {
        let store = InMemoryStore()
        store.withRecords { r in
            r.allies = [Sample.lan, Sample.bao]
            r.parents = [Sample.maría, Sample.josé, Sample.ana]
            r.followUps = [Sample.checkIn]
            r.docket[today] = [Sample.hearing]
        }
        let session = DeskSession(store: store, today: today, clock: { keyTime })
        session.start()
        return (session, store)
    }

    func onDetail(of parent: Parent, from paneKey: Key) -> AppState {
        var s = dashboard()
        press(&s, paneKey)
        press(&s, .enter)
        send(&s, .detailArrived(parentId: parent.id!, .success(Sample.detail(parent))))
        return s
    }

    func shown(_ session: DeskSession) -> AlliesState? {
        if case .allies(let allies) = session.state.screen { return allies }
        return nil
    }

    @Test func theKeysAreInTheTableOnly() {
        #expect(ActionTable.action(for: .char("A"), in: .dashboard) == .allies)
        #expect(ActionTable.action(.allies).act == .manageAllies)
        #expect(!ActionTable.action(.allies).isOffered(to: .ally))
        #expect(ActionTable.action(.allies).isOffered(to: .supervisor))
        #expect(ActionTable.action(for: .char("A"), in: .detail) == .addChild, "on a parent's detail A still adds a child")
        #expect(ActionTable.action(for: .char("n"), in: .allies) == .addAlly)
        #expect(ActionTable.action(for: .char("e"), in: .allies) == .editAlly)
        #expect(ActionTable.action(for: .char("d"), in: .allies) == .deactivateAlly)
        #expect(ActionTable.action(for: .escape, in: .allies) == .back)
        #expect(ActionTable.action(for: .down, in: .allies) == .moveDown)
    }

    @Test func aKeyOpensTheListAndEscGoesBack() throws {
        let (session, _) = started()
        try pressKeys(session, "A")
        let allies = try #require(shown(session))
        #expect(allies.records?.map(\.ally.name) == ["Bao Tran", "Lan Nguyen"])
        #expect(allies.records?.map(\.openParents) == [0, 1])
        #expect(allies.selected?.ally.name == "Bao Tran", "the first ally, past the headings")
        try pressKeys(session, "Down")
        #expect(shown(session)?.selected?.ally.name == "Lan Nguyen")
        try pressKeys(session, "Escape")
        #expect(session.state.context == .dashboard)
    }

    @Test func aRefusalReturnsToTheDashboardWithItsWords() {
        var s = dashboard()
        #expect(press(&s, .char("A")) == [.loadAllies])
        #expect(s.context == .allies)
        send(&s, .alliesArrived(.failure(.notAllowed("refusal.onlySupervisorAllies"))))
        #expect(s.context == .dashboard)
        #expect(s.message?.english == "Only a supervisor changes allies' records")
    }

    @Test func addingAnAllyTheNameGivenTwiceIsRefusedAtItsFieldAndTheTypingStays() throws {
        let (session, store) = started()
        try pressKeys(session, "A n")
        let form = try #require(session.state.form)
        #expect(form.state.title.english == "New Parent Ally")
        #expect(form.state.field(.languages)?.editor.text == "English")
        try pressKeys(session, "lan Space nguyen C-s")
        let refused = try #require(session.state.form, "the form stays")
        #expect(refused.state.focusedField.id == .allyName)
        #expect(refused.state.focusedField.message?.english == "An ally named lan nguyen already exists")
        #expect(refused.state.field(.allyName)?.editor.text == "lan nguyen")

        try pressKeys(session, "C-u Rosa Space Delgado Tab Tab C-u Spanish, Space English Tab King Tab Tab Space C-s")
        #expect(session.state.form == nil)
        #expect(session.state.message?.english == "Added Rosa Delgado")
        let rosa = try #require(try store.allyRecords().first { $0.ally.name == "Rosa Delgado" }?.ally)
        #expect(rosa.languages == ["Spanish", "English"] && rosa.counties == ["King"] && rosa.caseloadLimit == 12)
        #expect(rosa.livedExperience == ["recovery"])
        #expect(shown(session)?.records?.map(\.ally.name) == ["Bao Tran", "Lan Nguyen", "Rosa Delgado"], "the list was read again")
    }

    @Test func aLimitBelowTheCaseloadIsSavedWithAWarning() throws {
        let (session, store) = started()
        try pressKeys(session, "A Down e")
        let form = try #require(session.state.form)
        #expect(form.state.title.english == "Edit Lan Nguyen")
        #expect(form.state.field(.counties)?.editor.text == "King")
        try pressKeys(session, "Tab Tab Tab Tab C-u 0 C-s")
        #expect(session.state.form == nil)
        #expect(session.state.message?.english == "The limit 0 is below the 1 open parents this ally carries now")
        #expect(store.withRecords { $0.allies.first { $0.id == 3 }?.caseloadLimit } == 0)
        #expect(store.withRecords { $0.allies.first { $0.id == 3 }?.version } == 2)
    }

    @Test func deactivatingReturnsTheirOpenParentsToUnassigned() throws {
        let (session, store) = started()
        try pressKeys(session, "A Down d")
        let form = try #require(session.state.form)
        #expect(form.state.title.english == "Deactivate Lan Nguyen (1 open parents return to Unassigned)")
        try pressKeys(session, "C-s")
        #expect(session.state.form?.state.field(.reason)?.message?.english == "Required")
        try pressKeys(session, "moved Space away C-s")
        #expect(session.state.form == nil)
        #expect(session.state.message?.english == "Deactivated; their open parents are back in Unassigned")
        #expect(store.parent(9)?.allyId == nil && store.parent(9)?.waitingSince == today)
        #expect(store.auditActions.suffix(2) == ["ally unassigned", "ally deactivated"])
        #expect(session.state.unassigned.page.rows.map(\.name).contains("Ana Ruiz"), "Unassigned was read again")
        #expect(shown(session)?.records?.first { $0.ally.id == 3 }?.ally.active == false)
        try pressKeys(session, "d")
        #expect(session.state.message?.english == "That ally is already inactive")

        // Edited, a deactivated ally may be made active again; Ana stays in Unassigned.
        try pressKeys(session, "e")
        #expect(session.state.form?.state.field(.allyActive) != nil)
        for _ in 0..<6 { try pressKeys(session, "Tab") }
        #expect(session.state.form?.state.focusedField.id == .allyActive)
        try pressKeys(session, "y C-s")
        #expect(store.withRecords { $0.allies.first { $0.id == 3 }?.active } == true)
        #expect(store.parent(9)?.allyId == nil)
    }

    @Test func theParentFormTicksCircumstancesForThoseWhoMaySeeThem() throws {
        var s = onDetail(of: Sample.maría, from: .char("2"))
        press(&s, .char("e"))
        let list = Experience.seeded.map { Experience(code: $0) }
        send(&s, .formReady(.editParent(parentId: 7), .parentToEdit(Sample.maría, circumstances: ["housing"], experiences: list)))
        let form = try #require(s.form)
        let field = try #require(form.state.field(.circumstances))
        #expect(try field.value(today: today).get() == .choices(["housing"]))
        var expected = Sample.maría
        expected.version = 4
        #expect(press(&s, .control("s")) == [.save(.updateParent(expected, circumstances: ["housing"], today: today))])

        // Not theirs to see: no field, and nothing of them in the save.
        var other = onDetail(of: Sample.maría, from: .char("2"))
        press(&other, .char("e"))
        send(&other, .formReady(.editParent(parentId: 7), .parentToEdit(Sample.maría, circumstances: nil, experiences: [])))
        #expect(other.form?.state.field(.circumstances) == nil)
        #expect(press(&other, .control("s")) == [.save(.updateParent(expected, circumstances: nil, today: today))])
    }

    @Test func circumstancesTickedOnTheParentFormAreSaved() throws {
        let (session, store) = started()
        try pressKeys(session, "2 e")
        let form = try #require(session.state.form)
        #expect(form.state.field(.circumstances) != nil, "everyone may, on a store without users")
        for _ in 0..<8 { try pressKeys(session, "Tab") }
        #expect(session.state.form?.state.focusedField.id == .circumstances)
        try pressKeys(session, "Space C-s")
        #expect(session.state.form == nil)
        #expect(try store.circumstances(ofParent: 7) == ["recovery"])
    }
}
