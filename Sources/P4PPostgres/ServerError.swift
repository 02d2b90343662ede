import P4PStore
import PostgresNIO

/// Why the server could not be used, in words: a refused password, an unreachable host, an
/// encryption the server does not offer, or the server's own refusal of a statement.
public struct ServerError: Error, CustomStringConvertible, Sendable {
    public let phrase: Phrase
    /// The server's SQLSTATE, when it refused a statement ("23505" for a duplicate key).
    public let state: String?
    /// The link to the server is gone (the server stopped, the network dropped): a new
    /// connection may work where this one cannot.
    public let linkLost: Bool

    init(_ phrase: Phrase, state: String? = nil, linkLost: Bool = false) {
        self.phrase = phrase; self.state = state; self.linkLost = linkLost
    }

    static func needsPassword(_ address: ServerAddress) -> ServerError {
        ServerError(Phrase("server.needsPassword", ["address": .text(address.description), "role": .text(address.role)]))
    }

    /// A failure below PostgreSQL's protocol (a refused or reset connection): the link is gone.
    static func linkGone(_ address: ServerAddress, _ error: any Error) -> ServerError {
        ServerError(Phrase("server.cannotConnect", ["address": .text(address.description), "reason": .text(String(describing: type(of: error)))]),
                    linkLost: true)
    }

    static func notEmpty(_ address: ServerAddress, organization: String, table: String) -> ServerError {
        ServerError(Phrase("server.notEmpty", ["address": .text(address.description), "organization": .text(organization),
                                               "table": .text(table)]))
    }

    static func noIdentity(_ address: ServerAddress, file: String) -> ServerError {
        ServerError(Phrase("server.noIdentity", ["address": .text(address.description), "path": .text(file)]))
    }

    static func alreadyMovedIn(_ address: ServerAddress, file: String, organization: String, on day: String) -> ServerError {
        ServerError(Phrase("server.alreadyMovedIn", ["address": .text(address.description), "path": .text(file),
                                                     "organization": .text(organization), "date": .text(day)]))
    }

    static func listDiffers(_ address: ServerAddress, table: String, code: String, server: String) -> ServerError {
        ServerError(Phrase("server.listDiffers", ["address": .text(address.description), "table": .text(table),
                                                  "code": .text(code), "other": .text(server)]))
    }

    static func noSuchRole(_ address: ServerAddress, role: String) -> ServerError {
        ServerError(Phrase("server.noSuchRole", ["address": .text(address.description), "role": .text(role)]))
    }

    /// The database's tables were made by another version, and only their owner may change them.
    static func schemaOutOfDate(_ address: ServerAddress) -> ServerError {
        ServerError(Phrase("server.schemaOutOfDate", ["address": .text(address.description), "role": .text(address.role)]))
    }

    /// The role connected is no organization's, and the database has several (or is the state
    /// office's, which keeps no families).
    static func noOrganization(_ address: ServerAddress) -> ServerError {
        ServerError(Phrase("server.noOrganization", ["address": .text(address.description), "role": .text(address.role)]))
    }

    static func chainBroken(_ address: ServerAddress, entry: ID) -> ServerError {
        ServerError(Phrase("server.chainBroken", ["address": .text(address.description), "entry": .number(Int(entry))]))
    }

    init(_ error: PSQLError, _ address: ServerAddress) {
        let at = Phrase.Arg.text(address.description)
        let state = error.serverInfo?[.sqlState]
        switch (error.code, state) {
        case (.server, "28P01"):
            self.init(Phrase("server.refusedPassword", ["address": at, "role": .text(address.role)]), state: state)
        case (.authMechanismRequiresPassword, _):
            self = .needsPassword(address)
        case (.sslUnsupported, _):
            self.init(Phrase("server.tlsRequired", ["address": at]))
        case (.server, let state?) where Self.connectionStates.contains(where: state.hasPrefix):
            self.init(Phrase("server.cannotConnect", ["address": at, "reason": .text(error.serverInfo?[.message] ?? "")]),
                      state: state, linkLost: state.hasPrefix("08") || state.hasPrefix("57"))
        case (.server, _):
            // The server's own message names tables and constraints, never values.
            self.init(Phrase("server.refused", ["address": at, "reason": .text(error.serverInfo?[.message] ?? "")]),
                      state: state)
        default:
            let gone: [PSQLError.Code] = [.serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown]
            self.init(Phrase("server.cannotConnect", ["address": at, "reason": .text(String(describing: error.code))]),
                      linkLost: gone.contains(error.code))
        }
    }

    /// SQLSTATE classes of a connection that could not be made or used: connection exceptions,
    /// authorization, a database that does not exist, too many connections, a server shutting down.
    static let connectionStates = ["08", "28", "3D", "53", "57"]

    public var description: String { phrase.text(.fromEnvironment()) }
}
