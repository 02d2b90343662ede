import GRDB

/// Who an actor is, for people to read: "user:12" is that user's name as it is now (entries
/// written before ids were kept say "user:Dana Brooks", which is shown as written), and
/// "system:root" is the operating-system account that ran a command, or a terminal before anyone
/// signed in on it.
enum ActorNames {
    static let userPrefix = "user:"
    static let systemPrefix = "system:"

    /// What the log stores for a signed-in user's acts.
    static func user(_ id: ID) -> String { userPrefix + String(id) }

    /// The user id in "user:12"; nil for an older "user:NAME" or a script.
    static func userId(in actor: String) -> ID? {
        actor.hasPrefix(userPrefix) ? ID(actor.dropFirst(userPrefix.count)) : nil
    }

    /// One actor, looking its user up.
    static func display(_ actor: String, _ db: Database) throws -> String {
        let users = try userId(in: actor).map { try AuditNames.users([$0], db) } ?? [:]
        return display(actor, users: users)
    }

    /// One actor, given the names of the users a page of entries mentions.
    static func display(_ actor: String, users: [ID: String]) -> String {
        let shown: String
        if actor.hasPrefix(userPrefix) {
            let rest = String(actor.dropFirst(userPrefix.count))
            shown = ID(rest).map { users[$0] ?? "user \($0) (no longer on file)" } ?? rest
        } else if actor.hasPrefix(systemPrefix) {
            shown = String(actor.dropFirst(systemPrefix.count)) + " (computer account)"
        } else {
            shown = actor
        }
        return shown.withoutControlCharacters
    }
}
