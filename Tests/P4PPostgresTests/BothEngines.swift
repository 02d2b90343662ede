import ServerTestSupport
import Foundation
import GRDB
import P4PPostgres
@testable import P4PStore

extension ThrowawayServer {
    /// `body` run twice, each time in one transaction after `records` went in: on a new store
    /// file, and on a new database of the server with the store's schema. What each gave.
    func onBothEngines<T>(records: [String], _ body: (SQLSession) throws -> T) throws -> (file: T, server: T) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engines-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SQLiteStore.create(at: folder + "/desk.sqlite")
        defer { store.close() }
        let onFile = try store.pool.write { db in
            for record in records { try db.execute(sql: record) }
            return try body(GRDBSession(db))
        }
        let connection = try freshDatabase()
        defer { connection.close() }
        try ServerSchema.ready(connection)
        let onServer = try connection.transaction { session in
            for record in records { try session.execute(record, []) }
            return try body(session)
        }
        return (onFile, onServer)
    }
}
