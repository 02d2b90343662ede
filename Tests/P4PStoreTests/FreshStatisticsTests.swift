import Foundation
import GRDB
import P4PDemo
import Testing
@testable import P4PStore

/// Closing a store runs `PRAGMA optimize`, bounded by `analysis_limit`: the tables its
/// connection queried get statistics (`sqlite_stat1`), as SQLite documents it.
@Suite("Fresh statistics on close")
struct FreshStatisticsTests {
    @Test("a closed demo file has statistics for the table its writer queried by an index")
    func optimizeOnClose() throws {
        let directory = try StoreTestDirectory()
        let path = directory.path("desk.sqlite")
        let today = StoreFixture.day("2026-11-23")
        let store = try SQLiteStore.create(at: path)
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 3, today: today))
        // A write's own look-up by an index, as a contact's or a re-plan's.
        let parent = try #require(try store.read { db in try ID.fetchOne(db, sql: "SELECT id FROM parents LIMIT 1") })
        _ = try store.pool.write { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM follow_ups WHERE parent_id = ?", arguments: [parent])
        }
        store.close()

        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let analyzed = try queue.read { db -> [String] in
            guard try db.tableExists("sqlite_stat1") else { return [] }
            return try String.fetchAll(db, sql: "SELECT DISTINCT tbl FROM sqlite_stat1")
        }
        #expect(analyzed.contains("follow_ups"), "\(analyzed)")
    }
}
