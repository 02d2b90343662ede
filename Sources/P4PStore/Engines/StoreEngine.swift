import Foundation

/// The narrow persistence interface: what the program's rules (`ProgramStore`) ask of a
/// database. SQLite's file (`SQLiteEngine`) and a PostgreSQL server each give it; everything
/// above it is written once.
public protocol StoreEngine: AnyObject, Sendable {
    /// Where the data lives, for the status line ("p4p.sqlite", "courthouse@db.example.org").
    var location: String { get }
    /// The same in full, for a command's messages: the file's path, the server's address.
    var fullLocation: String { get }

    /// `body` on a consistent view of the data; nothing it runs is written.
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T

    /// `body` in one write transaction, alone among writers from its first read to its commit
    /// (the stale-save check and the audit chain rely on it); rolled back when it throws.
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T

    /// Where the data stands, and which reads the commits since `earlier` changed.
    func changes(since earlier: ChangeMark?) throws -> FileChanges

    /// Lets go of the database: a file's connections closed (its journal folded back into it),
    /// a server's links closed.
    func close()
}

/// One organization's records, read through an engine that reads several one at a time.
public struct OrganizationReading: Sendable {
    public let name: String
    public let engine: any StoreEngine

    public init(name: String, engine: any StoreEngine) { self.name = name; self.engine = engine }
}

/// An engine that reads several organizations' records, each apart (a state office's on a
/// server: every organization's ids are its own, so the same SQL that counts one
/// organization's rows counts each of them, and figures across all are added up from those).
public protocol OrganizationsReader: StoreEngine {
    /// The organizations, by name; none when the engine reads one organization's own records.
    func organizationsRead() throws -> [OrganizationReading]
}
