import Foundation

/// Optimistic concurrency, written once above `SQLSession` for both engines: a form remembers
/// the version of the record it read; the save checks it inside its own transaction and is
/// refused, saying who changed the record, when and how, when another terminal saved first.
/// Each save moves the version on and stamps the record with its change.
public enum StaleSaves {
    /// Refuses the write when the record moved on since `read`.
    public static func check(_ read: ReadVersion?, in session: SQLSession) throws {
        guard let read else { return }
        let version = try session.rows("SELECT version FROM \(read.record.table) WHERE id = ?", [.integer(read.id)])
            .first?.values[0].integer
        guard version != Int64(read.version) else { return }
        throw StoreError.stale(try staleRecord(read.record, id: read.id, in: session))
    }

    /// Refuses to complete a follow-up that is no longer open (another terminal completed it).
    public static func checkOpen(followUpId: ID, in session: SQLSession) throws {
        let open = try session.rows("SELECT CASE WHEN done_on IS NULL THEN 1 ELSE 0 END FROM follow_ups WHERE id = ?",
                                    [.integer(followUpId)]).first?.values[0].integer
        guard open != 1 else { return }
        var stale = try staleRecord(.followUp, id: followUpId, in: session)
        stale.gone = open == nil
        throw StoreError.stale(stale)
    }

    /// Moves the record's version on and notes who changed it (`actor`), when and how: on the
    /// record, so a refused save can say so without reading the audit log.
    public static func stamp(_ record: VersionedRecord, id: ID, _ change: RecordChange, by actor: String, at time: String,
                             in session: SQLSession) throws {
        try stamp(record, where: "id = ?", [.integer(id)], change, by: actor, at: time, in: session)
    }

    /// The same for every row `condition` picks (`parent_id = ?`, ...), its values bound.
    public static func stamp(_ record: VersionedRecord, where condition: String, _ values: [SQLValue], _ change: RecordChange,
                             by actor: String, at time: String, in session: SQLSession) throws {
        try session.execute("""
            UPDATE \(record.table) SET version = version + 1, changed_at = ?, changed_by = ?, last_change = ?
            WHERE \(condition)
            """, [.text(time), .text(actor), .text(change.rawValue)] + values)
    }

    /// The record as it stands, in words for a refusal.
    public static func staleRecord(_ record: VersionedRecord, id: ID, in session: SQLSession) throws -> StaleRecord {
        let nowColumn: String
        switch record {
        case .parent: nowColumn = "(SELECT name FROM allies WHERE id = r.ally_id)"
        case .followUp: nowColumn = "r.due_date"
        case .hearing, .dependencyCase, .child, .ally: nowColumn = "NULL"
        }
        guard let row = try session.rows("""
            SELECT r.version, r.changed_at, r.changed_by, r.last_change, \(nowColumn) AS now
            FROM \(record.table) r WHERE r.id = ?
            """, [.integer(id)]).first else {
            return StaleRecord(record: record, id: id, currentVersion: 0, gone: true)
        }
        let changedBy = try row[value: "changed_by"].text.map { Phrase.Arg.phrase(try display($0, in: session)) }
        var now = row[value: "now"].text.map { Phrase.Arg.text($0) }
        if record == .followUp, let day = row[value: "now"].text.flatMap(Day.init(iso:)) { now = .day(day, .short(thisYear: day.year)) }
        return StaleRecord(
            record: record, id: id,
            change: row[value: "last_change"].text.flatMap(RecordChange.init(rawValue:)),
            changedBy: changedBy,
            changedAt: row[value: "changed_at"].text.flatMap { ISO8601DateFormatter.withFractions.date(from: $0) },
            now: now, currentVersion: Int(row[value: "version"].integer ?? 0))
    }

    /// Who an actor is, in words: a user's name looked up by id.
    private static func display(_ actor: String, in session: SQLSession) throws -> Phrase {
        var users: [ID: String] = [:]
        if let id = ActorNames.userId(in: actor),
           let name = try session.rows("SELECT name FROM users WHERE id = ?", [.integer(id)]).first?.values[0].text {
            users[id] = name
        }
        return ActorNames.display(actor, users: users)
    }
}
