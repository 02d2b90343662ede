import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// Forms driven by messages alone, with no store: a key asks for a form, the store's answer
/// (sent by hand here) opens it, saving asks for a write, and the store's answer to the write
/// closes the form or says at the field what is wrong, keeping what was typed.
@Suite struct FormAnswerTests {
    let today = Sample.today

    @Test func aFormOpensFromWhatTheStoreReadAndSavesAsAWrite() throws {
        var s = dashboard()
        press(&s, .char("2"))
        #expect(press(&s, .char("a")) == [.prepareForm(.assignAlly(parentId: 7))])
        #expect(s.form == nil, "nothing shows until the store has answered")

        #expect(send(&s, .formReady(.assignAlly(parentId: 7), .fits(Sample.fits, parent: nil))) == [])
        let form = try #require(s.form)
        #expect(form.state.title.english == "Assign a Parent Ally to María Pérez")
        #expect(form.state.focusedField.pickedId == 3, "the best fit is chosen")
        #expect(form.state.focusedField.preview(today: today)?.english == "Lan Nguyen — Spanish · 4/12")

        let request = SaveRequest.assignAlly(parentId: 7, allyId: 3, today: today, version: 4)
        #expect(press(&s, .control("s")) == [.save(request)], "the version is the one the row was read with")
        #expect(s.form != nil, "the form stays until the store answers")

        #expect(send(&s, .saved(request)).isEmpty, "the runtime's look at the file says what changed")
        #expect(s.form == nil && s.message?.english == "Parent Ally assigned")
        let effects = send(&s, .dataChanged([.unassigned, .overdue, .records]))
        #expect(effects.panesLoaded == [.unassigned, .overdue], "what the assignment changed is read again")
    }

    @Test func aFormTheStoreWillNotOpenSaysWhy() {
        var s = dashboard()
        press(&s, .char("2"))
        let purpose = FormPurpose.assignAlly(parentId: 7)
        #expect(press(&s, .char("a")) == [.prepareForm(purpose)])
        send(&s, .formUnavailable(purpose, "refusal.onlySupervisorAssigns"))
        #expect(s.form == nil && s.context == .dashboard)
        #expect(s.message?.english == "Only a supervisor assigns; an admin can let allies take parents")
    }

    @Test func aFormForARowThatLeftTheListMeanwhileDoesNotOpen() {
        var s = dashboard()
        send(&s, .formReady(.assignAlly(parentId: 99), .fits(Sample.fits, parent: nil)))
        #expect(s.form == nil)
        #expect(s.message?.english == "That is no longer on the list; it changed meanwhile")
    }

    @Test func aRefusalAtAFieldIsShownThereAndEverythingTypedStays() throws {
        var s = onDetail(of: Sample.maría, from: .char("2"))
        #expect(press(&s, .char("e")) == [.prepareForm(.editParent(parentId: 7))])
        send(&s, .formReady(.editParent(parentId: 7), .parentToEdit(Sample.maría, circumstances: nil, experiences: [])))
        type(&s, "María López")
        press(&s, [.tab, .tab, .tab, .tab, .tab, .tab, .char("c")])

        var closed = Sample.maría
        closed.name = "María López"
        closed.status = .closed
        let request = SaveRequest.updateParent(closed, circumstances: nil, today: today)
        #expect(press(&s, .control("s")) == [.save(request)])

        send(&s, .saveRefused(request, .invalid(field: .closingReason, reason: "invalid.sayWhyClosed")))
        let form = try #require(s.form, "the form stays")
        #expect(form.state.focusedField.id == .closingReason, "the focus goes to the field named")
        #expect(form.state.focusedField.message?.english == "Say why the parent's file is closed")
        #expect(form.state.message?.english == "Not saved: Say why the parent's file is closed")
        #expect(form.state.field(.parentName)?.editor.text == "María López")
        #expect(try form.state.field(.parentStatus)?.value(today: today).get() == .choice("closed"))
        #expect(s.refusedSaves == 1, "a script that saved nothing exits non-zero")

        type(&s, "moved out of state")
        closed.closingReason = "moved out of state"
        #expect(press(&s, .control("s")) == [.save(.updateParent(closed, circumstances: nil, today: today))])
    }

