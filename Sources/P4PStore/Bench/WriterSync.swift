import GRDB

extension SQLiteStore {
    /// Whether a commit on this store's writing connection waits for the disk: `PRAGMA
    /// synchronous` as in force there (FULL and EXTRA do), so `p4p bench` can say that the
    /// saves it timed were synced.
    public func commitsAreSynced() throws -> Bool {
        try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 0 } >= 2
    }
}
