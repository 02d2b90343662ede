import Foundation
import P4PStore

/// A shared terminal in a courthouse hallway: names hidden until asked for, a lock when left
/// idle or on F12, and a supervisor's PIN to leave.
extension DeskSession {
    /// Turns the session into a kiosk that locks after `idleMinutes` without a key.
    public func enterKiosk(idleMinutes: Double) {
        state.kiosk = true
        state.namesMasked = true
        idleLimit = max(1, idleMinutes * 60)
    }

    /// Called by the key loop between keys: tries again a save that found the file busy, and
    /// locks a signed-in kiosk left alone too long. Returns true when the screen changed.
    @discardableResult
    public func tick() -> Bool {
        let retried = retryPendingSave()
        guard let idleLimit, state.user != nil, clock().timeIntervalSince(lastActivity) >= idleLimit else { return retried }
        perform([.lock])
        if state.isLocked { state.message = "Locked after \(Self.minutes(idleLimit)) idle" }
        return true
    }

    /// Signs out and shows the lock screen; nothing of the program stays on it.
    func lock() throws {
        guard try baseStore.hasUsers() else {
            state.message = "Locking needs users to sign back in: add them with `p4p user add`"
            return
        }
        try store.audit("screen locked", entity: nil, id: nil)
        store = baseStore
        var locked = AppState(today: state.today, databaseName: state.databaseName)
        locked.docketDay = state.docketDay
        locked.kiosk = state.kiosk
        locked.namesMasked = state.kiosk
        locked.signInRequired = true
        state = locked
        state.form = try openSignIn()
    }

    func openLeaveKiosk() throws -> ActiveForm? {
        let supervisors = try store.users().filter { $0.active && $0.role != .ally }
        return ActiveForm(purpose: .leaveKiosk,
                          state: pinForm(title: "Leave the kiosk: a supervisor's PIN", nameLabel: "Supervisor", users: supervisors))
    }

    func submitLeaveKiosk(_ values: [String: FieldValue]) throws {
        guard let name = pickedName(values) else { return }
        switch try baseStore.signIn(name: name, secret: values["pin"]?.text ?? "", at: clock()) {
        case .signedIn(let user) where user.role != .ally:
            try baseStore.audit("left the kiosk", entity: "user", id: user.id)
            state.form = nil
            state.isQuitting = true
        case .locked(let until):
            refusePIN("Too many wrong PINs: try again after \(SignInResult.clockTime(until))")
        default:
            refusePIN(SignInResult.refusal)
        }
    }

    private static func minutes(_ seconds: TimeInterval) -> String {
        seconds >= 120 ? "\(Int(seconds / 60)) minutes" : "\(Int(seconds)) seconds"
    }
}
