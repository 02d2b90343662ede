import P4PStore

/// The kiosk's settings, read once at start.
enum Kiosk {
    static let idleMinutesKey = "kiosk.idle-minutes"
    static let defaultIdleMinutes = 3.0

    /// A kiosk signs people in, so it needs users; its idle time is a program setting.
    static func idleMinutes(_ store: ProgramStore) throws -> Double {
        guard try store.hasUsers() else {
            throw Failure(Phrase("cli.kioskNeedsUsers"))
        }
        guard let text = try store.setting(idleMinutesKey) else { return defaultIdleMinutes }
        guard let minutes = Double(text), minutes > 0 else {
            throw Failure(Phrase("cli.kioskIdleBad", ["key": .text(idleMinutesKey), "value": .text(text.withoutControlCharacters)]))
        }
        return minutes
    }
}
