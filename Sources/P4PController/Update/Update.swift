import P4PStore

/// The pure heart of the program: a key in, the new state and the reads it needs out. No
/// terminal and no database here, so every behaviour is tested by calling it.
public func update(_ state: inout AppState, _ key: Key) -> [Effect] {
    state.message = nil
    let context = state.context
    if context == .signIn {
        // Only quitting is an action here; every other key belongs to the sign-in form.
        if ActionTable.action(for: key, in: .signIn) == .quit {
            return quit(&state)
        }
        return updateForm(&state, key)
    }
    if context == .form { return updateForm(&state, key) }
    if let id = ActionTable.action(for: key, in: context) {
        return perform(id, on: &state)
    }
    if context == .filtering, var editor = state.filterEditor, editor.handle(key) {
        state.filterEditor = editor
        return applyFilter(editor.text, to: &state)
    }
    if key != .resize { state.message = "\(key.displayName) does nothing here; ? shows the keys" }
    return []
}

private func perform(_ id: ActionID, on state: inout AppState) -> [Effect] {
    switch id {
    case .quit:
        return quit(&state)
    case .lock:
        return [.lock]
    case .importDocket:
        return [.openForm(.importDocket)]
    case .auditLog:
        if case .detail(let detail) = state.screen { return [.openForm(.auditFilter(parentId: detail.parentId))] }
        return [.openForm(.auditFilter(parentId: nil))]
    case .morningReview:
        // Supervisors only: the runtime asks the store, and a refusal returns to the dashboard with the reason.
        state.screen = .morning(MorningState())
        return [.loadMorningReview]
    case .toggleNames:
        state.namesMasked.toggle()
        state.message = state.namesMasked ? "Names hidden: initials only" : "Names shown; m hides them"
    case .help:
        state.help = ListCursor()
        return []
    case .back:
        if state.help != nil { state.help = nil } else { state.screen = .dashboard }
        return []
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
    case .previousDay: return showDocket(of: state.docketDay.adding(days: -1), &state)
    case .nextDay: return showDocket(of: state.docketDay.adding(days: 1), &state)
    case .today: return showDocket(of: state.today, &state)
    case .open:
        let ids = state.selectedParentIds
        guard !ids.isEmpty else {
            state.message = "Nothing selected to open"
            return []
        }
        state.screen = .detail(DetailState(parentIds: ids))
        return [.loadDetail]
    case .previousParent, .nextParent:
        guard case .detail(var detail) = state.screen, detail.parentIds.count > 1 else {
            state.message = "Only one parent here"
            return []
        }
        let step = id == .nextParent ? 1 : detail.parentIds.count - 1
        detail.index = (detail.index + step) % detail.parentIds.count
        detail.detail = nil
        detail.scroll = ListCursor()
        state.screen = .detail(detail)
        return [.loadDetail]
    case .filter:
        state.filterEditor = LineEditor(state.filter(of: state.focus), limit: 60)
    case .keepFilter:
        state.filterEditor = nil
    case .clearFilter:
        state.filterEditor = nil
        return applyFilter("", to: &state)
    case .recordOutcome, .assignAlly, .logContact, .snooze, .reassignAlly, .unassignAlly,
         .addRecord, .editRecord, .dependency101:
        return openForm(id, &state)
    case .saveForm, .cancelForm, .nextField, .previousField, .signIn:
        break  // only in a form: see updateForm
    }
    return []
}

