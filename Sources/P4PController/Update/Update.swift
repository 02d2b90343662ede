import Foundation
import P4PStore

/// The pure heart of the program: a message in (a key, time passing, what the store answered),
/// the new state and the work it needs out. No terminal and no database here, so every
/// behaviour is tested by calling it.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    switch message {
    case .key(let key, let at):
        state.lastKeyAt = at
        state.now = at
        return updateKey(&state, key)
    case .tick(let now):
        state.now = now
        return updateTick(&state)
    case .viewport(let paneRows, let pageLines):
        return updateViewport(&state, paneRows: paneRows, pageLines: pageLines)
    case .pageLength(let lines):
        state.pageLength = lines
        return []
    case .dayChanged(let day):
        return updateDay(&state, to: day)
    case .dataChanged(let changed):
        return rereadWhatChanged(state, changed)
    case .kiosk(let idleMinutes):
        state.kiosk = true
        state.namesMasked = true
        state.idleLimit = max(1, idleMinutes * 60)
        return []
    case .started(let hasUsers):
        return updateStart(&state, hasUsers: hasUsers)
    case .signedIn(let user):
        return signIn(&state, user)
    case .signInAnswered(let purpose, let result):
        return updateSignInAnswer(&state, purpose, result)
    case .locked:
        return updateLocked(&state)
    case .cannotLock:
        state.message = "lock.needsUsers"
        return []
    case .paneLoaded(let pane, let query, let result):
        return updatePaneLoaded(&state, pane, query, result)
    case .detailArrived(let parentId, let result):
        return updateDetailArrived(&state, parentId, result)
    case .morningArrived(let day, let result):
        return updateMorningArrived(&state, day, result)
    case .outcomesArrived(let query, let result):
        return updateOutcomesArrived(&state, query, result)
    case .alliesArrived(let result):
        return updateAlliesArrived(&state, result)
    case .auditArrived(let filter, let result):
        return updateAuditArrived(&state, filter, result)
    case .formReady(let purpose, let data):
        return updateFormReady(&state, purpose, data)
    case .formUnavailable(let purpose, let reason):
        if purpose == .signIn { return [] }
        state.form = nil
        state.message = reason
        return []
    case .saved(let request):
        return updateSaved(&state, request)
    case .saveRefused(let request, let error):
        return updateSaveRefused(&state, request, error)
    case .found(let target, let text, let result):
        return updateFound(&state, target, text, result)
    case .imported(let request, let result):
        return updateImported(&state, request, result)
    case .languageSaved(let language, let name, let result):
        return updateLanguageSaved(&state, language, forUser: name, result)
    }
}

/// A key: the action the table gives it where the user is (`AppState.contexts`). In a form the
/// form does it, but for help and quitting; a key that means nothing here says so.
func updateKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    state.message = nil
    // A resize is the terminal's doing: the layout follows it, nothing else does.
    guard key != .resize else { return [] }
    let action = ActionTable.action(for: key, in: state.contexts)
    if state.form != nil, state.help == nil, action != .help, action != .quit {
        return updateForm(&state, action, key)
    }
    guard let action else {
        state.message = ActionTable.doesNothing(key, in: state.contexts)
        return []
    }
    return perform(action, key: key, on: &state)
}

