import Foundation
import P4PPostgres
import P4PStore

/// A PostgreSQL server of the tests' own, started once a test process: the distribution's
/// PostgreSQL in a new folder under the temporary one, on a free loopback port, with TLS from a
/// certificate made for it, and a superuser whose password only its password file holds. It is
/// stopped and its folder removed when the test process ends (a watcher sees to it even after a
/// kill -9). PostgreSQL refuses to run as root, so as root (CI) it runs as the distribution's
/// `postgres` user, in a folder that user owns. When it cannot start (no PostgreSQL installed),
/// `why` says so and the tests that need it are skipped with that line.
public final class ThrowawayServer: Sendable {
    public let folder: String
    public let port: Int
    /// A password file holding the superuser's password, and each role's made by `role`, owner-only.
    public let passwords: PasswordFile
    public let encrypts: Bool
    public static let superuser = "p4p_admin"
    /// The password of every role made here (`role`), which the password file gives.
    private let password: String

    public static let started: Result<ThrowawayServer, Unavailable> = Result { try ThrowawayServer() }
        .mapError { $0 as? Unavailable ?? Unavailable(reason: "\($0)") }
    public static var shared: ThrowawayServer? { try? started.get() }
    public static var why: String {
        if case .failure(let why) = started { return "PostgreSQL half skipped: \(why.reason)" }
        return ""
    }

    public struct Unavailable: Error { public let reason: String }

    /// The superuser's address; `database` and `tls` as asked.
    public func address(role: String = superuser, database: String = "postgres", tls: String = "prefer") throws -> ServerAddress {
        try ServerAddress("postgres://\(role)@127.0.0.1:\(port)/\(database)?sslmode=\(tls)")
    }

    /// A connection as the superuser, for making what a test needs.
    public func admin() throws -> ServerConnection {
        try ServerConnection.connect(to: try address(), passwords: passwords)
    }

    /// A new, empty database of the test's own, connected to as the superuser.
    public func freshDatabase() throws -> ServerConnection {
        let name = "t_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try admin()
        defer { admin.close() }
        try admin.execute("CREATE DATABASE \(name)")
        return try ServerConnection.connect(to: try address(database: name), passwords: passwords)
    }

    /// A new login role, no superuser, named `name` and a few letters of its own (roles are
    /// the whole server's); its name.
    public func role(_ name: String) throws -> String {
        let role = "\(name)_\(UUID().uuidString.prefix(6).lowercased())"
        let admin = try admin()
        defer { admin.close() }
        try admin.execute("CREATE ROLE \(role) LOGIN PASSWORD '\(password)'")
        // Tests run side by side: one line added at a time.
        try Self.appending.withLock {
            let file = try FileHandle(forWritingTo: URL(fileURLWithPath: passwords.path))
            defer { try? file.close() }
            try file.seekToEnd()
            try file.write(contentsOf: Data("127.0.0.1:\(port):*:\(role):\(password)\n".utf8))
        }
        return role
    }

    private static let appending = NSLock()

    /// A new database with the store's tables and its one organization, copied from a template
    /// made the first time (a copy is quicker than making forty tables), and the store on it.
    public func freshStore(actor: String = SQLiteStore.systemActor) throws -> ProgramStore {
        let name = try template.lock.withLock { () -> String in
            let admin = try admin()
            defer { admin.close() }
            if !template.made {
                try admin.execute("CREATE DATABASE p4p_template")
                let made = try ServerConnection.connect(to: try address(database: "p4p_template"), passwords: passwords)
                try ServerSchema.ready(made)
                made.close()
                template.made = true
            }
            let name = "t_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
            try admin.execute("CREATE DATABASE \(name) TEMPLATE p4p_template")
            return name
        }
        return try ServerStore.open(try address(database: name), actor: actor, passwords: passwords)
    }

    /// Whether the template is made; guarded by its lock.
    private final class Template: @unchecked Sendable {
        let lock = NSLock()
        var made = false
    }
    private let template = Template()

