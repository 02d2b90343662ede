import Foundation
import P4PStore

/// A PostgreSQL server as the store's engine. One connection carries the store's transactions,
/// one at a time (a read is a REPEATABLE READ snapshot, a write takes the database's write lock,
/// see `ServerConnection.transaction`); a second listens for every terminal's commits.
///
/// When the link is lost (the server stopped, the network dropped), the read or write that found
/// it out fails with `StoreError.serverAway`, having written nothing; the next one connects
/// again, listens again, and tells every terminal's panes to read afresh (notices may have been
/// missed meanwhile). A save retried then passes the same stale-save check as any other.
public final class ServerEngine: OrganizationsReader, @unchecked Sendable {
    public let address: ServerAddress
    private let lock = NSLock()
    private let notices = ChangeNotices()
    /// The link, and whether it is known to be gone or closed; guarded by `lock`.
    private var link: Link
    private var lost = false
    private var closed = false

    /// The connections of a link: one for transactions, and one that hears the notices, made
    /// beside the first frame's reads rather than before them (`listen`).
    private struct Link {
        let connection: ServerConnection
        var listening: ServerConnection?
        var listener: ServerChangeListener?

        func close() {
            listener?.stop()
            listening?.close()
            connection.close()
        }
    }

    /// The organization whose commits concern this terminal (nil: every one's, for the state office).
    private let reading: ID?
    /// The organization this terminal writes for, whose lock its writes take.
    private let writing: ID?

    public init(_ connection: ServerConnection, for seat: ServerSchema.Seat) {
        address = connection.address
        writing = seat.organization
        reading = seat.stateOffice ? nil : writing
        connection.writesFor = writing
        link = Link(connection: connection)
        listen(beside: connection)
    }

    /// A second connection that listens for every terminal's commits, made on another thread
    /// so the first frame waits for one sign-in, not two. What was committed before it listened
    /// is read afresh once it does (every counter moves); a link that cannot be made leaves the
    /// engine to find the server gone on its next read or write.
    private func listen(beside connection: ServerConnection) {
        let notices = self.notices, reading = self.reading
        DispatchQueue.global().async { [weak self] in
            guard let listening = try? connection.another() else { return }
            guard let listener = try? listening.listenForChanges({ change in
                if change.concerns(reading) { notices.add(change) }
            }) else {
                listening.close()
                return
            }
            guard let self else { listener.stop(); listening.close(); return }
            let kept = self.lock.withLock {
                guard !self.closed, self.link.connection === connection else { return false }
                self.link.listening = listening
                self.link.listener = listener
                return true
            }
            if kept { notices.missedSome() } else { listener.stop(); listening.close() }
        }
    }

    /// "desk on db.example.org": the database and the server's host.
    public var location: String { "\(address.database)@\(address.host)" }
    public var fullLocation: String { address.description }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try onLink { try $0.snapshot(body) }
    }

    /// A write counts its own changes once it has committed (`OwnChanges`), and its notices,
    /// when they come, are not counted again.
    public func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        let notices = self.notices
        return try onLink { link in
            var own: OwnChanges?
            do {
                let result = try link.transaction { session in
                    let result = try body(session)
                    own = try OwnChanges.read(session)
                    own.map { notices.expect($0.transaction) }
                    return result
                }
                own.map { notices.add($0) }
                return result
            } catch {
                own.map { notices.forget($0.transaction) }
                throw error
            }
        }
    }

    public func changes(since earlier: ChangeMark?) throws -> FileChanges {
        notices.changes(since: earlier)
    }

    /// `body` on a snapshot in which the state office reads `organization`'s records.
    func read<T>(viewing organization: ID, _ body: (any SQLSession) throws -> T) throws -> T {
        try onLink { link in
            try link.snapshot { session in
                try session.execute("SELECT set_config('p4p.viewing', ?, true)", [.text(String(organization))])
                return try body(session)
            }
        }
    }

    /// `work` on the link, connecting again first when it was lost.
    private func onLink<T>(_ work: (ServerConnection) throws -> T) throws -> T {
        try lock.withLock {
            if lost {
                do {
                    let connection = try link.connection.another()
                    connection.writesFor = writing
                    link.close()
                    link = Link(connection: connection)
                    listen(beside: connection)
                    lost = false
                    notices.missedSome()
                } catch {
                    throw StoreError.serverAway(address: address.description)
                }
            }
            do {
                return try work(link.connection)
            } catch let error as ServerError where error.linkLost {
                lost = true
                throw StoreError.serverAway(address: address.description)
            }
        }
    }

    public func close() {
        lock.withLock {
            closed = true
            link.close()
        }
    }
}

