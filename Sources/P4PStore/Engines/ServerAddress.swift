import Foundation

/// A PostgreSQL server as `--db` names it: `postgres://ROLE@HOST:PORT/DATABASE?sslmode=MODE`,
/// as libpq reads such a URL. A password never goes in it (a command line is seen by every
/// user of the computer, and kept in shell histories): it comes from the password file
/// (`PasswordFile`), or is asked for when the server wants one.
public struct ServerAddress: Equatable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// The server role the courthouse connects as; row security is keyed on it.
    public var role: String
    public var database: String
    public var tls: TLSMode

    /// Whether the link to the server is encrypted: `prefer` (the default, as libpq) uses TLS
    /// when the server offers it; `require` refuses a server that does not; `disable` never asks.
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        /// Encrypted, with the server's certificate checked against the system's authorities;
        /// verify-full checks that it names the host too.
        case verifyCA = "verify-ca", verifyFull = "verify-full"
    }

    public static let defaultPort = 5432

    /// Whether `text` is a server's address rather than a file's path.
    public static func names(_ text: String) -> Bool {
        schemes.contains { text.lowercased().hasPrefix($0 + "://") }
    }

    static let schemes = ["postgres", "postgresql"]

    public init(host: String, port: Int = defaultPort, role: String, database: String, tls: TLSMode = .prefer) {
        self.host = host; self.port = port; self.role = role; self.database = database; self.tls = tls
    }

    /// Reads a URL; `userName` is the role and database when it names none, as libpq does.
    public init(_ text: String, userName: String = ProcessInfo.processInfo.userName) throws {
        func refused(_ key: W, _ values: [String: Phrase.Arg] = [:]) -> StoreError {
            var values = values
            values["text"] = .text(Self.withoutPassword(text))
            return StoreError.invalid(field: .serverAddress, reason: Phrase(key, values))
        }
        guard Self.names(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw refused("server.notAnAddress")
        }
        if url.password != nil { throw refused("server.passwordInAddress") }
        self.host = host
        port = url.port ?? Self.defaultPort
        guard (1...65_535).contains(port) else { throw refused("server.badPort") }
        role = url.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 } ?? userName
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? role
        tls = .prefer
        for item in url.queryItems ?? [] {
            guard item.name == "sslmode" else { throw refused("server.unknownSetting", ["name": .text(item.name)]) }
            // libpq's allow is prefer's weaker twin.
            let mode = item.value == "allow" ? "prefer" : item.value ?? ""
            guard let known = TLSMode(rawValue: mode) else {
                throw refused("server.badTLSMode", ["mode": .text(item.value ?? "")])
            }
            tls = known
        }
    }

    /// "postgres://desk@db.example:5432/p4p": what a status line or message shows.
    public var description: String {
        "postgres://\(role)@\(host)\(port == Self.defaultPort ? "" : ":\(port)")/\(database)"
            + (tls == .prefer ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// `text` with any password taken out, so a message that quotes a mistyped address never
    /// repeats the password.
    static func withoutPassword(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = nil
        return url.string ?? text
    }
}
