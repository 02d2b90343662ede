import ArgumentParser
import Foundation
import P4PStore

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show or change the dependency timeline: the court's deadlines a case runs on.",
        discussion: """
            The timeline lives in the database beside the follow-up policy. It is JSON; unlike \
            the policy, a file must name every interval (a deadline left out would silently \
            vanish). Washington's (RCW 13.34) until another is set.
            """,
        subcommands: [ShowTimeline.self, SetTimeline.self])

    struct ShowTimeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the dependency timeline in force as JSON, ready to edit and `set`.")

        @Option(help: ArgumentHelp("The database file.", valueName: "path"))
        var db: String?

        func run() throws {
            let store = try openStore(db ?? Paths.defaultDatabase())
            let timeline: DependencyTimeline
            do { timeline = try store.dependencyTimeline() } catch let error as StoreError {
                throw Failure(error.description)
            }
            print(try PolicyFile.text(timeline))
        }
    }

    struct SetTimeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Save a dependency timeline from a JSON file and re-plan open follow-ups.",
            discussion: """
                Allowed to whoever may change the follow-up policy. A file that cannot be read, \
                leaves an interval out or holds a negative one changes nothing.
                """)

        @Argument(help: ArgumentHelp("The timeline JSON file; - reads standard input.", valueName: "file"))
        var file: String

        @OptionGroup var options: DatabaseOptions
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let today: Day
            do { today = try options.resolvedToday() } catch let error as ValidationError { throw Failure(error.message) }
            // Read and check the file before opening the database: bad input must change nothing.
            let timeline = try PolicyFile.read(file, keysOf: DependencyTimeline.washington) { try $0.validated() }
            let store = try acting.store(openStore(options.db ?? Paths.defaultDatabase()))
            do { try store.setDependencyTimeline(timeline, today: today) } catch let error as StoreError {
                throw Failure(error.description)
            }
            say(Phrase("cli.timelineSaved", ["file": .phrase(.file(file)), "path": .text(store.fullLocation), "day": .day(today, .iso)]))
        }
    }
}
