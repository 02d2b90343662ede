/// What q does while the terminal is too small to show more than a notice. It leaves only when
/// leaving unseen loses nothing: a kiosk is left only with a supervisor's PIN, which cannot be
/// typed on a notice, and a form with typing in it is kept rather than discarded unseen.
public enum TooSmallQuit: Equatable, Sendable {
    /// q leaves, as it does anywhere.
    case leaves
    /// A kiosk: leaving takes a supervisor's PIN, asked once the window is large again.
    case needsSupervisor
    /// A form has typing in it: q keeps it.
    case keepsForm
}

extension AppState {
    public var quitWhileTooSmall: TooSmallQuit {
        if kiosk { return .needsSupervisor }
        if let form, form.purpose != .signIn, form.state.isDirty { return .keepsForm }
        return .leaves
    }
}

/// Keys while the terminal is too small: only quitting means anything, and when it may not
/// leave, the notice says why.
public func updateTooSmall(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard ActionTable.action(.quit).keys.contains(key) else { return [] }
    switch state.quitWhileTooSmall {
    case .leaves: state.isQuitting = true
    case .needsSupervisor: state.message = "tooSmall.kioskNeedsSupervisor"
    case .keepsForm: state.message = "tooSmall.formKept"
    }
    return []
}

extension DeskSession {
    /// A key pressed while the screen shows only the "terminal too small" notice.
    public func handleTooSmall(_ key: Key) {
        state.lastKeyAt = clock()
        for effect in updateTooSmall(&state, key) { run(effect) }
    }
}
