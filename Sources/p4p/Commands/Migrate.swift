import ArgumentParser
import P4PPostgres
import P4PStore

/// `p4p migrate --from FILE --to postgres://…`: a courthouse's file moves up to a server.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a database file into an empty database on a PostgreSQL server, in one transaction.",
        discussion: """
            Every row keeps its id, and the audit log's chain is verified on the server before the copy \
            commits; a copy that fails leaves the server as it was. The file is read, never changed.
            """)

    @Option(help: ArgumentHelp("The database file to copy.", valueName: "path"))
    var from: String

    @Option(help: ArgumentHelp("The server database to copy it into: postgres://ROLE@HOST:PORT/DATABASE.", valueName: "address"))
    var to: String

    func run() throws {
        let file = try openFile(from)
        do {
            let address = try ServerAddress(to)
            let connection = try ServerConnection.connect(to: address, warn: warn, ask: SecretPrompt.serverPassword)
            defer { connection.close() }
            try ServerSchema.apply(on: connection)
            let copied = try FileCopy.copy(from: file, to: connection)
            say(Phrase("cli.migrated", ["path": .text(from), "address": .text(address.description),
                                        "rows": .number(copied.rows.values.reduce(0, +)), "entries": .number(copied.auditEntries)]))
        } catch let error as ServerError {
            throw Failure(error.description)
        } catch let error as StoreError {
            throw Failure(error.description)
        }
    }
}