private func perform(_ id: ActionID, key: Key, on state: inout AppState) -> [Effect] {
    switch id {
    case .quit:
        return quit(&state)
    case .lock:
        return [.lock]
    case .importDocket:
        return [.prepareForm(.importDocket)]
    case .auditLog:
        if case .detail(let detail) = state.screen { return [.prepareForm(.auditFilter(parentId: detail.parentId))] }
        return [.prepareForm(.auditFilter(parentId: nil))]
    case .morningReview:
        // Supervisors only: the store refuses anyone else, and the refusal returns to the dashboard.
        state.screen = .morning(MorningState())
        return [.loadMorningReview(state.today, audit: true)]
    case .outcomesReport:
        return openOutcomes(&state)
    case .previousPeriod: return moveOutcomesPeriod(&state, back: 1)
    case .nextPeriod: return moveOutcomesPeriod(&state, back: -1)
    case .nextCounty: return nextOutcomesCounty(&state)
    case .allies: return openAllies(&state)
    case .addAlly, .editAlly, .deactivateAlly: return openAllyForm(id, &state)
    case .toggleNames:
        state.namesMasked.toggle()
        state.message = state.namesMasked ? "names.hidden" : "names.shown"
    case .help:
        state.help = ListCursor()
        return []
    case .back:
        // Help closes over whatever it was opened on; a page returns to the dashboard.
        if state.help != nil { state.help = nil } else { state.screen = .dashboard }
        return []
    case .chooseLanguage:
        return chooseLanguage(&state)
    case .focusDocket: state.focus = .docket
    case .focusUnassigned: state.focus = .unassigned
    case .focusOverdue: state.focus = .overdue
    case .nextPane, .previousPane:
        let step = id == .nextPane ? 1 : PaneID.allCases.count - 1
        state.focus = PaneID(rawValue: (state.focus.rawValue + step) % PaneID.allCases.count)!
    case .moveUp: return move(&state, by: -1)
    case .moveDown: return move(&state, by: 1)
    case .pageUp: return move(&state, by: -max(1, pageSize(state) - 1))
    case .pageDown: return move(&state, by: max(1, pageSize(state) - 1))
    case .first: return move(&state, by: Int.min / 2)
    case .last: return move(&state, by: Int.max / 2)
    case .previousDay, .nextDay, .today: return showDocket(of: state.dayShown(by: id)!, &state)
    case .open:
        let ids = state.selectedParentIds
        guard !ids.isEmpty else {
            state.message = "dashboard.nothingToOpen"
            return []
        }
        state.screen = .detail(DetailState(parentIds: ids))
        return [.loadDetail(parentId: ids[0], audit: true)]
    case .previousParent, .nextParent:
        guard case .detail(var detail) = state.screen, detail.parentIds.count > 1 else {
            state.message = "detail.onlyOneParent"
            return []
        }
        let step = id == .nextParent ? 1 : detail.parentIds.count - 1
        detail.index = (detail.index + step) % detail.parentIds.count
        detail.detail = nil
        detail.audited = false
        detail.scroll = ListCursor()
        state.screen = .detail(detail)
        return [.loadDetail(parentId: detail.parentId, audit: true)]
    case .filter:
        state.filterEditor = LineEditor(state.filter(of: state.focus), limit: 60)
    case .typeFilter, .cursorLeft, .cursorRight, .textStart, .textEnd, .deleteBackward, .deleteForward,
         .deleteToStart, .deleteToEnd:
        guard var editor = state.filterEditor, editor.perform(id, typed: key.typedCharacter) else { return [] }
        state.filterEditor = editor
        return applyFilter(editor.text, to: &state)
    case .keepFilter:
        state.filterEditor = nil
    case .clearFilter:
        state.filterEditor = nil
        return applyFilter("", to: &state)
    case .recordOutcome, .planCoverage, .assignAlly, .logContact, .snooze, .reassignAlly, .unassignAlly,
         .addRecord, .editRecord, .dependency101, .editCase, .caseOutcome, .addChild, .childMove, .editChild, .removeMove:
        return openForm(id, &state)
    case .signIn, .saveForm, .cancelForm, .nextField, .previousField, .fieldBelow, .fieldAbove, .enterField,
         .discard, .keepEditing, .typeText, .newLine, .lineBelow, .lineAbove, .nextChoice, .previousChoice,
         .clearChoice, .jumpToOption, .nextOption, .previousOption, .toggleTick, .typeToFind:
        break  // a form's and its fields': see updateForm
    }
    return []
}

/// The form a task key opens, for what is selected; or a word on what to select first. The
/// store is asked first whether the user may, and reads what the form needs.
private func openForm(_ id: ActionID, _ state: inout AppState) -> [Effect] {
    let purpose: FormPurpose?
    switch id {
    case .recordOutcome:
        purpose = state.focus == .docket ? state.docket.selectedRow.map { .courtOutcome(hearingId: $0.hearingId) } : nil
        if purpose == nil { state.message = "hint.selectHearing" }
    case .planCoverage:
        purpose = state.focus == .docket ? state.docket.selectedRow.map { .planCoverage(hearingId: $0.hearingId) } : nil
        if purpose == nil { state.message = "hint.selectHearingToCover" }
    case .assignAlly:
        purpose = state.focus == .unassigned ? state.unassigned.selectedRow.map { .assignAlly(parentId: $0.parentId) } : nil
        if purpose == nil { state.message = "hint.selectUnassigned" }
    case .logContact:
        if case .detail(let detail) = state.screen {
            purpose = .logContact(parentId: detail.parentId, followUpId: nil)
        } else {
            purpose = state.focus == .overdue
                ? state.overdue.selectedRow.map { .logContact(parentId: $0.parentId, followUpId: $0.followUpId) } : nil
        }
        if purpose == nil { state.message = "hint.selectFollowUpOrParent" }
    case .snooze:
        purpose = state.focus == .overdue ? state.overdue.selectedRow.map { .snooze(followUpId: $0.followUpId) } : nil
        if purpose == nil { state.message = "hint.selectFollowUp" }
    case .reassignAlly, .unassignAlly:
        guard case .detail(let detail) = state.screen else { purpose = nil; break }
        purpose = id == .reassignAlly ? .reassignAlly(parentId: detail.parentId) : .unassignAlly(parentId: detail.parentId)
    case .addRecord:
        purpose = .chooseNew(caseId: state.caseInView)
    case .editRecord:
        if case .detail(let detail) = state.screen {
            purpose = .editParent(parentId: detail.parentId)
        } else if state.focus == .docket {
            purpose = state.docket.selectedRow.map { .editHearing(hearingId: $0.hearingId) }
        } else {
            purpose = state.selectedParentIds.first.map { .editParent(parentId: $0) }
        }
        if purpose == nil { state.message = "hint.selectToEdit" }
    case .dependency101:
        purpose = .chooseClass
    case .editCase, .caseOutcome, .addChild, .childMove, .editChild, .removeMove:
        guard case .detail(let detail) = state.screen, let caseId = state.caseInView else {
            state.message = "hint.noCaseInView"
            return []
        }
        let parentId = detail.parentId
        let inView = detail.detail?.cases.first { $0.dependencyCase.id == caseId }
        let children = inView?.children ?? []
        switch id {
        case .editCase: purpose = .editCase(parentId: parentId, caseId: caseId)
        case .caseOutcome: purpose = .caseOutcome(parentId: parentId, caseId: caseId)
        case .addChild: purpose = .newChild(parentId: parentId, caseId: caseId)
        case .removeMove:
            guard inView?.moves.isEmpty == false else {
                state.message = "hint.noMovesToRemove"
                return []
            }
            purpose = .removeMove(parentId: parentId, caseId: caseId)
        default:
            guard !children.isEmpty else {
                state.message = "hint.addChildFirst"
                return []
            }
            if id == .childMove {
                purpose = .childMove(parentId: parentId, caseId: caseId)
            } else if children.count == 1, let childId = children[0].id {
                purpose = .editChild(parentId: parentId, caseId: caseId, childId: childId)
            } else {
                purpose = .chooseChild(parentId: parentId, caseId: caseId)
            }
        }
    default:
        purpose = nil
    }
    return purpose.map { [.prepareForm($0)] } ?? []
}

