import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import P4PStore
import PostgresNIO

/// One connection to a PostgreSQL server, used as the store uses SQLite: each statement waits
/// for its answer. Statements are the store's own SQL, `?` placeholders and all, with
/// `SQLValue`s bound; rows come back as `SQLValue`s.
public final class ServerConnection: SQLSession, @unchecked Sendable {
    public let address: ServerAddress
    private let connection: PostgresConnection
    /// The connection itself, for what only PostgreSQL does (notifications).
    var postgres: PostgresConnection { connection }
    /// Whether the link to the server is encrypted (TLS).
    public private(set) var encrypted: Bool

    /// PostgresNIO logs through swift-log; nothing it would say may reach a terminal or a log
    /// file (a statement's values can be names), so its logger says nothing.
    static let silent = Logger(label: "p4p.server", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The password this connection was opened with, for a second connection of the same
    /// terminal (the listener), so nobody is asked twice.
    private let password: String?

    private init(address: ServerAddress, connection: PostgresConnection, encrypted: Bool, password: String?) {
        self.address = address
        self.connection = connection
        self.encrypted = encrypted
        self.password = password
        self.executor = EventLoopExecutor(connection.eventLoop)
    }

    /// Another connection to the same database as the same role.
    public func another() throws -> ServerConnection {
        do {
            return try Self.open(address, password: password)
        } catch let error as PSQLError {
            throw ServerError(error, address)
        }
    }

    /// Connects as `address` says. The password comes from the password file; when the server
    /// asks for one that the file does not have, `ask` is asked once (nil: none given). A file
    /// others may read is not used, and `warn` says so.
    public static func connect(to address: ServerAddress, passwords: PasswordFile = .standard(),
                               warn: (Phrase) -> Void = { _ in }, ask: (Phrase) -> String? = { _ in nil }) throws -> ServerConnection {
        var password: String?
        switch passwords.password(for: address) {
        case .found(let found): password = found
        case .none: break
        case .notUsed(let why): warn(why)
        }
        do {
            return try open(address, password: password)
        } catch let error as PSQLError where error.code == .authMechanismRequiresPassword && password == nil {
            let prompt = Phrase("server.passwordPrompt", ["role": .text(address.role), "host": .text(address.host)])
            guard let typed = ask(prompt), !typed.isEmpty else { throw ServerError.needsPassword(address) }
            do {
                return try open(address, password: typed)
            } catch let error as PSQLError {
                throw ServerError(error, address)
            }
        } catch let error as PSQLError {
            throw ServerError(error, address)
        }
    }

    private static func open(_ address: ServerAddress, password: String?) throws -> ServerConnection {
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.role, password: password,
            database: address.database, tls: try tls(for: address))
        configuration.options.connectTimeout = .seconds(10)
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: silent).wait()
        let opened = ServerConnection(address: address, connection: connection, encrypted: false, password: password)
        let ssl = try opened.rows("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", []).first?.values.first
        opened.encrypted = ssl == .integer(1)
        return opened
    }

    /// libpq's modes: prefer and require encrypt without checking the server's certificate
    /// (as libpq does); verify-ca checks it against the system's authorities, verify-full the
    /// host's name too.
    private static func tls(for address: ServerAddress) throws -> PostgresConnection.Configuration.TLS {
        var client = TLSConfiguration.makeClientConfiguration()
        switch address.tls {
        case .disable: return .disable
        case .prefer, .require: client.certificateVerification = .none
        case .verifyCA: client.certificateVerification = .noHostnameVerification
        case .verifyFull: client.certificateVerification = .fullVerification
        }
        let context = try NIOSSLContext(configuration: client)
        return address.tls == .prefer ? .prefer(context) : .require(context)
    }

    public var dialect: SQLDialect { .postgres }

    /// Every row `sql` gives.
    public func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        try run(sql, arguments, reading: true).rows.map { row in
            SQLRow(columns: row.map(\.columnName), values: try row.map(Self.value))
        }
    }

    /// Runs `sql`; how many rows it changed.
    @discardableResult
    public func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try run(sql, arguments, reading: false).changed
    }

    /// Runs a statement that may take minutes, outside any transaction (a VACUUM): an answer is
    /// waited for up to `patience`, not the seconds a terminal's statement gets.
    public func maintain(_ sql: String, patience: DispatchTimeInterval = .seconds(3600)) throws {
        _ = try run(sql, [], reading: false, patience: patience)
    }

    /// What a statement gave back: its rows, or how many rows it changed.
    private struct Answer: Sendable {
        var rows: [PostgresRow] = []
        var changed = 0
    }

    /// Sends one statement of the store's SQL and reads its answer; a failure in words. Rows
    /// are read through a statement prepared once on this connection (`StatementNames`); the
    /// rest runs unnamed. A transaction's BEGIN goes with its first statement.
    private func run(_ sql: String, _ arguments: SQLArguments, reading: Bool,
                     patience: DispatchTimeInterval = ServerConnection.patience) throws -> Answer {
        let statement = Placeholders.bound(PlannerHints.removed(from: sql), arguments)
        let bindings = try Self.bindings(statement.values)
        let begin = pendingBegin, committing = sentAhead
        pendingBegin = nil
        sentAhead = []
        // A connection the server closed takes no more statements (one sent now would wait forever).
        guard !connection.isClosed else { throw ServerError.linkGone(address, ServerConnectionClosed()) }
        let name = reading ? statementNames.name(for: statement.sql, statement.values) : nil
        do {
            return try onLoop(patience) { connection in
                let beginning = begin.map { Self.unnamed($0, PostgresBindings(), on: connection) }
                let answered: Result<Answer, any Error>
                do {
                    answered = .success(try await Self.answer(statement.sql, bindings, name, on: connection))
                } catch {
                    answered = .failure(error)
                }
                // What went before was answered first; its failure is the one to tell.
                for earlier in committing + (beginning.map { [$0] } ?? []) { _ = try await earlier.get() }
                return try answered.get()
            }
        } catch let error as PSQLError {
            // A statement the server refused is prepared again, under a new name, next time:
            // PostgresNIO keeps a failed preparation's error for its name, and the tables may
            // change under a prepared one ("cached plan must not change result type").
            if let name { statementNames.forget(name) }
            throw ServerError(error, address)
        } catch let error as ServerError {
            throw error
        } catch let error as PostgresDecodingError {
            throw error
        } catch {
            // The channel itself failed (the server went away mid-statement).
            throw ServerError.linkGone(address, error)
        }
    }

    private var statementNames = StatementNames()

    /// A statement's answer, on the event loop: by name when it has one (prepared the first
    /// time on this connection), otherwise unnamed.
    private static func answer(_ sql: String, _ bindings: PostgresBindings, _ name: String?,
                               on connection: PostgresConnection) async throws -> Answer {
        guard let name else {
            let result = try await unnamed(sql, bindings, on: connection).get()
            return Answer(rows: result.rows, changed: result.metadata.rows ?? 0)
        }
        return try await StatementText.$current.withValue(StatementText(name: name, sql: sql)) {
            var rows: [PostgresRow] = []
            for try await row in try await connection.execute(StoreStatement(bindings: bindings), logger: silent) {
                rows.append(row)
            }
            return Answer(rows: rows)
        }
    }

    private static func unnamed(_ sql: String, _ bindings: PostgresBindings,
                                on connection: PostgresConnection) -> EventLoopFuture<PostgresQueryResult> {
        connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: silent)
    }

    private let executor: EventLoopExecutor

    /// `work` on the connection's event loop, waited for on this thread: the loop holds the
    /// statement's whole conversation with the server, and this thread is woken once, with its
    /// answer. A server whose cable was pulled sends nothing, not even a close: after
    /// `patience` the link is taken for gone, and closed so nothing is left half-said on it.
    private func onLoop<T: Sendable>(_ patience: DispatchTimeInterval = ServerConnection.patience,
                                     _ work: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        let reply = Reply<T>()
        let connection = self.connection
        Task(executorPreference: executor) {
            do {
                reply.give(.success(try await work(connection)))
            } catch {
                reply.give(.failure(error))
            }
        }
        guard let result = reply.wait(patience) else {
            let closing: EventLoopFuture<Void> = connection.close(); _ = closing
            throw ServerConnectionClosed()
        }
        return try result.get()
    }

    /// `body` in one transaction, committed when it returns and rolled back when it throws.
    /// Writers take a transaction lock first, as SQLite's IMMEDIATE writes do: what a write reads
    /// to decide (the audit chain's last link, a record's version) stays so until it commits.
    /// A store's writes lock their organization only (`writesFor`): each organization's records
    /// and audit chain are its own, so courthouses save side by side; other writes (the schema,
    /// the owner's commands) lock the database's one lock.
    public func transaction<T>(_ body: (SQLSession) throws -> T) throws -> T {
        let lock = writesFor.flatMap { Int32(exactly: $0) }.map { "\(Self.organizationLocks), \($0)" } ?? "\(Self.writeLock)"
        pendingBegin = "BEGIN"
        do {
            // Inside: a lock refused after BEGIN still rolls back (a ROLLBACK with no transaction only warns).
            try execute("SELECT pg_advisory_xact_lock(\(lock))", [])
            let result = try body(self)
            try execute("COMMIT", [])
            return result
        } catch {
            _ = try? execute("ROLLBACK", [])
            throw error
        }
    }

    /// The organization this connection's writes are for, when a store's: its lock is theirs.
    public var writesFor: ID?

    /// `body` on one consistent snapshot of the data, writing nothing. Having written nothing,
    /// its COMMIT confirms nothing: it is sent without waiting, and its answer checked with the
    /// next statement's. A pane's read waits for the server once a statement, not twice more.
    public func snapshot<T>(_ body: (SQLSession) throws -> T) throws -> T {
        pendingBegin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        settings = .unread
        defer { settings = .outsideSnapshot }
        do {
            let result = try body(self)
            if pendingBegin != nil {
                pendingBegin = nil  // nothing was read: nothing to end
            } else if !connection.isClosed {
                sentAhead.append(Self.unnamed("COMMIT", PostgresBindings(), on: connection))
            }
            return result
        } catch {
            _ = try? execute("ROLLBACK", [])
            throw error
        }
    }

    /// A transaction's BEGIN, sent with its first statement.
    private var pendingBegin: String?
    /// Statements sent without waiting for their answer (a snapshot's COMMIT): the server
    /// answers in order, so theirs has come when the next statement's has.
    private var sentAhead: [EventLoopFuture<PostgresQueryResult>] = []

    /// The program's settings as a snapshot sees them, read at its first question: a pane's
    /// read asks for the follow-up policy and the timeline several times. Outside a snapshot
    /// (in a write, which may change them) each question goes to the server.
    private enum SnapshotSettings {
        case outsideSnapshot, unread, read([String: String])
    }
    private var settings = SnapshotSettings.outsideSnapshot

    public func setting(_ key: String) throws -> String? {
        switch settings {
        case .outsideSnapshot:
            return try storedSetting(key)
        case .read(let values):
            return values[key]
        case .unread:
            var values: [String: String] = [:]
            for row in try rows("SELECT key, value FROM settings", []) {
                if let key = row.values[0].text, let value = row.values[1].text { values[key] = value }
            }
            settings = .read(values)
            return values[key]
        }
    }

    /// The advisory lock of writes that are no one organization's: "p4p" in ASCII.
    static let writeLock: Int64 = 0x70_34_70
    /// The space of organizations' advisory locks (two keys: this, and the organization's id).
    static let organizationLocks: Int32 = 0x70_34_6F

    /// How long a statement's answer may take before the link is taken for gone.
    static let patience: DispatchTimeInterval = .seconds(120)

    public func close() {
        try? connection.close().wait()
    }

    /// A connection given up on a thrown error is closed too: PostgresNIO requires it.
    deinit {
        if !connection.isClosed { try? connection.close().wait() }
    }

    private static func bindings(_ values: [SQLValue]) throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let n): bindings.append(n)
            case .real(let d): bindings.append(d)
            case .text(let s): bindings.append(s)
            case .blob(let data): bindings.append(ByteBuffer(bytes: data))
            }
        }
        return bindings
    }

    /// A cell as the value SQLite would hold for it.
    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .bytea: return .blob(Data(try cell.decode(ByteBuffer.self).readableBytesView))
        case .numeric:
            // sum() of whole numbers is numeric on a server, an integer on SQLite: a whole
            // number comes back as one.
            let number = try cell.decode(Decimal.self)
            var whole = number, rounded = Decimal()
            NSDecimalRound(&rounded, &whole, 0, .plain)
            if rounded == number, let integer = Int64(exactly: NSDecimalNumber(decimal: number).int64Value),
               Decimal(integer) == number {
                return .integer(integer)
            }
            return .real(NSDecimalNumber(decimal: number).doubleValue)
        default: return .text(try cell.decode(String.self))
        }
    }
}

/// The connection was closed before a statement was sent.
struct ServerConnectionClosed: Error {}
