import Foundation
import GRDB

/// Optimistic concurrency: a form remembers the version of the record it read; the save checks
/// it inside its own transaction, so two terminals never write over each other unseen.
extension SQLiteStore {
    /// Refuses the write when the record moved on since `read` (another terminal saved), saying
    /// who changed it and how.
    func check(_ read: ReadVersion?, _ db: Database) throws {
        guard let read else { return }
        let version = try Int.fetchOne(db, sql: "SELECT version FROM \(read.record.table) WHERE id = ?",
                                       arguments: [read.id])
        guard version != read.version else { return }
        throw StoreError.stale(try staleRecord(read.record, id: read.id, db))
    }

    /// Refuses to complete a follow-up that is no longer open (another terminal completed it).
    func checkOpen(followUpId: ID, _ db: Database) throws {
        let open = try Bool.fetchOne(db, sql: "SELECT done_on IS NULL FROM follow_ups WHERE id = ?",
                                     arguments: [followUpId])
        guard open != true else { return }
        var stale = try staleRecord(.followUp, id: followUpId, db)
        stale.gone = open == nil
        throw StoreError.stale(stale)
    }

    /// Moves the record's version on and notes who changed it, when and how: on the record, so a
    /// refused save can say so without reading the audit log.
    func stamp(_ record: VersionedRecord, id: ID, _ change: RecordChange, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE \(record.table) SET version = version + 1, changed_at = ?, changed_by = ?, last_change = ?
            WHERE id = ?
            """, arguments: [Self.timestamp(), actor, change.rawValue, id])
    }

    /// The same for every row a statement's WHERE clause picks (`parent_id = ?`, ...).
    func stamp(_ record: VersionedRecord, where condition: String, _ arguments: StatementArguments,
               _ change: RecordChange, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE \(record.table) SET version = version + 1, changed_at = ?, changed_by = ?, last_change = ?
            WHERE \(condition)
            """, arguments: [Self.timestamp(), actor, change.rawValue] + arguments)
    }

    /// The record as it stands, in words for a refusal.
    func staleRecord(_ record: VersionedRecord, id: ID, _ db: Database) throws -> StaleRecord {
        let nowColumn: String
        switch record {
        case .parent: nowColumn = "(SELECT name FROM allies WHERE id = r.ally_id)"
        case .followUp: nowColumn = "r.due_date"
        case .hearing, .dependencyCase, .child, .ally: nowColumn = "NULL"
        }
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.version, r.changed_at, r.changed_by, r.last_change, \(nowColumn) AS now
            FROM \(record.table) r WHERE r.id = ?
            """, arguments: [id]) else {
            return StaleRecord(record: record, id: id, currentVersion: 0, gone: true)
        }
        let changedBy = try (row["changed_by"] as String?).map { Phrase.Arg.phrase(try ActorNames.display($0, db)) }
        var now = (row["now"] as String?).map { Phrase.Arg.text($0) }
        if record == .followUp, let day = (row["now"] as String?).flatMap(Day.init(iso:)) { now = .day(day, .short(thisYear: day.year)) }
        return StaleRecord(
            record: record, id: id,
            change: (row["last_change"] as String?).flatMap(RecordChange.init(rawValue:)),
            changedBy: changedBy,
            changedAt: (row["changed_at"] as String?).flatMap { ISO8601DateFormatter.withFractions.date(from: $0) },
            now: now, currentVersion: row["version"])
    }
}
