import Foundation
import GRDB

/// One process's connections to one database file: the pool every read and write goes
/// through, and a watcher that sees other processes' commits. Closed once, in an order that
/// lets SQLite fold the WAL back into the file: the read-only watcher first (a read-only
/// connection closing last cannot checkpoint), the pool's writer last.
final class Connections: @unchecked Sendable {
    /// How long every connection to the file waits for another terminal's write before giving
    /// up: the pool's, the watcher's and the one that checks a file before it is opened. A
    /// command's save queues behind every other terminal's, and SQLite serves no queue in order:
    /// on a busy machine 8 processes saving at once kept one of them waiting past 10 s.
    static let busyWait: TimeInterval = 30

    /// How a connection waits: it tries again every millisecond, up to `limit` (`busyWait`
    /// unless set). SQLite's own busy timeout sleeps up to 100 ms between tries, and a terminal
    /// that sleeps that long loses the file again and again to terminals that keep saving
    /// (`p4p bench writers` measured single saves waiting 4 s among 8 writers); trying often
    /// keeps every wait short.
    static func busyMode(_ limit: WaitLimit = WaitLimit()) -> Database.BusyMode {
        .callback { tries in
            if tries == 0 { waits.add() }
            guard Double(tries) * 0.001 < limit.seconds else { return false }
            usleep(1000)
            return true
        }
    }

    /// How long a file's connections wait, changeable while they are open.
    final class WaitLimit: @unchecked Sendable {
        private let lock = NSLock()
        private var value = Connections.busyWait
        var seconds: TimeInterval {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }

    /// How many times this process's connections have waited for another's lock (tests watch
    /// it to know that a connection is waiting).
    static let waits = Counter()

    let path: String
    let pool: DatabasePool
    /// A connection of its own, so `PRAGMA data_version` sees every other connection's commits.
    let watcher: DatabaseQueue
    private let lock = NSLock()
    private var closed = false
    /// How long a save waits for another terminal's write before it gives up with
    /// `StoreError.busy`: long for a script, short for a screen that must keep answering keys.
    let lockWait = WaitLimit()

    init(path: String) throws {
        self.path = path
        pool = try DatabasePool(path: path, configuration: SQLiteStore.configuration(path: path, waiting: lockWait))
        // GRDB's WAL setup sets `synchronous = NORMAL` after `prepareDatabase` runs, so FULL is
        // set here, once the pool is open: a save the screen confirmed survives a power cut.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        var config = Configuration()
        config.readonly = true
        config.busyMode = Self.busyMode()
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
        // Not the 30 s a save waits: another terminal's long read must not hold up quitting.
        lockWait.seconds = 0.25
        try? pool.writeWithoutTransaction { db in try db.execute(sql: Self.freshStatistics) }
        try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        // GRDB's close() shuts the writer before the readers; releasing memory closes the
        // readers first, so the writer is the last connection and may remove the WAL.
        pool.releaseMemory()
        try? pool.close()
    }

    deinit { close() }

    /// SQLite's advice before a connection closes: ANALYZE only the tables whose statistics are
    /// missing or stale (those this connection queried; from SQLite 3.46, 0x10000 checks every
    /// table), each index sampled at most `analysis_limit` rows, so a closing terminal never
    /// reads a large file whole. The queries keep one plan with or without the statistics.
    static let freshStatistics = "PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002"

    /// A count several threads may add to.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
