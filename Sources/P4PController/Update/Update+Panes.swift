import Foundation
import P4PStore

/// The three lists: what to read for each, and what to do with what arrives.

/// The read for a pane as it stands: its day, its filter, and the rows on screen with a
/// screenful either side.
func loadPane(_ pane: PaneID, _ state: AppState) -> Effect {
    .loadPane(pane, state.query(for: pane))
}

/// Every pane, as at start, after a sign-in or on a new day.
func loadAllPanes(_ state: AppState) -> [Effect] {
    PaneID.allCases.map { loadPane($0, state) }
}

extension AppState {
    func query(for pane: PaneID) -> PaneQuery {
        switch pane {
        case .docket: return PaneQuery(day: docketDay, filter: docket.filter, page: docket.windowRequest(visible: paneRows))
        case .unassigned:
            return PaneQuery(day: today, filter: unassigned.filter, page: unassigned.windowRequest(visible: paneRows))
        case .overdue: return PaneQuery(day: today, filter: overdue.filter, page: overdue.windowRequest(visible: paneRows))
        }
    }

    /// Nothing of the program is read or shown before someone signs in.
    var showsProgram: Bool { !isLocked }

    func isLoaded(_ pane: PaneID) -> Bool {
        switch pane {
        case .docket: return docket.loaded
        case .unassigned: return unassigned.loaded
        case .overdue: return overdue.loaded
        }
    }
}

extension PaneID {
    /// What a commit must have changed for this pane to be read again.
    var reads: ChangedReads {
        switch self {
        case .docket: return .docket
        case .unassigned: return .unassigned
        case .overdue: return .overdue
        }
    }
}

func updatePaneLoaded(_ state: inout AppState, _ pane: PaneID, _ query: PaneQuery,
                      _ result: Result<PaneRows, StoreError>) -> [Effect] {
    let current = state.query(for: pane)
    // Rows for another day or filter than the pane now shows arrived late: drop them.
    guard state.showsProgram, query.day == current.day, query.filter == current.filter else { return [] }
    let rows = state.paneRows
    switch result {
    case .failure(let error):
        state.message = error.phrase
        return []
    case .success(.docket(let page, let court)):
        state.court = court
        state.docket.page = page
        state.docket.cursor.setTotal(page.total, visible: rows)
        state.docket.loaded = true
    case .success(.unassigned(let page)):
        state.unassigned.page = page
        state.unassigned.cursor.setTotal(page.total, visible: rows)
        state.unassigned.loaded = true
    case .success(.overdue(let page)):
        state.overdue.page = page
        state.overdue.cursor.setTotal(page.total, visible: rows)
        state.overdue.loaded = true
    }
    // The list shrank under the cursor (another terminal's change): read where it landed.
    let again = state.query(for: pane)
    return state.needsFetch(pane) && again.page != query.page ? [.loadPane(pane, again)] : []
}

/// The layout says how many rows each pane and page shows; read whatever came into view.
func updateViewport(_ state: inout AppState, paneRows: Int, pageLines: Int) -> [Effect] {
    guard paneRows != state.paneRows || pageLines != state.pageLines else { return [] }
    state.paneRows = max(1, paneRows)
    state.pageLines = max(1, pageLines)
    for pane in PaneID.allCases {
        let rows = state.paneRows
        state.withCursor(of: pane) { $0.moveTo($0.selected, visible: rows) }
    }
    guard state.showsProgram else { return [] }
    return PaneID.allCases.filter { state.needsFetch($0) }.map { loadPane($0, state) }
}

/// The clock passed midnight: a kiosk left running shows the new day's docket and counts. A
/// docket the user moved to another day stays on that day.
func updateDay(_ state: inout AppState, to day: Day) -> [Effect] {
    guard day != state.today else { return [] }
    if state.docketDay == state.today { state.docketDay = day }
    state.today = day
    guard state.showsProgram else { return [.closeMissedReminders(day)] }
    // Every pane is read for the new day below: the reminders closed first reload none twice.
    state.docket.loaded = false
    state.unassigned.loaded = false
    state.overdue.loaded = false
    var effects: [Effect] = [.closeMissedReminders(day)] + loadAllPanes(state)
    if case .morning = state.screen { effects.append(.loadMorningReview(day, audit: false)) }
    if case .outcomes(let outcomes) = state.screen { effects.append(reloadOutcomes(outcomes, state)) }
    return effects
}

/// A commit changed `changed`: read again what shows it. A pane not loaded yet is left to the
/// load under way (at start, or for a new day); the pages read all records.
func rereadWhatChanged(_ state: AppState, _ changed: ChangedReads) -> [Effect] {
    guard state.showsProgram else { return [] }
    var effects = PaneID.allCases.filter { state.isLoaded($0) && changed.contains($0.reads) }.map { loadPane($0, state) }
    guard changed.contains(.records) else { return effects }
    switch state.screen {
    case .detail(let detail): effects.append(.loadDetail(parentId: detail.parentId, audit: false))
    case .morning: effects.append(.loadMorningReview(state.today, audit: false))
    case .outcomes(let outcomes): effects.append(reloadOutcomes(outcomes, state))
    case .allies: effects.append(.loadAllies)
    default: break
    }
    return effects
}

/// The session began: the sign-in when the database has users, else the panes.
func updateStart(_ state: inout AppState, hasUsers: Bool) -> [Effect] {
    state.started = true
    var effects: [Effect] = [.closeMissedReminders(state.today)]
    if state.user == nil, hasUsers {
        state.signInRequired = true
        effects.append(.prepareForm(.signIn))
    } else {
        effects += loadAllPanes(state)
    }
    return effects
}

/// Time passed with no key: a busy save tries again once a second; a kiosk left alone locks.
func updateTick(_ state: inout AppState) -> [Effect] {
    if let pending = state.pendingSave, state.form != nil, state.now.timeIntervalSince(pending.triedAt) >= 1 {
        state.pendingSave?.triedAt = state.now
        state.form?.saving = pending.request
        return [.save(pending.request)]
    }
    if let limit = state.idleLimit, state.user != nil, state.now.timeIntervalSince(state.lastKeyAt) >= limit {
        state.message = Phrase("lock.afterIdle", ["time": .phrase(idleWords(limit))])
        return [.lock]
    }
    return []
}

/// "3 minutes", "30 seconds".
func idleWords(_ seconds: TimeInterval) -> Phrase {
    seconds >= 120 ? Phrase("time.minutes", ["count": .number(Int(seconds / 60))])
                   : Phrase("time.seconds", ["count": .number(Int(seconds))])
}
