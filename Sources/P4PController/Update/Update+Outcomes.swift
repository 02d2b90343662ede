import P4PStore

/// The outcomes report page: opened from the dashboard (supervisors; the store refuses anyone
/// else, and the refusal returns to the dashboard), its twelve months moved a month at a time,
/// narrowed to a county. Each change reads again off the key path.

func openOutcomes(_ state: inout AppState) -> [Effect] {
    let outcomes = OutcomesState()
    state.screen = .outcomes(outcomes)
    return [.loadOutcomes(outcomes.query(today: state.today), audit: true)]
}

/// `[` (one month back) and `]` (one on, never past today).
func moveOutcomesPeriod(_ state: inout AppState, back months: Int) -> [Effect] {
    guard case .outcomes(var outcomes) = state.screen else { return [] }
    guard outcomes.monthsBack + months >= 0 else {
        state.message = "outcomes.endsToday"
        return []
    }
    outcomes.monthsBack += months
    return show(outcomes, &state)
}

/// Every county, then each county cases are in, then every county again.
func nextOutcomesCounty(_ state: inout AppState) -> [Effect] {
    guard case .outcomes(var outcomes) = state.screen else { return [] }
    guard !outcomes.counties.isEmpty else {
        state.message = outcomes.report == nil ? "outcomes.countiesNotRead" : "outcomes.noCounties"
        return []
    }
    let next = outcomes.county.flatMap { outcomes.counties.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    outcomes.county = next < outcomes.counties.count ? outcomes.counties[next] : nil
    return show(outcomes, &state)
}

/// Another period or county: the figures shown were for the last, so none show until the new
/// ones arrive.
private func show(_ outcomes: OutcomesState, _ state: inout AppState) -> [Effect] {
    var outcomes = outcomes
    outcomes.report = nil
    outcomes.scroll = ListCursor()
    state.screen = .outcomes(outcomes)
    return [reloadOutcomes(outcomes, state)]
}

/// The report read again for what the screen shows; the opening is recorded if it was not yet.
func reloadOutcomes(_ outcomes: OutcomesState, _ state: AppState) -> Effect {
    .loadOutcomes(outcomes.query(today: state.today), audit: !outcomes.audited)
}

func updateOutcomesArrived(_ state: inout AppState, _ query: OutcomesQuery, _ result: Result<OutcomesPage, StoreError>) -> [Effect] {
    // The user may have moved to another period or county, or away, meanwhile.
    guard case .outcomes(var outcomes) = state.screen, outcomes.query(today: state.today) == query else { return [] }
    let kept = takePageRead(result, &state) { page in
        outcomes.report = page.report
        outcomes.counties = page.counties
        outcomes.audited = true
    }
    guard kept else { return [] }
    state.screen = .outcomes(outcomes)
    return []
}
