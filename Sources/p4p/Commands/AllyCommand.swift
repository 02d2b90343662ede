import ArgumentParser
import Foundation
import P4PStore

/// `p4p ally ...`: Parent Allies' program records, for supervisors and admins. Signing in is
/// `p4p user add NAME --role ally`, which links the user to the ally of the same name.
struct AllyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ally",
        abstract: "Add, edit, list and deactivate Parent Allies' program records.",
        discussion: """
            An ally's record holds what matching needs: languages, counties served, caseload \
            limit and lived experience (codes or words from `p4p ally experiences`). Lists are \
            comma-separated. Supervisors and admins only; every change is audited. A user who \
            signs in as an ally is linked to the ally of the same name.
            """,
        subcommands: [Add.self, Edit.self, List.self, Deactivate.self, Experiences.self])

    /// The fields `add` and `edit` share; on `edit`, those left out stay as they are.
    struct RecordOptions: ParsableArguments {
        @Option(help: "Phone number.") var phone: String?
        @Option(help: ArgumentHelp("Languages spoken, comma-separated.", valueName: "list")) var languages: String?
        @Option(help: ArgumentHelp("Counties served, comma-separated, the home county first.", valueName: "list")) var counties: String?
        @Option(help: ArgumentHelp("Open parents the ally may carry.", valueName: "count")) var limit: Int?
        @Option(help: ArgumentHelp("Lived experience, comma-separated codes or words.", valueName: "list")) var experience: String?

        func apply(to ally: inout Ally, list: [Experience]) {
            if let phone { ally.phone = phone }
            if let languages { ally.languages = Self.split(languages) }
            if let counties { ally.counties = Self.split(counties) }
            if let limit { ally.caseloadLimit = limit }
            if let experience { ally.livedExperience = Self.split(experience).map { Self.code(for: $0, in: list) } }
        }

        static func split(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        /// A code, or its words in either language; anything else is left for the store to refuse.
        static func code(for text: String, in list: [Experience]) -> String {
            list.first { entry in
                [entry.code, entry.words.text(.english), entry.words.text(.spanish)]
                    .contains { $0.caseInsensitiveCompare(text) == .orderedSame }
            }?.code ?? text
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an ally's program record.")
        @Argument(help: "The ally's name; no other ally may have it.") var name: String
        @OptionGroup var record: RecordOptions
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            var ally = Ally(name: name)
            try storeAction {
                record.apply(to: &ally, list: try store.experiences())
                try store.saveAlly(ally)
            }
            say(Phrase("cli.allyAdded", ["name": .text(name.withoutControlCharacters)]))
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an ally's program record; fields left out stay.")
        @Argument(help: "The ally's name as it is now.") var name: String
        @Option(name: .customLong("name"), help: ArgumentHelp("A new name.", valueName: "name")) var newName: String?
        @OptionGroup var record: RecordOptions
        @Flag(help: "Make a deactivated ally active again (their parents stay where they are).") var reactivate = false
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            var ally = try found(name, in: store)
            if let newName { ally.name = newName }
            if reactivate { ally.active = true }
            var saved = AllySaved(id: 0)
            try storeAction {
                record.apply(to: &ally, list: try store.experiences())
                saved = try store.saveAlly(ally)
            }
            say(Phrase("cli.allySaved", ["name": .text(ally.name.withoutControlCharacters)]))
            if let warning = saved.warning { warn(warning) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One ally a line: name, languages, counties, open/limit, lived experience, status, tab-separated.")
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            var records: [AllyRecord] = []
            var list: [Experience] = []
            try storeAction { records = try store.allyRecords(); list = try store.experiences() }
            for record in records {
                print(AllyLine.fields(record, experiences: list).map { $0.text(Speech.language) }.joined(separator: "\t"))
            }
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deactivate an ally: their open parents return to Unassigned with the reason.")
        @Argument(help: "The ally's name.") var name: String
        @Option(help: "Why; kept in the audit log with each parent's return to Unassigned.") var reason: String
        @OptionGroup var options: DatabaseOptions
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let today: Day
            do { today = try options.resolvedToday() } catch let error as ValidationError { throw Failure(error.message) }
            let store = try acting.store(openStore(options.db ?? Paths.defaultDatabase()))
            let ally = try found(name, in: store)
            var returned = 0
            try storeAction { returned = try store.deactivateAlly(id: ally.id!, reason: reason, today: today, expecting: ally.version) }
            say(Phrase("cli.allyDeactivated", ["name": .text(ally.name.withoutControlCharacters), "count": .number(returned)]))
        }
    }

    struct Experiences: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The list of lived experience and circumstances: code and words, one a line.")
        @Option(help: ArgumentHelp("Add the program's own entry to the list.", valueName: "words")) var add: String?
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            var list: [Experience] = []
            try storeAction {
                if let add { try store.addExperience(label: add) }
                list = try store.experiences()
            }
            for entry in list { print(entry.code.withoutControlCharacters + "\t" + entry.words.text(Speech.language)) }
        }
    }
}

/// The ally of that name (any case), or a clear refusal that changes nothing.
private func found(_ name: String, in store: ProgramStore) throws -> Ally {
    var records: [AllyRecord] = []
    try storeAction { records = try store.allyRecords() }
    guard let record = records.first(where: { $0.ally.name.caseInsensitiveCompare(name) == .orderedSame }) else {
        throw Failure(Phrase("cli.noAlly", ["name": .text(name.withoutControlCharacters)]))
    }
    return record.ally
}
