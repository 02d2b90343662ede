import ArgumentParser
import Foundation
import P4PStore

/// `p4p import`: the docket comes from the court's calendar export, not from typing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the court's calendar export into the docket, and teach the import the court's hearing names.",
        subcommands: [Docket.self, Outcomes.self, Alias.self, Aliases.self])

    struct Docket: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a court calendar export (CSV): new cases, parents and hearings; moved hearings updated.",
            discussion: """
                One row per hearing per party; only mothers, fathers, guardians and parents come in. \
                Columns are found by name (date, time, courtroom, case number, hearing type, party \
                name, party role, judicial officer, interpreter, or their usual aliases). Rows that \
                cannot be read (a bad date, a quote never closed, a field over its length limit) are \
                named by line and left out; the rest land in one short transaction, planned before it. \
                --dry-run prints that plan. Importing the same file again changes nothing; nothing is \
                ever deleted.
                """)

        @OptionGroup var input: ImportFileArguments

        func run() throws {
            try input.run(parse: { data, _ throws(DocketFileError) in try DocketFile.parse(data) }) { store, calendar, today in
                ImportReport.text(try store.importDocket(calendar, today: today, dryRun: input.dryRun), file: .file(input.file),
                                  in: Speech.language)
            }
        }
    }

    struct Outcomes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a court or state case-event export (CSV): children's removals, placements and returns home, and dismissals.",
            discussion: """
                One row per event: case number, child (name or initials), event (removal, placement \
                change with its placement — relative, foster care, other —, trial return home, returned \
                home, adoption, guardianship, dismissal) and date. A case not on file is added (county \
                unknown) and a child not on the case is added, so families the program never served \
                enter the outcome comparison. Moves come in as the court's; a removal fills an empty \
                removal date; a dismissal sets the outcome only when none is set. Rows that cannot be \
                read, or dated after today, are named by line and left out. Importing the same file again changes nothing. \
                Supervisors and admins only.
                """)

        @OptionGroup var input: ImportFileArguments

        func run() throws {
            try input.run(parse: CourtEventFile.parse) { store, events, _ in
                CourtEventReport.text(try store.importCourtEvents(events, dryRun: input.dryRun), file: .file(input.file),
                                      in: Speech.language)
            }
        }
    }

    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Teach the import a court's name for a hearing type, e.g. `p4p import alias \"Motion Calendar\" other`.",
            discussion: """
                The program's aliases are kept in the database (setting \(HearingTypeAliases.settingsKey)) \
                and come before the built-in ones. Case, accents and punctuation do not matter. \
                `p4p import aliases` lists them all; changing one is recorded in the audit log.
                """)

        @Argument(help: ArgumentHelp("The court's words for the hearing.", valueName: "text"))
        var text: String

        @Argument(help: ArgumentHelp("The hearing type's code: shelter-72, shelter-30, fact-finding, disposition, review, permanency, termination, other.",
                                     valueName: "code"))
        var code: String?

        @Flag(help: "Remove the program's alias for TEXT.")
        var remove = false

        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func validate() throws {
            if remove == (code != nil) { throw ValidationError(Phrase("cli.aliasCodeOrRemove")) }
        }

        func run() throws {
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            var key = ""
            try storeAction { key = try store.setHearingTypeAlias(text, code: remove ? nil : code) }
            say(remove ? Phrase("cli.aliasRemoved", ["alias": .text(key)]) : Phrase("cli.aliasSet", ["alias": .text(key), "code": .text(code ?? "")]))
        }
    }

    struct Aliases: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the hearing-type aliases: text, code, and whether it is the program's or built in; tab-separated.")

        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?

        func run() throws {
            let store = try openStore(db ?? Paths.defaultDatabase())
            var program: [String: String] = [:]
            try storeAction { program = try store.hearingTypeAliases() }
            for (text, code) in program.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                print([text, code, Phrase("cli.aliasOfProgram").text(Speech.language)].joined(separator: "\t"))
            }
            for (text, code) in HearingTypeAliases.builtIn.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) })
            where program[text] == nil {
                print([text, code, Phrase("cli.aliasBuiltIn").text(Speech.language)].joined(separator: "\t"))
            }
        }
    }
}

/// What every file import takes: the file, --dry-run, the database and who acts.
struct ImportFileArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The CSV file; - reads standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Print what the import would do, and write nothing.")
    var dryRun = false

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var acting: ActingOptions

    /// Reads and checks the file before opening the database (a file that is not one the import
    /// can use must change nothing), then imports it and prints what was done.
    func run<Column, File>(parse: (Data, Day) throws(ImportFileRefusal<Column>) -> File,
                           _ importing: (ProgramStore, File, Day) throws -> String) throws {
        let today: Day
        do { today = try options.resolvedToday() } catch let error as ValidationError { throw Failure(error.message) }
        let parsed: File
        do { parsed = try parse(try contents(of: file), today) } catch let error as ImportFileRefusal<Column> {
            throw Failure(Phrase("cli.importFileRefused", ["file": .phrase(.file(file)), "problem": .phrase(error.phrase)]))
        }
        let store = try acting.store(openStore(options.db ?? Paths.defaultDatabase()))
        var report = ""
        try storeAction { report = try importing(store, parsed, today) }
        print(report)
    }
}

/// The file an import reads: a path, or - for standard input.
private func contents(of file: String) throws -> Data {
    if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    guard FileManager.default.fileExists(atPath: file) else { throw Failure(Phrase("cli.noSuchFile", ["file": .text(file)])) }
    guard let data = FileManager.default.contents(atPath: file) else {
        throw Failure(Phrase("cli.cannotRead", ["file": .text(file)]))
    }
    return data
}
