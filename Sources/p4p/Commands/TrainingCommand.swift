import ArgumentParser
import P4PStore

extension TrainingKind: ExpressibleByArgument {}

/// `p4p training`: an ally's dated hours of training and supervision, recorded by supervisors;
/// the morning review flags an ally below `training.required-hours` this year.
struct TrainingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training",
        abstract: "Record and list Parent Allies' hours of training and supervision.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record hours of training or supervision for an active Parent Ally (supervisors); audited.")
        @Argument(help: "The Parent Ally's name.") var ally: String
        @Option(help: ArgumentHelp("The day it took place (YYYY-MM-DD); today or before.", valueName: "date")) var date: String
        @Option(help: "training, supervision or other.") var kind: TrainingKind
        @Option(help: ArgumentHelp("How many hours (0.25 to 24).", valueName: "hours")) var hours: Double
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var acting: ActingOptions

        func run() throws {
            guard let day = Day(iso: date) else {
                throw ValidationError(Phrase("cli.notADate", ["option": "--date", "text": .text(date.withoutControlCharacters)]))
            }
            let today = try database.resolvedToday()
            let store = try acting.store(openStore(database.db ?? Paths.defaultDatabase()))
            try storeAction { try store.addTraining(allyName: ally, date: day, kind: kind, hours: hours, today: today) }
            say(Phrase("cli.trainingAdded", ["hours": .text(ProgramStore.hoursText(hours)), "kind": .word(kind.words),
                                             "day": .day(day, .long)]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One entry a line, newest first: date, ally, kind, hours; tab-separated.")
        @Option(help: ArgumentHelp("Only this Parent Ally's entries.", valueName: "name")) var ally: String?
        @Option(help: ArgumentHelp("Only this calendar year's entries.", valueName: "year")) var year: Int?
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            var lines: [TrainingLine] = []
            try storeAction { lines = try store.trainingEntries(allyName: ally, year: year) }
            for line in lines {
                print([line.entry.date.iso, line.allyName.withoutControlCharacters, Phrase(line.entry.kind.words).text(Speech.language),
                       ProgramStore.hoursText(line.entry.hours)].joined(separator: "\t"))
            }
        }
    }
}
