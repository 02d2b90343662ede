import Foundation

/// One save as a person made it, tried once or several times: a save whose commit reached a
/// server just as the link died is tried again when the server is back, and must not be
/// written twice. Its first write records the attempt's token in its own transaction; a retry
/// that finds the token recorded was saved already (`StoreError.alreadySaved`) and writes
/// nothing. Edits are kept from a second write by the stale-save check too; a new record (a
/// contact, a parent) only by this.
public final class SaveAttempt: @unchecked Sendable {
    public let token: String
    /// Whether this run of the save has passed its first write (a save may write more than once).
    fileprivate var checked = false

    public init(token: String) { self.token = token }
}

extension ProgramStore {
    /// The same store, saving as the attempt `token` (`SaveAttempt`).
    public func attempting(_ token: String) -> any DeskStore {
        ProgramStore(engine: engine, actor: actor, user: user, attempt: SaveAttempt(token: token))
    }

    /// Days an attempt's token is kept: a retry comes within seconds, or a few hours after an outage.
    static let attemptsKeptDays = 2

    /// In the write's transaction, before its body: refuses an attempt already saved, and
    /// records this one.
    func recordAttempt(_ db: any SQLSession) throws {
        guard let attempt, !attempt.checked else { return }
        if try !db.rows("SELECT 1 FROM save_attempts WHERE token = ?", [.text(attempt.token)]).isEmpty {
            throw StoreError.alreadySaved
        }
        let now = Date()
        try db.execute("DELETE FROM save_attempts WHERE at < ?",
                       [.text(Self.timestamp(now.addingTimeInterval(-Double(Self.attemptsKeptDays) * 86_400)))])
        try db.execute("INSERT INTO save_attempts (token, at) VALUES (?, ?)", [.text(attempt.token), .text(Self.timestamp(now))])
        attempt.checked = true
    }
}
