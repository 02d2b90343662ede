import ArgumentParser
import P4PStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create an empty database, readable by its owner alone.")

    @Option(help: ArgumentHelp("The database file to create (default $P4P_DB, else the data directory).", valueName: "path"))
    var db: String?

    func run() throws {
        let path = db ?? Paths.defaultDatabase()
        do {
            _ = try SQLiteStore.create(at: path)
        } catch let error as StoreError {
            throw Failure(error.description)
        }
        say(Phrase("cli.created", ["path": .text(path)]))
    }
}
