import ArgumentParser
import P4PStore

/// `--as NAME`: a script run by the account that owns the database file (which can read it
/// anyway) acts as a user without a PIN: their role's limits apply, and the audit log records
/// that it did, and who. Without it, the owner's account acts, with no limits.
struct ActingOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Act as this user without a PIN: their role's limits apply, and the audit log records it.", valueName: "name"))
    var actAs: String?

    /// The store to work through: as the named user, or as the file's owner.
    func store(_ store: ProgramStore) throws -> ProgramStore {
        try user(in: store).map(store.actingStore) ?? store
    }

    /// The same for a file, for the commands only a file serves (export, backup).
    func store(_ store: SQLiteStore) throws -> SQLiteStore {
        try user(in: store).map(store.actingStore) ?? store
    }

    func user(in store: ProgramStore) throws -> User? {
        guard let name = actAs else { return nil }
        guard let user = try store.user(named: name), user.active else {
            throw Failure(Phrase("cli.noActiveUser", ["name": .text(name.withoutControlCharacters)]))
        }
        try store.audit("script acting as user", entity: "user", id: user.id)
        return user
    }
}
