import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// Correcting a child (C) and taking out a move recorded in error (X) from a parent's detail,
/// by keyboard alone, over the store kept in memory: Ana is the mother on case 5, with A.R.
/// (home Sun 1 Mar) and B.R. (home Sun 15 Mar).
extension CaseFormTests {
    @Test func aChildIsChosenThenCorrectedFromItsOwnValues() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "C")
        let chooser = try #require(session.state.form)
        #expect(chooser.state.title.english == "Which child? Case 26-7-00005-5")
        #expect(try chooser.state.field(.child)?.value(today: today).get() == .choice("11"), "the first child, chosen already")
        // The second child, then Enter opens its record with what is on file.
        try pressKeys(session, "Space Enter")
        let form = try #require(session.state.form)
        #expect(form.state.title.english == "Correct a child of case 26-7-00005-5")
        #expect(try form.state.field(.childName)?.value(today: today).get() == .text("B.R."))
        #expect(try form.state.field(.birthYear)?.value(today: today).get() == .number(2021))
        try pressKeys(session, "Bea Space R. Tab C-u 2020 C-s")
        #expect(session.state.form == nil && session.state.message?.english == "Child saved")
        let ben = try #require(store.children(ofCase: 5).first { $0.id == 12 })
        #expect(ben.name == "Bea R." && ben.birthYear == 2020 && ben.version == 2)
        #expect(store.children(ofCase: 5).first { $0.id == 11 }?.version == 1, "the other child untouched")
        #expect(store.auditActions.last == "child updated")
    }

    @Test func anOnlyChildOpensItsRecordAtOnce() throws {
        let store = program()
        store.withRecords { r in r.families.children.removeAll { $0.id == 12 } }
        let session = try onAnasDetail(store)
        try pressKeys(session, "C")
        #expect(session.state.form?.state.title.english == "Correct a child of case 26-7-00005-5")
        #expect(try session.state.form?.state.field(.childName)?.value(today: today).get() == .text("A.R."))
        // A name emptied is refused at the form; nothing is written.
        try pressKeys(session, "C-u C-s")
        #expect(session.state.form?.state.field(.childName)?.message?.english == "Required")
        #expect(store.children(ofCase: 5).first?.name == "A.R.")
    }

    @Test func aCorrectionOnAChildAnotherTerminalChangedIsRefusedThenSavedKnowingly() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "C Enter")
        // Another terminal corrects A.R.'s birth year meanwhile.
        var theirs = try #require(store.children(ofCase: 5).first { $0.id == 11 })
        theirs.birthYear = 2018
        try store.updateChild(theirs, today: today)
        try pressKeys(session, "Tab C-u 2017 C-s")
        let form = try #require(session.state.form, "refused: the form stays with what was typed")
        #expect(form.state.message?.english
                == "Not saved: Another terminal changed this child's record. C-s again saves yours over it; Esc leaves theirs.")
        #expect(try form.state.field(.birthYear)?.value(today: today).get() == .number(2017))
        #expect(store.children(ofCase: 5).first { $0.id == 11 }?.birthYear == 2018, "theirs stands")
        try pressKeys(session, "C-s")
        #expect(session.state.message?.english == "Child saved")
        #expect(store.children(ofCase: 5).first { $0.id == 11 }?.birthYear == 2017)
    }

    @Test func aMoveRecordedInErrorIsTakenOutWithAReason() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "X")
        let form = try #require(session.state.form)
        #expect(form.state.title.english == "Remove a move recorded in error, case 26-7-00005-5")
        guard case .choice(let options)? = form.state.field(.childMove)?.kind else { Issue.record("not a choice"); return }
        #expect(options.map(\.label.english) == ["A.R.: returned home, Sun 1 Mar", "B.R.: returned home, Sun 15 Mar"])
        #expect(try form.state.field(.childMove)?.value(today: today).get() == .empty, "two moves: none chosen for the user")
        // The reason is required: refused at the form, nothing removed.
        try pressKeys(session, "Space C-s")
        #expect(session.state.form?.state.field(.reason)?.message?.english == "Required")
        #expect(store.moves(ofChild: 11).count == 1)
        try pressKeys(session, "entered Space on Space the Space wrong Space child C-s")
        #expect(session.state.form == nil && session.state.message?.english == "Move removed")
        #expect(store.moves(ofChild: 11).isEmpty && store.moves(ofChild: 12).count == 1)
        #expect(store.children(ofCase: 5).first { $0.id == 11 }?.version == 2)
        #expect(store.auditActions.last == "child move removed")
    }

    @Test func aMoveTheRecordedOutcomeRestsOnStaysUntilTheOutcomeChanges() throws {
        let store = program()
        store.withRecords { r in
            r.families.cases[0].outcome = .reunified
            r.families.cases[0].outcomeDate = Day(iso: "2026-03-15")
            r.families.moves.append(ChildMove(id: 3, childId: 12, date: removal, move: .removed))
        }
        let session = try onAnasDetail(store)
        // B.R.'s return home (after A.R.'s, and B.R.'s removal): without it B.R. is still out.
        try pressKeys(session, "X Space Space Space Tab wrong Space child C-s")
        let form = try #require(session.state.form, "refused: the form stays")
        #expect(form.state.field(.childMove)?.message?.english
                == "The case's outcome, reunified on Sun 15 Mar, rests on this move; change or clear the outcome first (O)")
        #expect(form.state.focusedField.id == .childMove)
        #expect(store.moves(ofChild: 12).count == 2, "nothing removed")
        #expect(store.auditActions.last != "child move removed")
        // B.R.'s removal, the choice before, says nothing about how the case ended: it may go.
        try pressKeys(session, "Left C-s")
        #expect(session.state.message?.english == "Move removed")
        #expect(store.moves(ofChild: 12).map(\.move) == [.returnedHome])
    }

    @Test func aRemovalOnMovesAnotherTerminalChangedIsRefusedAndAnotherChildsMoveIsCheckedOnItsOwn() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "X Space Tab entered Space twice")
        // Another terminal records a move of A.R. meanwhile.
        _ = try store.addChildMove(ChildMove(childId: 11, date: Day(iso: "2026-04-01")!, move: .fosterCare), expecting: nil)
        try pressKeys(session, "C-s")
        #expect(session.state.form?.state.message?.english
                == "Not saved: Another terminal changed this child's record. C-s again saves yours over it; Esc leaves theirs.")
        #expect(store.moves(ofChild: 11).count == 2, "nothing removed")
        // B.R.'s move instead: checked against B.R.'s own version, which nobody changed.
        try pressKeys(session, "S-Tab Space C-s")
        #expect(session.state.message?.english == "Move removed")
        #expect(store.moves(ofChild: 12).isEmpty && store.moves(ofChild: 11).count == 2)
    }

    @Test func theKeysSayWhatIsMissing() throws {
        let store = program(moves: false)
        let session = try onAnasDetail(store)
        try pressKeys(session, "X")
        #expect(session.state.form == nil && session.state.message?.english == "No move of this case's children is recorded")
        store.withRecords { r in r.families.children = [] }
        try pressKeys(session, "Esc Enter C")
        #expect(session.state.form == nil && session.state.message?.english == "Add a child first (A)")
    }
}

extension CaseFormTests {
    /// A refusal about one child is remembered for that child alone: the move of another child
    /// chosen next is checked against that child's own version, not refused for the first's.
    @Test func aMoveOfAnotherChildAfterARefusalIsCheckedOnItsOwn() throws {
        let store = program()
        let session = try onAnasDetail(store)
        try pressKeys(session, "P Space Tab f")
        _ = try store.addChildMove(ChildMove(childId: 11, date: Day(iso: "2026-04-01")!, move: .fosterCare), expecting: nil)
        try pressKeys(session, "C-s")
        #expect(session.state.form?.state.message?.english.hasPrefix("Not saved: Another terminal changed this child's record") == true)
        // B.R. instead, whose record nobody changed.
        try pressKeys(session, "S-Tab Space C-s")
        #expect(session.state.message?.english == "Move recorded")
        #expect(store.moves(ofChild: 12).map(\.move) == [.returnedHome, .fosterCare])
    }
}
