import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// A runner may answer an effect after later keys (a server store answers when it can): an
/// answer is shown only if it still fits what is on screen. Messages only, no store.
@Suite struct LateAnswerTests {
    let today = Sample.today
    let nobody = PaneRows.unassigned(.empty)

    @Test func rowsForAFilterNoLongerTypedAreDropped() throws {
        var s = dashboard()
        press(&s, [.char("2"), .char("/")])
        let (_, forR) = try #require(press(&s, .char("r")).paneQueries.first)
        let (_, forRu) = try #require(press(&s, .char("u")).paneQueries.first)
        #expect(forR.filter == "r" && forRu.filter == "ru")

        send(&s, .paneLoaded(.unassigned, forRu, .success(nobody)))
        #expect(s.unassigned.total == 0 && s.unassigned.loaded)
        // The answer for "r" comes last: María matches it, but the pane shows "ru".
        send(&s, .paneLoaded(.unassigned, forR, .success(Sample.rows(.unassigned))))
        #expect(s.unassigned.total == 0 && s.unassigned.page.rows.isEmpty)
        send(&s, .paneLoaded(.unassigned, forR, .failure(.busy)))
        #expect(s.message == nil, "nor is a late failure for it")
    }

    @Test func aDocketForADayNoLongerShownIsDropped() throws {
        var s = dashboard()
        let todays = s.query(for: .docket)
        let (_, tomorrows) = try #require(press(&s, .char("]")).paneQueries.first)
        #expect(tomorrows.day == today.adding(days: 1))
        send(&s, .paneLoaded(.docket, tomorrows, .success(.docket(.empty))))
        send(&s, .paneLoaded(.docket, todays, .success(Sample.rows(.docket))))
        #expect(s.docket.total == 0 && s.docket.selectedRow == nil, "tomorrow has no hearings")
    }

    @Test func aFileForAParentNoLongerShownIsDropped() throws {
        var s = dashboard()
        #expect(press(&s, .enter) == [.loadDetail(parentId: 7, audit: true)])
        #expect(press(&s, .right) == [.loadDetail(parentId: 8, audit: true)], "José, on the same hearing")

        send(&s, .detailArrived(parentId: 7, .success(Sample.detail(Sample.maría))))
        send(&s, .detailArrived(parentId: 7, .failure(.notAllowed("refusal.allyOwnParentsOnly"))))
        guard case .detail(let waiting) = s.screen else { Issue.record("still on José's detail"); return }
        #expect(waiting.parentId == 8 && waiting.detail == nil, "María's file is not shown as José's")
        #expect(s.message == nil, "a refusal for María does not send the user back")

        send(&s, .detailArrived(parentId: 8, .success(Sample.detail(Sample.josé))))
        guard case .detail(let shown) = s.screen else { Issue.record("still on José's detail"); return }
        #expect(shown.detail?.parent.name == "José Pérez")

        press(&s, .escape)
        send(&s, .detailArrived(parentId: 8, .success(Sample.detail(Sample.josé))))
        #expect(s.context == .dashboard, "a file arriving after Esc does not open again")
    }

    @Test func aFileArrivingAfterOtherKeysOnTheSameParentIsShown() throws {
        var s = dashboard()
        press(&s, [.char("2"), .enter])
        press(&s, [.function(1), .escape])  // help over the detail, and back, while the file is read
        send(&s, .detailArrived(parentId: 7, .success(Sample.detail(Sample.maría))))
        guard case .detail(let shown) = s.screen else { Issue.record("on María's detail"); return }
        #expect(shown.detail?.parent.name == "María Pérez")
    }

