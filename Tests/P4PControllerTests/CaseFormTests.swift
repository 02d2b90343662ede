import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The case forms of a parent's detail (E, O, A, P) over the store kept in memory: each opens on
/// the case the detail shows, saves what was typed, and shows a refusal at its field.
@Suite struct CaseFormTests {
    let today = Sample.today
    let removal = Day(iso: "2025-03-01")!

    /// Ana (overdue with Lan) is the mother on case 5, with two children who are both home.
    func program(moves: Bool = true) -> InMemoryStore {
        let store = InMemoryStore()
        store.withRecords { r in
            r.allies = [Sample.lan, Sample.bao]
            r.parents = [Sample.maría, Sample.josé, Sample.ana]
            r.followUps = [Sample.checkIn]
            r.docket[today] = [Sample.hearing]
        }
        let kids = [Child(id: 11, caseId: 5, name: "A.R.", birthYear: 2019), Child(id: 12, caseId: 5, name: "B.R.", birthYear: 2021)]
        let home = [ChildMove(id: 1, childId: 11, date: Day(iso: "2026-03-01")!, move: .returnedHome),
                    ChildMove(id: 2, childId: 12, date: Day(iso: "2026-03-15")!, move: .returnedHome)]
        store.putCase(DependencyCase(id: 5, caseNumber: "26-7-00005-5", county: "King", petitionDate: removal, removalDate: removal),
                      parents: [9: .mother], children: kids, moves: moves ? home : [])
        return store
    }

    /// Ana's detail, opened from Overdue.
    func onAnasDetail(_ store: InMemoryStore) throws -> DeskSession {
        let session = DeskSession(store: store, today: today, clock: { keyTime })
        session.start()
        try pressKeys(session, "3 Enter")
        return session
    }

    @Test func correctingARemovalDateAlreadySetAsksWhyThenSaves() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "E")
        #expect(session.state.form?.state.title.english == "Case 26-7-00005-5")
        try pressKeys(session, "Tab C-u 2025-03-02 C-s")
        let form = try #require(session.state.form, "refused: the form stays")
        #expect(form.state.field(.reason)?.message?.english == "Say why a date already recorded changes")
        #expect(store.dependencyCase(5)?.removalDate == removal, "nothing written")
        try pressKeys(session, "petition Space refiled C-s")
        #expect(session.state.form == nil && session.state.message?.english == "Case saved")
        #expect(store.dependencyCase(5)?.removalDate == Day(iso: "2025-03-02"))
        #expect(store.auditActions.last == "case updated")
    }

    @Test func theOutcomeIsSuggestedFromTheChildrensMovesAndRefusedAgainstThem() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "O")
        let form = try #require(session.state.form)
        #expect(form.state.title.english == "Outcome of case 26-7-00005-5")
        #expect(form.state.message?.english == "The children's moves suggest: reunified on Sun 15 Mar")
        #expect(try form.state.field(.caseOutcome)?.value(today: today).get() == .choice("reunified"))
        #expect(try form.state.field(.outcomeDate)?.value(today: today).get() == .date(Day(iso: "2026-03-15")!))
        // Adoption contradicts both children's last moves: refused at the outcome.
        try pressKeys(session, "a C-s")
        #expect(session.state.form?.state.field(.caseOutcome)?.message?.english
                == "The children's last moves say reunified on Sun 15 Mar; set \"Despite the moves\" to yes to save another")
        #expect(store.dependencyCase(5)?.outcome == nil)
        try pressKeys(session, "r C-s")
        #expect(session.state.form == nil && session.state.message?.english == "Outcome recorded")
        #expect(store.dependencyCase(5)?.outcome == .reunified)
        #expect(store.dependencyCase(5)?.outcomeDate == Day(iso: "2026-03-15"))
    }

    @Test func anOutcomeAgainstTheMovesIsSavedWhenSaidOnPurpose() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "O a C-s")
        #expect(store.dependencyCase(5)?.outcome == nil, "refused first")
        try pressKeys(session, "Tab Tab y C-s")
        #expect(session.state.message?.english == "Outcome recorded")
        #expect(store.dependencyCase(5)?.outcome == .adoption)
    }

    @Test func aChildIsAddedThenItsMoveRecorded() throws {
        let store = program(moves: false)
        let session = try onAnasDetail(store)
        try pressKeys(session, "A")
        #expect(session.state.form?.state.title.english == "A child of case 26-7-00005-5")
        try pressKeys(session, "C.R. Tab 2024 C-s")
        #expect(session.state.message?.english == "Child added")
        #expect(store.children(ofCase: 5).map(\.name) == ["A.R.", "B.R.", "C.R."])

        try pressKeys(session, "P")
        #expect(session.state.form?.state.title.english == "A child's move, case 26-7-00005-5")
        // The first child, then "removed" by its first letter; the day is today.
        try pressKeys(session, "Space Tab r C-s")
        #expect(session.state.message?.english == "Move recorded")
        #expect(store.moves(ofChild: 11).map(\.move) == [.removed])
        #expect(store.moves(ofChild: 11).first?.date == today)
        #expect(store.children(ofCase: 5).first?.version == 2)
    }

    @Test func theKeysNeedACase() throws {
        let store = InMemoryStore()
        store.withRecords { r in
            r.allies = [Sample.lan]
            r.parents = [Sample.ana]
            r.followUps = [Sample.checkIn]
        }
        let session = DeskSession(store: store, today: today, clock: { keyTime })
        session.start()
        try pressKeys(session, "3 Enter O")
        #expect(session.state.form == nil)
        #expect(session.state.message?.english == "This parent is on no case yet")
    }
}
