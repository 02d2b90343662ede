import ArgumentParser
import Foundation
import P4PStore

extension UserRole: ExpressibleByArgument {}

/// `p4p user ...`: who may sign in. Run as the account that owns the database file.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list and manage the people who sign in.",
        discussion: """
            Every Parent Ally is a user. PINs (6 digits or more) are kept only as salted scrypt \
            hashes; they are never printed or logged.
            """,
        subcommands: [Add.self, List.self, Pin.self, Deactivate.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user, asking for their PIN twice.")
        @Argument(help: "The person's name, as the sign-in screen lists it.") var name: String
        @Option(help: "ally, supervisor or admin.") var role: UserRole
        @Flag(help: "Read the PIN from the first line of standard input.") var pinStdin = false
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            let secret = try SecretPrompt.newSecret(fromStandardInput: pinStdin)
            try storeAction { try store.addUser(name: name, role: role, secret: secret) }
            print("Added \(name.withoutControlCharacters) (\(role.rawValue)).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One user a line: name, role, status, tab-separated.")
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?

        func run() throws {
            let store = try openStore(db ?? Paths.defaultDatabase())
            let now = Date()
            for user in try store.users() {
                // Names are cleaned when saved; a file edited by other means may still hold an escape.
                print([user.name.withoutControlCharacters, user.role.rawValue, user.status(at: now)].joined(separator: "\t"))
            }
        }
    }

    struct Pin: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a user a new PIN (and unlock them).")
        @Argument(help: "The user's name.") var name: String
        @Flag(help: "Read the PIN from the first line of standard input.") var pinStdin = false
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            guard try store.user(named: name) != nil else { throw Failure("No user named \(name); nothing was changed.") }
            let secret = try SecretPrompt.newSecret(fromStandardInput: pinStdin)
            try storeAction { try store.setSecret(userName: name, secret: secret) }
            print("New PIN saved for \(name.withoutControlCharacters).")
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop a user from signing in; their history stays.")
        @Argument(help: "The user's name.") var name: String
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            try storeAction { try store.deactivateUser(named: name) }
            print("\(name.withoutControlCharacters) can no longer sign in.")
        }
    }
}

/// A store refusal as one line, not a stack of Swift error text.
func storeAction(_ body: () throws -> Void) throws {
    do { try body() } catch let error as StoreError { throw Failure(error.description) }
}