extension ServerEngine {
    /// The host organizations, for the state office's role; none for any other.
    public func organizationsRead() throws -> [OrganizationReading] {
        try read { session in
            try session.rows("SELECT id, name FROM organizations WHERE state_office = 0 AND p4p_state_office() ORDER BY name", [])
        }.map { row in
            OrganizationReading(name: row[value: "name"].text!, engine: ViewedOrganization(server: self, id: row[value: "id"].integer!))
        }
    }
}

/// One organization's records as the state office reads them: its reads name the
/// organization; the rest is the server's engine.
final class ViewedOrganization: StoreEngine, Sendable {
    let server: ServerEngine
    let id: ID

    init(server: ServerEngine, id: ID) { self.server = server; self.id = id }

    var location: String { server.location }
    var fullLocation: String { server.fullLocation }
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T { try server.read(viewing: id, body) }
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T { try server.write(body) }
    func changes(since earlier: ChangeMark?) throws -> FileChanges { try server.changes(since: earlier) }
    func close() { server.close() }
}

/// The commits' notices so far: how many, and how many of each counter, as a `ChangeMark`.
/// The terminal's own commits are counted by their writer, and their notices passed over.
private final class ChangeNotices: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var counters = Dictionary(uniqueKeysWithValues: ChangeSource.all.map { ($0.name, 0) })
    /// The terminal's own transactions, newest last: a few, for their notices come soon after.
    private var own: [Int64] = []

    func add(_ change: ServerChange) {
        lock.withLock {
            guard !own.contains(change.transaction) else { return }
            count += 1
            counters[change.counter, default: 0] += 1
        }
    }

    /// A transaction of this terminal's, about to commit: its notices are counted by `add(_: OwnChanges)`.
    func expect(_ transaction: Int64) {
        lock.withLock {
            own.append(transaction)
            if own.count > 32 { own.removeFirst() }
        }
    }

    /// A transaction of this terminal's that did not commit.
    func forget(_ transaction: Int64) {
        lock.withLock { own.removeAll { $0 == transaction } }
    }

    func add(_ changes: OwnChanges) {
        lock.withLock {
            count += 1
            for counter in changes.counters { counters[counter, default: 0] += 1 }
        }
    }

    /// Notices may have been missed (the link was down): every counter moves, so every pane
    /// reads again.
    func missedSome() {
        lock.withLock {
            count += 1
            for name in counters.keys { counters[name, default: 0] += 1 }
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
        let seat = try ServerSchema.ready(connection)
        return ProgramStore(engine: ServerEngine(connection, for: seat), actor: actor)
    }
}

extension ServerSchema {
    /// The schema made, and an organization to act for. Every store on a server acts for one
    /// organization (`p4p_org()`): the role's own, or for the database's owner the only host
    /// organization there is. A new database gets its first organization here, named after the
    /// database; a role that is no organization's, where there are several, is refused in words.
    @discardableResult
    public static func ready(_ connection: ServerConnection) throws -> Seat {
        try apply(on: connection)
        let found = try connection.rows("""
            SELECT p4p_org() AS org, p4p_state_office() AS state, (SELECT count(*) FROM organizations) AS organizations
            """, [])[0]
        if let organization = found[value: "org"].integer {
            return Seat(organization: organization, stateOffice: found[value: "state"] == .integer(1))
        }
        guard found[value: "organizations"] == .integer(0) else { throw ServerError.noOrganization(connection.address) }
        let made = try connection.transaction { session in
            try ServerOrganization.save(name: connection.address.database, role: nil, on: session, at: connection.address)
        }
        return Seat(organization: made.id, stateOffice: false)
    }

    /// The organization a connection acts for, and whether it is the state office's.
    public struct Seat: Sendable {
        public let organization: ID
        public let stateOffice: Bool
    }
}
