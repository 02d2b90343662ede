import Foundation

/// PostgreSQL's password file, read as libpq reads it: the file `$PGPASSFILE` names, else
/// `~/.pgpass`; one `host:port:database:role:password` a line, `*` matching anything, `\` before
/// a `:` or `\` that belongs to a field, `#` starting a comment; the first line that matches is
/// used. A file that others may read is not used at all.
public struct PasswordFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The file libpq would read for this user and environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> PasswordFile {
        if let named = environment["PGPASSFILE"], !named.isEmpty { return PasswordFile(path: named) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return PasswordFile(path: (home as NSString).appendingPathComponent(".pgpass"))
    }

    public enum Lookup: Equatable, Sendable {
        case found(String)
        /// No file, or no line for this server, database and role.
        case none
        /// The file exists but others may read it, so it was not used: the words say how to fix it.
        case notUsed(Phrase)
    }

    public func password(for address: ServerAddress) -> Lookup {
        var status = stat()
        guard stat(path, &status) == 0 else { return .none }
        guard status.st_mode & (S_IRWXG | S_IRWXO) == 0 else {
            return .notUsed(Phrase("server.passwordFileOpen", ["path": .text(path)]))
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .none }
        let wanted = [address.host, String(address.port), address.database, address.role]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: line)
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return .found(fields[4]) }
        }
        return .none
    }

    /// A line's fields, split at each `:` that no `\` escapes, the escapes taken out.
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = [], field = "", escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