    /// A new, empty database owned by `owner`, as the README's setup makes one; its name.
    public func database(ownedBy owner: String) throws -> String {
        let name = "t_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try admin()
        defer { admin.close() }
        try admin.execute("CREATE DATABASE \(name) OWNER \(owner)")
        return name
    }

    /// pg_ctl for this server's folder, as the user it runs as; what `start` adds.
    private let control: [String]
    private let startOptions: [String]

    /// Starts the server (again), waiting until it takes connections.
    public func start() throws { try Self.run(control + startOptions + ["start"]) }

    /// Stops the server at once, as a crash or a pulled cable would: connections are cut.
    public func stop() throws { try Self.run(control + ["-m", "immediate", "stop"]) }

    /// A server of the caller's own, for a test that stops and starts it.
    public static func another() throws -> ThrowawayServer { try ThrowawayServer() }

    private init() throws {
        guard let bin = Self.binaries() else { throw Unavailable(reason: "no PostgreSQL server programs (initdb, pg_ctl) are installed") }
        let root = getuid() == 0
        if root, getpwnam("postgres") == nil { throw Unavailable(reason: "running as root and there is no postgres user to run the server as") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let password = UUID().uuidString
        let secrets = folder + "-secrets"
        try FileManager.default.createDirectory(atPath: secrets, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try "\(password)\n".write(toFile: folder + "/pw", atomically: true, encoding: .utf8)
        port = try Self.freePort()
        passwords = PasswordFile(path: secrets + "/pgpass")
        self.password = password
        try "127.0.0.1:\(port):*:\(Self.superuser):\(password)\n".write(toFile: passwords.path, atomically: true, encoding: .utf8)
        chmod(passwords.path, 0o600)
        if root { try Self.run(["/bin/chown", "-R", "postgres:postgres", folder]) }

        func asServer(_ arguments: [String]) throws {
            try Self.run(root ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments)
        }
        try asServer([bin + "/initdb", "-D", folder + "/data", "-U", Self.superuser, "--pwfile", folder + "/pw",
                      "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"])
        encrypts = (try? asServer(["/usr/bin/openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
                                   "-keyout", folder + "/server.key", "-out", folder + "/server.crt"])) != nil
        let tls = encrypts ? " -c ssl=on -c ssl_cert_file=\(folder)/server.crt -c ssl_key_file=\(folder)/server.key" : ""
        control = (root ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []) + [bin + "/pg_ctl", "-D", folder + "/data", "-w", "-t", "60"]
        startOptions = ["-l", folder + "/server.log", "-o", "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400" + tls]
        try start()
        // Stop it and remove its folders when this process ends, however it ends.
        let stop = (root ? "/usr/sbin/runuser -u postgres -- " : "") + "\(bin)/pg_ctl -D \(folder)/data stop -m immediate"
        let watch = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf \(folder) \(secrets)"
        guard system("/usr/bin/setsid /bin/sh -c \(Self.quoted(watch)) >/dev/null 2>&1 </dev/null &") == 0 else {
            throw Unavailable(reason: "the watcher that stops the server could not start")
        }
    }

    /// The newest installed PostgreSQL's programs: Debian keeps them out of PATH.
    private static func binaries() -> String? {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let folders = versions.compactMap { Int($0) }.sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin" }
        return folders.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }

    /// A port nobody listens on now: the kernel's choice for a socket bound to port 0.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw Unavailable(reason: "no free port on loopback") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs a program and waits for it. Through the shell's `system`, not `Process`: the server
    /// that pg_ctl leaves running outlives it, and Foundation's wait for pg_ctl then never ended.
    private static func run(_ arguments: [String]) throws {
        let said = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-pg-said-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: said) }
        let command = arguments.map(quoted).joined(separator: " ") + " >\(quoted(said)) 2>&1 </dev/null"
        guard system(command) == 0 else {
            let last = ((try? String(contentsOfFile: said, encoding: .utf8)) ?? "").split(separator: "\n").last ?? ""
            throw Unavailable(reason: "\((arguments[0] as NSString).lastPathComponent) failed: \(last)")
        }
    }

    private static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
