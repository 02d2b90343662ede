
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
    static func display(_ actor: String, _ db: any SQLSession) throws -> Phrase {
        let users = try userId(in: actor).map { try AuditNames.users([$0], db) } ?? [:]
        return display(actor, users: users)
    }

    /// One actor, given the names of the users a page of entries mentions: a name as it is, a
    /// computer account or a user no longer on file in words.
    static func display(_ actor: String, users: [ID: String]) -> Phrase {
        if actor.hasPrefix(userPrefix) {
            let rest = String(actor.dropFirst(userPrefix.count))
            guard let id = ID(rest) else { return .asIs(rest.withoutControlCharacters) }
            return users[id].map { .asIs($0.withoutControlCharacters) } ?? Phrase("audit.actorGone", ["id": .number(Int(id))])
        }
        if actor.hasPrefix(systemPrefix) {
            return Phrase("audit.computerAccount", ["account": .text(String(actor.dropFirst(systemPrefix.count)).withoutControlCharacters)])
        }
        return .asIs(actor.withoutControlCharacters)
    }
}
