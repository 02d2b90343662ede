import Foundation
import P4PStore

/// A PostgreSQL server as the store's engine. One connection carries the store's transactions,
/// one at a time (a read is a REPEATABLE READ snapshot, a write takes the database's write lock,
/// see `ServerConnection.transaction`); a second listens for every terminal's commits.
public final class ServerEngine: StoreEngine, @unchecked Sendable {
    public let address: ServerAddress
    private let connection: ServerConnection
    private let lock = NSLock()
    private let notices: ChangeNotices
    /// The second connection, kept open for as long as the engine: it hears the notices.
    private let listening: ServerConnection
    private let listener: ServerChangeListener

    public init(_ connection: ServerConnection, listening: ServerConnection) throws {
        address = connection.address
        self.connection = connection
        self.listening = listening
        let notices = ChangeNotices()
        self.notices = notices
        listener = try listening.listenForChanges { change in notices.add(change) }
    }

    /// "desk on db.example.org": the database and the server's host.
    public var location: String { "\(address.database)@\(address.host)" }
    public var fullLocation: String { address.description }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try lock.withLock { try connection.snapshot(body) }
    }

    public func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try lock.withLock { try connection.transaction(body) }
    }

    public func changes(since earlier: ChangeMark?) throws -> FileChanges {
        notices.changes(since: earlier)
    }

    public func close() {
        listener.stop()
        listening.close()
        connection.close()
    }
}

/// The commits' notices so far: how many, and how many of each counter, as a `ChangeMark`.
private final class ChangeNotices: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var counters = Dictionary(uniqueKeysWithValues: ChangeSource.all.map { ($0.name, 0) })

    func add(_ change: ServerChange) {
        lock.withLock {
            count += 1
            counters[change.counter, default: 0] += 1
        }
    }

    func changes(since earlier: ChangeMark?) -> FileChanges {
        let mark = lock.withLock { ChangeMark(dataVersion: count, counters: counters) }
        return FileChanges(mark: mark, changed: earlier.map { mark.changed(since: $0) } ?? [])
    }
}

/// The store on a server: the same rules as on a SQLite file, over `ServerEngine`.
public enum ServerStore {
    /// Connects (the password from the password file, or `ask`), makes what the database lacks,
    /// and gives the store.
    public static func open(_ address: ServerAddress, actor: String, passwords: PasswordFile = .standard(),
                            warn: (Phrase) -> Void = { _ in }, ask: (Phrase) -> String? = { _ in nil }) throws -> ProgramStore {
        let connection = try ServerConnection.connect(to: address, passwords: passwords, warn: warn, ask: ask)
        let listening = try connection.another()
        try ServerSchema.apply(on: connection)
        return ProgramStore(engine: try ServerEngine(connection, listening: listening), actor: actor)
    }
}
