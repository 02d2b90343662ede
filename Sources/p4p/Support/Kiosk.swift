import P4PStore

/// The kiosk's settings, read once at start.
enum Kiosk {
    static let idleMinutesKey = "kiosk.idle-minutes"
    static let defaultIdleMinutes = 3.0

    /// A kiosk signs people in, so it needs users; its idle time is a program setting.
    static func idleMinutes(_ store: SQLiteStore) throws -> Double {
        guard try store.hasUsers() else {
            throw Failure("A kiosk needs users to sign in and a supervisor to leave it: add them with `p4p user add`.")
        }
        guard let text = try store.setting(idleMinutesKey) else { return defaultIdleMinutes }
        guard let minutes = Double(text), minutes > 0 else {
            throw Failure("Setting \(idleMinutesKey) is \"\(text)\"; it must be a number of minutes above 0.")
        }
        return minutes
    }
}
