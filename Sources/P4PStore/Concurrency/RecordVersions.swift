import Foundation

/// Optimistic concurrency: a form remembers the version of the record it read; the save checks
/// it inside its own transaction, so two terminals never write over each other unseen.
extension ProgramStore {
    /// The rules themselves are `StaleSaves`, the same on every engine; these take SQLite's
    /// connection and the store's signed-in actor.
    func check(_ read: ReadVersion?, _ db: any SQLSession) throws {
        try StaleSaves.check(read, in: db)
    }

    func checkOpen(followUpId: ID, _ db: any SQLSession) throws {
        try StaleSaves.checkOpen(followUpId: followUpId, in: db)
    }

    func stamp(_ record: VersionedRecord, id: ID, _ change: RecordChange, _ db: any SQLSession) throws {
        try StaleSaves.stamp(record, id: id, change, by: actor, at: Self.timestamp(), in: db)
    }

    /// The same for every row `condition` picks, by ids (`parent_id = ?`, `id IN (?, ?)`).
    func stamp(_ record: VersionedRecord, where condition: String, _ ids: [ID], _ change: RecordChange, _ db: any SQLSession) throws {
        try StaleSaves.stamp(record, where: condition, ids.map { .integer($0) }, change, by: actor, at: Self.timestamp(),
                             in: db)
    }

    func staleRecord(_ record: VersionedRecord, id: ID, _ db: any SQLSession) throws -> StaleRecord {
        try StaleSaves.staleRecord(record, id: id, in: db)
    }
}