/// The form a task key opens, for what is selected; or a word on what to select first.
private func openForm(_ id: ActionID, _ state: inout AppState) -> [Effect] {
    let purpose: FormPurpose?
    switch id {
    case .recordOutcome:
        purpose = state.focus == .docket ? state.docket.selectedRow.map { .courtOutcome(hearingId: $0.hearingId) } : nil
        if purpose == nil { state.message = "Select a hearing on the docket (1) to record its outcome" }
    case .assignAlly:
        purpose = state.focus == .unassigned ? state.unassigned.selectedRow.map { .assignAlly(parentId: $0.parentId) } : nil
        if purpose == nil { state.message = "Select a parent in Unassigned (2) to assign a Parent Ally" }
    case .logContact:
        if case .detail(let detail) = state.screen {
            purpose = .logContact(parentId: detail.parentId, followUpId: nil)
        } else {
            purpose = state.focus == .overdue
                ? state.overdue.selectedRow.map { .logContact(parentId: $0.parentId, followUpId: $0.followUpId) } : nil
        }
        if purpose == nil { state.message = "Select a follow-up in Overdue (3), or open a parent, to log a contact" }
    case .snooze:
        purpose = state.focus == .overdue ? state.overdue.selectedRow.map { .snooze(followUpId: $0.followUpId) } : nil
        if purpose == nil { state.message = "Select a follow-up in Overdue (3) to snooze it" }
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
        if purpose == nil { state.message = "Select a hearing or a parent to edit" }
    case .dependency101:
        purpose = .chooseClass
    default:
        purpose = nil
    }
    return purpose.map { [.openForm($0)] } ?? []
}

/// Keys in a form go to the form; saving hands its values to the runtime to write.
private func updateForm(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var form = state.form else { return [] }
    let refusalsBefore = form.state.refusals
    let outcome = ActionTable.action(for: key, in: .form) == .saveForm ? form.state.save() : form.state.handle(key)
    if form.state.refusals > refusalsBefore { state.refusedSaves += 1 }
    switch outcome {
    case .editing:
        state.form = form
        if let target = form.state.focusedField.needsSearch {
            return [.search(target, form.state.focusedField.editor.text)]
        }
        return []
    case .cancelled where form.purpose == .leaveKiosk && state.isLocked:
        return [.openForm(.signIn)]
    case .cancelled where form.purpose == .signIn:
        // There is nothing behind the sign-in to go back to: start it again.
        return [.openForm(.signIn)]
    case .cancelled:
        state.form = nil
        state.message = "Cancelled; nothing was saved"
        return []
    case .save(let values):
        state.form = form
        return [.submitForm(form.purpose, values)]
    }
}

/// Leaving a kiosk takes a supervisor's PIN; anywhere else, q leaves.
private func quit(_ state: inout AppState) -> [Effect] {
    if state.kiosk { return [.openForm(.leaveKiosk)] }
    state.isQuitting = true
    return []
}

private func pageSize(_ state: AppState) -> Int {
    state.context == .dashboard || state.context == .filtering ? state.paneRows : state.pageLines
}

/// Moves whatever the user is looking at: help text, the detail screen, or the focused pane.
private func move(_ state: inout AppState, by delta: Int) -> [Effect] {
    // A page scrolls by its top line, which stops where the last line reaches the bottom.
    let scrollPositions = max(1, state.pageLength - state.pageLines + 1)
    if var help = state.help {
        help.setTotal(scrollPositions, visible: 1)
        help.move(by: delta, visible: 1)
        state.help = help
        return []
    }
    if var scroll = state.screen.pageScroll {
        scroll.setTotal(scrollPositions, visible: 1)
        scroll.move(by: delta, visible: 1)
        state.screen.pageScroll = scroll
        return []
    }
    let pane = state.focus
    let rows = state.paneRows
    state.withCursor(of: pane) { $0.move(by: delta, visible: rows) }
    return state.needsFetch(pane) ? [.load(pane)] : []
}

private func showDocket(of day: Day, _ state: inout AppState) -> [Effect] {
    state.docketDay = day
    state.docket.cursor = ListCursor()
    state.focus = .docket
    return [.load(.docket)]
}

private func applyFilter(_ text: String, to state: inout AppState) -> [Effect] {
    let pane = state.focus
    guard state.filter(of: pane) != text else { return [] }
    state.setFilter(text, of: pane)
    state.withCursor(of: pane) { $0 = ListCursor() }
    return [.load(pane)]
}