    @Test func aStaleRefusalKeepsTheFormAndASecondSaveIsMadeKnowingTheChange() throws {
        var s = onDetail(of: Sample.ana, from: .char("3"))
        let request = try unassignTyped("moved away", &s)
        #expect(request == .unassignAlly(parentId: 9, reason: "moved away", today: today, version: 5))

        let theirs = StaleRecord(record: .parent, id: 9, change: .allyChanged, changedBy: "Sam Rivera", changedAt: nil,
                                 now: .text("Bao Tran"), currentVersion: 6)
        send(&s, .saveRefused(request, .stale(theirs)))
        let form = try #require(s.form, "the form stays")
        let words = try #require(form.state.message?.english)
        #expect(words.hasPrefix("Not saved: Sam Rivera gave this parent to Bao Tran"), "\(words)")
        #expect(words.hasSuffix("C-s again saves yours over it; Esc leaves theirs."), "\(words)")
        #expect(form.state.field(.reason)?.editor.text == "moved away")

        #expect(press(&s, .control("s")) == [.save(.unassignAlly(parentId: 9, reason: "moved away", today: today, version: 6))],
                "saving again is over the version the refusal reported")
    }

    @Test func aRecordGoneMeanwhileIsNotSavedOver() throws {
        var s = onDetail(of: Sample.ana, from: .char("3"))
        let request = try unassignTyped("moved away", &s)
        let gone = StaleRecord(record: .parent, id: 9, change: nil, changedBy: nil, changedAt: nil, now: nil,
                               currentVersion: 6, gone: true)
        send(&s, .saveRefused(request, .stale(gone)))
        #expect(s.form?.state.message?.english == "Not saved: This parent is no longer on file. Esc to close.")
        #expect(press(&s, .control("s")) == [.save(request)], "still the version read: nothing to save over")
    }

    @Test func aBusySaveIsTriedAgainEachSecondWhileTheFormStays() throws {
        var s = onDetail(of: Sample.ana, from: .char("3"))
        let request = try unassignTyped("moved away", &s)
        send(&s, .saveRefused(request, .busy))
        #expect(s.form?.state.message?.english == "Another terminal is saving a large change; trying again…")
        #expect(s.form?.state.field(.reason)?.editor.text == "moved away")

        #expect(send(&s, .tick(keyTime.addingTimeInterval(0.5))) == [])
        #expect(send(&s, .tick(keyTime.addingTimeInterval(1))) == [.save(request)])
        send(&s, .saveRefused(request, .busy))
        #expect(send(&s, .tick(keyTime.addingTimeInterval(1.5))) == [], "a second after the last try, not the first")
        #expect(send(&s, .tick(keyTime.addingTimeInterval(2))) == [.save(request)])

        send(&s, .saved(request))
        #expect(s.form == nil && s.message?.english == "Back in Unassigned")
        #expect(send(&s, .tick(keyTime.addingTimeInterval(3))) == [], "nothing is left to try")
    }

    @Test func typingAfterABusySaveMakesTheNextSaveTheUsersOwn() throws {
        var s = onDetail(of: Sample.ana, from: .char("3"))
        let request = try unassignTyped("moved away", &s)
        send(&s, .saveRefused(request, .busy))
        press(&s, .char("!"), at: keyTime.addingTimeInterval(0.2))
        #expect(send(&s, .tick(keyTime.addingTimeInterval(5))) == [])
        #expect(press(&s, .control("s")) == [.save(.unassignAlly(parentId: 9, reason: "moved away!", today: today, version: 5))])
    }

    @Test func cancellingAfterABusySaveStopsTheTries() throws {
        var s = onDetail(of: Sample.ana, from: .char("3"))
        let request = try unassignTyped("moved away", &s)
        send(&s, .saveRefused(request, .busy))
        press(&s, [.escape, .char("y")])
        #expect(s.form == nil && s.message?.english == "Cancelled; nothing was saved")
        #expect(send(&s, .tick(keyTime.addingTimeInterval(5))) == [])
    }

    /// The store's matches for a searched picker arrive after more was typed: only the answer
    /// for what the field shows is used.
    @Test func matchesForTextNoLongerTypedAreDropped() throws {
        var s = newCaseForm()
        press(&s, [.tab, .tab, .tab, .tab, .tab])
        #expect(s.form?.state.focusedField.id == .parentOnFile)
        #expect(type(&s, "m") == [.search(.parents, "m")])
        #expect(type(&s, "a") == [.search(.parents, "ma")])

        send(&s, .found(.parents, text: "ma", .success([parentMatch(7, "María Pérez"), parentMatch(12, "Mabel Cruz")])))
        send(&s, .found(.parents, text: "m", .success([parentMatch(15, "Marcus Lee")])))
        let field = try #require(s.form?.state.focusedField)
        #expect(field.found.map(\.id) == [7, 12], "the answer for \"m\" came late")
        #expect(field.pickedId == 7)
        #expect(field.preview(today: today)?.english == "María Pérez — 26-7-1007-1")
    }

    // MARK: - Helpers

    /// The detail of `parent`, opened from the pane `paneKey` focuses, its file arrived.
    func onDetail(of parent: Parent, from paneKey: Key) -> AppState {
        var s = dashboard()
        press(&s, paneKey)
        let effects = press(&s, .enter)
        #expect(effects == [.loadDetail(parentId: parent.id!, audit: true)])
        send(&s, .detailArrived(parentId: parent.id!, .success(Sample.detail(parent))))
        return s
    }

    /// Unassigning Ana from her detail, with `reason` typed: the write saving asks for.
    func unassignTyped(_ reason: String, _ s: inout AppState) throws -> SaveRequest {
        #expect(press(&s, .char("u")) == [.prepareForm(.unassignAlly(parentId: 9))])
        send(&s, .formReady(.unassignAlly(parentId: 9), .parent(Sample.ana)))
        #expect(s.form?.state.title.english == "Unassign Ana Ruiz")
        type(&s, reason)
        return try #require(press(&s, .control("s")).saves.first)
    }
}
