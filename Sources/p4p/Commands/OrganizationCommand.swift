import ArgumentParser
import P4PPostgres
import P4PStore

/// `p4p organization`: a statewide program's host organizations and its state office on a
/// server, each with the server role its terminals connect with.
struct OrganizationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organization",
        abstract: "List a server's organizations, or add one and give it its server role.",
        subcommands: [List.self, Add.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each organization: name, role, kind, counties; tab-separated.")
        @Option(help: ArgumentHelp("The server database: postgres://ROLE@HOST:PORT/DATABASE.", valueName: "address")) var db: String

        func run() throws {
            try onServer(db) { connection in
                for organization in try ServerOrganization.all(on: connection) {
                    let kind = Phrase(organization.stateOffice ? "cli.organization.stateOffice" : "cli.organization.host")
                    print([organization.name, organization.role ?? "-", kind.text(Speech.language),
                           organization.counties.joined(separator: ", ")].joined(separator: "\t"))
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an organization (or change one's role and counties) and grant its role what it may do.",
            discussion: """
                Run it as the database's owner. The role must exist already (createuser). A host organization's \\
                role reads and writes its own families only; the state office's reads every organization's \\
                records for the reports, without names, phone numbers, case numbers or notes.
                """)
        @Argument(help: "The organization's name.") var name: String
        @Option(help: ArgumentHelp("The server role its terminals connect with.", valueName: "role")) var role: String
        @Flag(help: "The statewide office: reads every organization's figures, no one's names.") var stateOffice = false
        @Option(help: ArgumentHelp("A county it serves (repeat for more).", valueName: "county")) var county: [String] = []
        @Option(help: ArgumentHelp("The server database: postgres://ROLE@HOST:PORT/DATABASE.", valueName: "address")) var db: String

        func run() throws {
            try onServer(db) { connection in
                let saved = try connection.transaction { session in
                    try ServerOrganization.save(name: name, role: role, stateOffice: stateOffice,
                                                counties: county.isEmpty ? nil : county, on: session, at: connection.address)
                }
                say(Phrase("cli.organizationSaved", ["organization": .text(saved.name), "role": .text(role)]))
            }
        }
    }
}
