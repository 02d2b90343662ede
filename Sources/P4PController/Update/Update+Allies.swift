import P4PStore

/// The Allies screen: opened from the dashboard (supervisors and admins; the store refuses
/// anyone else, and the refusal returns to the dashboard), read off the key path, and read again
/// after each save.

func openAllies(_ state: inout AppState) -> [Effect] {
    state.screen = .allies(AlliesState())
    return [.loadAllies]
}

func updateAlliesArrived(_ state: inout AppState, _ result: Result<AlliesPage, StoreError>) -> [Effect] {
    guard case .allies(var allies) = state.screen else { return [] }
    let shown = state.pageLines
    let kept = takePageRead(result, &state) { page in
        let first = allies.records == nil
        allies.records = page.records
        allies.experiences = page.experiences
        // Opening rests on the first ally, past the headings.
        if first && !page.records.isEmpty { allies.scroll.moveReadingLine(by: 1, length: page.records.count + 1, shown: shown) }
    }
    guard kept else { return [] }
    state.screen = .allies(allies)
    return []
}

/// `n`, `e`, `d` on the Allies screen: a form for a new ally, or for the one on the reading line.
func openAllyForm(_ id: ActionID, _ state: inout AppState) -> [Effect] {
    guard case .allies(let allies) = state.screen else { return [] }
    if id == .addAlly { return [.prepareForm(.addAlly)] }
    guard let record = allies.selected, let allyId = record.ally.id else {
        state.message = "allies.noneYet"
        return []
    }
    if id == .deactivateAlly && !record.ally.active {
        state.message = "allies.alreadyInactive"
        return []
    }
    return [.prepareForm(id == .editAlly ? .editAlly(allyId: allyId) : .deactivateAlly(allyId: allyId))]
}

/// The ally a form is for, as the screen last read it.
func shownAlly(_ allyId: ID, _ state: AppState) -> AllyRecord? {
    guard case .allies(let allies) = state.screen else { return nil }
    return allies.records?.first { $0.ally.id == allyId }
}
