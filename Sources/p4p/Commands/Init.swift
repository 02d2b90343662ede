import ArgumentParser
import P4PPostgres
import P4PStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create an empty database, readable by its owner alone.")

    @Option(help: ArgumentHelp(
        "The database file to create (default $P4P_DB, else the data directory), or a server database's postgres:// address to make ready.",
        valueName: "database"))
    var db: String?

    func run() throws {
        let path = db ?? Paths.defaultDatabase()
        if ServerAddress.names(path) {
            // A server's database is made by its administrator; this makes (or brings up to date) the tables in it.
            try onServer(path) { connection in say(Phrase("cli.serverReady", ["address": .text(connection.address.description)])) }
            return
        }
        do {
            _ = try SQLiteStore.create(at: path)
        } catch let error as StoreError {
            throw Failure(error.description)
        }
        say(Phrase("cli.created", ["path": .text(path)]))
    }
}
