import P4PStore

/// `--as NAME`: a script run by the account that owns the database file (which can read it
/// anyway) acts as a user without a PIN. The audit log records that it did, and who.
enum ScriptUser {
    static func resolve(_ name: String, in store: SQLiteStore) throws -> User {
        guard let user = try store.user(named: name), user.active else {
            throw Failure("--as: no active user named \(name); `p4p user list` shows who there is.")
        }
        try store.audit("script acting as user", entity: "user", id: user.id)
        return user
    }
}
