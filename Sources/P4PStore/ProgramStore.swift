import Foundation

/// The program's store: every rule of the desk (permissions, the audit chain, stale saves,
/// planning, validation, the panes and the reports), written once over a `StoreEngine`. A
/// SQLite file (`SQLiteStore`) and a PostgreSQL server give it the same way.
public class ProgramStore: DeskStore, @unchecked Sendable {
    public let engine: any StoreEngine
    /// Actor recorded in the audit log for writes made through this store.
    public let actor: String
    /// Who signed in; nil for the data's owner running a command, who may do anything.
    public let user: User?
    /// The save this store makes, when a form's save (`SaveAttempt`): written once, however often tried.
    let attempt: SaveAttempt?

    public init(engine: any StoreEngine, actor: String, user: User? = nil, attempt: SaveAttempt? = nil) {
        self.engine = engine
        self.actor = actor
        self.user = user
        self.attempt = attempt
    }

    public var location: String { engine.location }
    public var fullLocation: String { engine.fullLocation }

    /// The same data, for `user`: writes are recorded as theirs and limited to what their role allows.
    public func acting(as user: User) throws -> any DeskStore { try actingStore(as: user) }

    /// The same data for `user`, as this kind of store. Recorded by id ("user:12"), not name: a
    /// name can change, and the log shows the name the user has when it is read (`ActorNames`).
    public func actingStore(as user: User) throws -> ProgramStore {
        ProgramStore(engine: engine, actor: ActorNames.user(user.id), user: user)
    }

    /// `body` for each organization this store reads apart (a state office's store on a
    /// server), with its name; for the store of one organization's own records, once, unnamed.
    public func eachOrganization<T>(_ body: (ProgramStore) throws -> T) throws -> [(organization: String?, value: T)] {
        let readings = try (engine as? any OrganizationsReader)?.organizationsRead() ?? []
        guard !readings.isEmpty else { return [(nil, try body(self))] }
        return try readings.map { reading in
            (reading.name, try body(ProgramStore(engine: reading.engine, actor: actor, user: user)))
        }
    }

    /// Lets go of the database (`StoreEngine.close`).
    public func close() { engine.close() }

    public func changes(since earlier: ChangeMark?) throws -> FileChanges {
        try engine.changes(since: earlier)
    }

    /// One write transaction with its audit entry: both land, or neither does.
    func write<T>(action: String, entity: String? = nil, entityId: ID? = nil, detail: String? = nil,
                  _ body: (any SQLSession) throws -> T) throws -> T {
        var result: T?
        _ = try writeNoting(action: action, entity: entity) { db in
            result = try body(db)
            return AuditNote(entityId: entityId, detail: detail)
        }
        return result!
    }

    /// Like `write`, for bodies that learn their audit id or detail as they go.
    func writeNoting(action: String, entity: String?, _ body: (any SQLSession) throws -> AuditNote) throws -> AuditNote {
        try engine.write { db in
            try recordAttempt(db)
            let note = try body(db)
            let entry = AuditEntry(at: Self.timestamp(), actor: actor, action: action,
                                   entity: entity, entityId: note.entityId, detail: note.detail)
            try appendAudit(entry, db)
            return note
        }
    }

    /// Adds one entry to the append-only audit log, chained to the last one (`AuditLedger`),
    /// inside the write's transaction, so no other terminal appends between reading the last
    /// link and adding this one.
    func appendAudit(_ entry: AuditEntry, _ db: any SQLSession) throws {
        try AuditLedger.append(entry, in: db)
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }
}
