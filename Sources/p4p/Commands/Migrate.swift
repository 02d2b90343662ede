import ArgumentParser
import Dispatch
import P4PPostgres
import P4PStore

/// `p4p migrate --from FILE --to postgres://…`: a courthouse's file moves up to a server.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a database file into a PostgreSQL server, under its organization, in one transaction.",
        discussion: """
            Every row keeps its id (each organization's ids are its own on the server), and the audit \
            log's chain is verified there before the copy commits; a copy that fails leaves the server \
            as it was. The server remembers the file's identity and refuses the same file a second time. \
            The file is only read, once it is up to date with this version.
            """)

    @Option(help: ArgumentHelp("The database file to copy.", valueName: "path"))
    var from: String

    @Option(help: ArgumentHelp("The server database to copy it into: postgres://ROLE@HOST:PORT/DATABASE.", valueName: "address"))
    var to: String

    @Option(help: ArgumentHelp("The organization the file's records belong to (default: named after the file).", valueName: "name"))
    var organization: String?

    @Option(help: ArgumentHelp("The server role the organization's terminals connect with; it must exist (createuser).", valueName: "role"))
    var role: String?

    func run() throws {
        let file = try openFile(from)
        try onServer(to) { connection in
            let copied = try FileCopy.copy(from: file, named: from, into: .init(organization: organization, role: role),
                                           on: connection)
            say(Phrase("cli.migrated", ["path": .text(from), "address": .text(connection.address.description),
                                        "organization": .text(copied.organization),
                                        "rows": .number(copied.rows.values.reduce(0, +)), "entries": .number(copied.auditEntries)]))
            let start = DispatchTime.now()
            try FileCopy.settle(on: connection)
            say(Phrase("cli.migrateSettled", ["seconds": .number(Int((Bench.milliseconds(since: start) / 1000).rounded(.up)))]))
        }
    }
}