/// Leaving a kiosk takes a supervisor's PIN; anywhere else, q leaves.
func quit(_ state: inout AppState) -> [Effect] {
    if state.kiosk { return [.prepareForm(.leaveKiosk)] }
    state.isQuitting = true
    return []
}

private func pageSize(_ state: AppState) -> Int {
    state.context == .dashboard || state.context == .filtering ? state.paneRows : state.pageLines
}

/// Moves whatever the user is looking at: help text, the detail screen, or the focused pane.
private func move(_ state: inout AppState, by delta: Int) -> [Effect] {
    if var help = state.help {
        help.moveReadingLine(by: delta, length: state.pageLength, shown: state.pageLines)
        state.help = help
        return []
    }
    if case .allies(var allies) = state.screen {
        // A line an ally after the headings: the list's own length, not the one last drawn.
        allies.scroll.moveReadingLine(by: delta, length: (allies.records?.count ?? 0) + 1, shown: state.pageLines)
        state.screen = .allies(allies)
        return []
    }
    if var scroll = state.screen.pageScroll {
        scroll.moveReadingLine(by: delta, length: state.pageLength, shown: state.pageLines)
        state.screen.pageScroll = scroll
        return []
    }
    let pane = state.focus
    let rows = state.paneRows
    state.withCursor(of: pane) { $0.move(by: delta, visible: rows) }
    return state.needsFetch(pane) ? [loadPane(pane, state)] : []
}

/// The docket's day keys: the court day before or after the one shown, or today.
let docketDayActions: [ActionID] = [.nextDay, .previousDay, .today]

extension AppState {
    /// The day a docket day key shows from here.
    func dayShown(by id: ActionID) -> Day? {
        switch id {
        case .previousDay: return court.adding(courtDays: -1, to: docketDay)
        case .nextDay: return court.adding(courtDays: 1, to: docketDay)
        case .today: return today
        default: return nil
        }
    }

    /// The docket reads the day keys would ask for from here, to be read ahead of them: while
    /// the dashboard shows a day's docket unfiltered (the day keys come next as often as not).
    /// Not while a filter is typed, when each character would read three days more, nor behind
    /// a parent's file or a form, whose reads would wait for these on a server's one connection.
    var docketReadsAhead: [PaneQuery] {
        guard case .dashboard = screen, form == nil, showsProgram, docket.loaded, docket.filter.isEmpty else { return [] }
        var days: [Day] = []  // each once: the day before may be today
        for day in docketDayActions.compactMap({ dayShown(by: $0) }) where day != docketDay && !days.contains(day) {
            days.append(day)
        }
        return days.map { day in
            var there = self
            _ = showDocket(of: day, &there)
            return there.query(for: .docket)
        }
    }
}

private func showDocket(of day: Day, _ state: inout AppState) -> [Effect] {
    state.docketDay = day
    state.docket.cursor = ListCursor()
    // The day before's rows must not stand under the new date, to be opened by mistake.
    state.docket.page = .empty
    state.docket.loaded = false
    state.focus = .docket
    return [loadPane(.docket, state)]
}

private func applyFilter(_ text: String, to state: inout AppState) -> [Effect] {
    let pane = state.focus
    guard state.filter(of: pane) != text else { return [] }
    state.setFilter(text, of: pane)
    state.withCursor(of: pane) { $0 = ListCursor() }
    return [loadPane(pane, state)]
}
