import Foundation
import GRDB

/// A SQLite file as the store's engine: reads from the WAL pool, writes in IMMEDIATE
/// transactions (SQLite's one writer at a time), and changes seen through `PRAGMA data_version`
/// and the file's change counters.
final class SQLiteEngine: StoreEngine, @unchecked Sendable {
    let path: String
    let connections: Connections

    init(path: String, connections: Connections) {
        self.path = path
        self.connections = connections
    }

    var location: String { (path as NSString).lastPathComponent }
    func close() { connections.close() }
    var fullLocation: String { path }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        do {
            return try connections.pool.read { db in try body(GRDBSession(db)) }
        } catch let error as DatabaseError {
            throw StoreError(error, path: location)
        }
    }

    /// Every write starts by checking that no newer P4P Desk has moved the file on since it was
    /// opened; a failure SQLite reports is turned into words here, before anyone sees it.
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        do {
            return try connections.pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    if (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0) != Schema.version {
                        throw StoreError.schemaMovedOn(path: location)
                    }
                    result = try body(GRDBSession(db))
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: location)
        }
    }

    /// Cheap enough to ask every second: one PRAGMA when nothing was committed, and a read of
    /// twenty counters when something was (by this process or another).
    func changes(since earlier: ChangeMark?) throws -> FileChanges {
        try connections.watcher.read { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            if let earlier, earlier.dataVersion == version { return FileChanges(mark: earlier, changed: []) }
            let rows = try Row.fetchAll(db, sql: "SELECT name, counter FROM change_counters")
            let mark = ChangeMark(dataVersion: version, counters: Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) }))
            return FileChanges(mark: mark, changed: earlier.map { mark.changed(since: $0) } ?? [])
        }
    }
}
