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
        subcommands: [Add.self, List.self, Pin.self, LanguageOf.self, Deactivate.self])

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
            say(Phrase("cli.userAdded", ["name": .text(name.withoutControlCharacters), "role": .word(role.words)]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One user a line: name, role, status, language, tab-separated.",
            discussion: "The language is the one the user reads the desk in; \"default\" is the computer's (P4P_LANG, else the locale).")
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?

        func run() throws {
            let store = try openStore(db ?? Paths.defaultDatabase())
            let now = Date()
            for user in try store.users() {
                // Names are cleaned when saved; a file edited by other means may still hold an escape.
                let language: Phrase = user.language.map { .asIs($0.ownName) } ?? "cli.languageDefault"
                print([user.name.withoutControlCharacters, Phrase(user.role.words).text(Speech.language),
                       user.status(at: now).text(Speech.language), language.text(Speech.language)].joined(separator: "\t"))
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
            guard try store.user(named: name) != nil else { throw Failure(Phrase("cli.noUser", ["name": .text(name.withoutControlCharacters)])) }
            let secret = try SecretPrompt.newSecret(fromStandardInput: pinStdin)
            try storeAction { try store.setSecret(userName: name, secret: secret) }
            say(Phrase("cli.pinSaved", ["name": .text(name.withoutControlCharacters)]))
        }
    }

    struct LanguageOf: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "language",
            abstract: "Set the language a user reads the desk in: en, es, or default (the computer's).",
            discussion: "Users may change their own; an admin anyone's. Recorded in the audit log.")
        @Argument(help: "The user's name.") var name: String
        @Argument(help: ArgumentHelp("en, es or default.", valueName: "language")) var language: String
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        /// nil for "default"; the language named by its code or its name otherwise.
        func chosen() throws -> Language? {
            if language.lowercased() == "default" { return nil }
            guard let chosen = Language(code: language) else {
                throw ValidationError(Phrase("cli.notALanguage", ["text": .text(language.withoutControlCharacters)]))
            }
            return chosen
        }

        func validate() throws { _ = try chosen() }

        func run() throws {
            let chosen = try chosen()
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            try storeAction { try store.setLanguage(chosen, forUser: name) }
            let words: Phrase.Arg = chosen.map { .text($0.ownName) } ?? .word("cli.languageDefault")
            say(Phrase("cli.languageSet", ["name": .text(name.withoutControlCharacters), "language": words]))
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
            say(Phrase("cli.userDeactivated", ["name": .text(name.withoutControlCharacters)]))
        }
    }
}

/// A store refusal as one line, not a stack of Swift error text.
func storeAction(_ body: () throws -> Void) throws {
    do { try body() } catch let error as StoreError { throw Failure(error.description) }
}