    @Test func lockingClearsEverythingOfTheProgramAndLateAnswersStayOut() throws {
        var s = dashboard()
        send(&s, .signedIn(Sample.dana))
        press(&s, [.char("2"), .char("/")])
        let (_, filtered) = try #require(press(&s, .char("r")).paneQueries.first)
        send(&s, .paneLoaded(.unassigned, filtered, .success(Sample.rows(.unassigned))))
        press(&s, [.enter, .char("m"), .enter])
        send(&s, .detailArrived(parentId: 7, .success(Sample.detail(Sample.maría))))
        guard case .detail = s.screen else { Issue.record("María's detail is open"); return }

        #expect(send(&s, .locked) == [.prepareForm(.signIn)])
        #expect(s.user == nil && s.isLocked && s.context == .signIn)
        #expect(s.form == nil && s.filterEditor == nil && s.help == nil && !s.namesMasked)
        if case .detail = s.screen { Issue.record("the detail is closed") }
        #expect(s.docket.page.rows.isEmpty && s.unassigned.page.rows.isEmpty && s.overdue.page.rows.isEmpty)
        #expect(s.docket.total == 0 && s.unassigned.total == 0 && s.overdue.total == 0)
        #expect(s.unassigned.filter == "" && s.focus == .docket)

        // What was asked for before the lock arrives after it, and is not shown.
        send(&s, .paneLoaded(.unassigned, filtered, .success(Sample.rows(.unassigned))))
        send(&s, .paneLoaded(.docket, s.query(for: .docket), .success(Sample.rows(.docket))))
        send(&s, .detailArrived(parentId: 7, .success(Sample.detail(Sample.maría))))
        #expect(s.unassigned.page.rows.isEmpty && s.docket.page.rows.isEmpty)
        if case .detail = s.screen { Issue.record("no parent's file shows on the sign-in") }

        send(&s, .formReady(.signIn, .users([Sample.dana])))
        #expect(s.form?.purpose == .signIn && s.form?.state.title.english == "Sign in")
        send(&s, .formReady(.newCase, .hearingTypes([])))
        #expect(s.form?.purpose == .signIn, "a form asked for before the lock does not open over the sign-in")
    }

    // MARK: - Answers to a save that arrive after the user moved on

    @Test func aSaveAnsweredAfterTheLockLeavesTheSignInOpen() throws {
        var s = dashboard()
        send(&s, .signedIn(Sample.dana))
        let request = try assignSaved(&s)
        send(&s, .locked)
        send(&s, .formReady(.signIn, .users([Sample.dana])))
        let effects = send(&s, .saved(request))
        #expect(s.form?.purpose == .signIn, "the sign-in stays")
        #expect(effects.isEmpty, "nothing of the program is read while locked")
    }

    @Test func aBusyAnswerAfterTheFormWasLeftIsNotTriedAgain() throws {
        var s = dashboard()
        let request = try assignSaved(&s)
        press(&s, .escape)  // nothing was typed: the form closes at once
        #expect(s.form == nil)
        send(&s, .saveRefused(request, .busy))
        openSnooze(&s)
        let effects = send(&s, .tick(keyTime.addingTimeInterval(5)))
        #expect(effects.saves.isEmpty, "the assignment the user left is not written")
    }

    @Test func aSaveAnsweredAfterItsFormWasLeftKeepsTheNextForm() throws {
        var s = dashboard()
        let request = try assignSaved(&s)
        press(&s, .escape)
        openSnooze(&s)
        press(&s, .tab)
        type(&s, "in hospital")
        send(&s, .saved(request))
        #expect(s.form?.state.field(.reason)?.editor.text == "in hospital", "nothing typed is lost")
    }

    @Test func aPickedParentAlwaysMatchesWhatIsTyped() throws {
        var s = newCaseForm()
        press(&s, [.tab, .tab, .tab, .tab, .tab])
        type(&s, "ma")
        send(&s, .found(.parents, text: "ma", .success([parentMatch(12, "Mabel Cruz"),
                                                         parentMatch(7, "María Pérez")])))
        type(&s, "r")  // the store has not answered "mar" yet
        let picked = s.form?.state.focusedField.pickedId
        #expect(picked != 12, "Mabel Cruz does not match \"mar\": C-s now would put her on the case")
    }

    // MARK: - Helpers

    /// `2 a`, the form opened, C-s: the write asked for, not yet answered.
    func assignSaved(_ s: inout AppState) throws -> SaveRequest {
        press(&s, [.char("2"), .char("a")])
        send(&s, .formReady(.assignAlly(parentId: 7), .fits(Sample.fits, parent: nil)))
        return try #require(press(&s, .control("s")).saves.first)
    }

    /// `3 s`: the snooze form for Ana's check-in.
    func openSnooze(_ s: inout AppState) {
        #expect(press(&s, [.char("3"), .char("s")]) == [.prepareForm(.snooze(followUpId: 21))])
        send(&s, .formReady(.snooze(followUpId: 21), .none))
        #expect(s.form?.purpose == .snooze(followUpId: 21))
    }
}
