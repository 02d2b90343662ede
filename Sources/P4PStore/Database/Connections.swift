import Foundation
import GRDB

/// One process's connections to one database file: the pool every read and write goes
/// through, and a watcher that sees other processes' commits. Closed once, in an order that
/// lets SQLite fold the WAL back into the file: the read-only watcher first (a read-only
/// connection closing last cannot checkpoint), the pool's writer last.
final class Connections: @unchecked Sendable {
    let path: String
    let pool: DatabasePool
    /// A connection of its own, so `PRAGMA data_version` sees every other connection's commits.
    let watcher: DatabaseQueue
    private let lock = NSLock()
    private var closed = false
    private var wait: TimeInterval = 10

    /// How long a save waits for another terminal's write before it gives up with
    /// `StoreError.busy`: long for a script, short for a screen that must keep answering keys.
    var lockWait: TimeInterval {
        get { lock.withLock { wait } }
        set { lock.withLock { wait = newValue } }
    }

    init(path: String) throws {
        self.path = path
        pool = try DatabasePool(path: path, configuration: SQLiteStore.configuration())
        // GRDB's WAL setup sets `synchronous = NORMAL` after `prepareDatabase` runs, so FULL is
        // set here, once the pool is open: a save the screen confirmed survives a power cut.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        watcher = try DatabaseQueue(path: path, configuration: config)
        OpenFiles.shared.add(self)
    }

    /// Checkpoints the WAL into the main file (truncating it) and closes every connection; when
    /// no other terminal has the file open, SQLite then removes the -wal and -shm files.
    func close() {
        let first = lock.withLock { () -> Bool in
            defer { closed = true }
            return !closed
        }
        guard first else { return }
        OpenFiles.shared.remove(self)
        try? watcher.close()
        try? pool.writeWithoutTransaction { db in
            // Not the 10 s a save waits: another terminal's long read must not hold up quitting.
            try db.execute(sql: "PRAGMA busy_timeout = 250")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        // GRDB's close() shuts the writer before the readers; releasing memory closes the
        // readers first, so the writer is the last connection and may remove the WAL.
        pool.releaseMemory()
        try? pool.close()
    }

    deinit { close() }
}
