import Foundation
import GRDB

/// The SQLite store: one file, shared by every terminal that opens it. WAL lets readers and one
/// writer work at once; the busy timeout makes writers wait for each other instead of failing.
public final class SQLiteStore: ProgramStore, @unchecked Sendable {
    public let path: String

    /// The file's connections, shared with the stores acting for signed-in users.
    private let connections: Connections
    var pool: DatabasePool { connections.pool }

    private init(path: String, connections: Connections, actor: String, user: User? = nil) {
        self.path = path
        self.connections = connections
        super.init(engine: SQLiteEngine(path: path, connections: connections), actor: actor, user: user)
    }

    /// Creates a new, empty database; refuses to touch an existing file. A database that could
    /// not be finished (a full disk, say) is removed again: it was made here, a moment ago.
    public static func create(at path: String, actor: String = SQLiteStore.systemActor) throws -> SQLiteStore {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            throw isFolder.boolValue ? StoreError.isAFolder(path: path) : StoreError.alreadyExists(path: path)
        }
        try FileSecurity.prepareDirectory(for: path)
        try FileInspection.checkFolderIsWritable(for: path)
        try FileSecurity.createOwnerOnlyFile(at: path)
        var opened: Connections?
        do {
            let connections = try Connections(path: path)
            opened = connections
            try connections.pool.writeWithoutTransaction(Schema.migrate)
            try FileSecurity.restrictCompanions(of: path)
            return SQLiteStore(path: path, connections: connections, actor: actor)
        } catch {
            opened?.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw StoreError.words(opening: error, path: path)
        }
    }

    /// Opens an existing database, checking what it is before anything is written to it.
    public static func open(at path: String, actor: String = SQLiteStore.systemActor) throws -> SQLiteStore {
        try validate(path: path)
        do {
            let connections = try Connections(path: path)
            let pool = connections.pool
            if try !pool.read(Schema.isCurrent) {
                try pool.writeWithoutTransaction(Schema.migrate)
                // The reader that looked before the migration must not answer with what it saw then.
                pool.releaseMemory()
            }
            try FileSecurity.restrictCompanions(of: path)
            return SQLiteStore(path: path, connections: connections, actor: actor)
        } catch {
            throw StoreError.words(opening: error, path: path)
        }
    }

    /// Checkpoints the WAL into the main file and closes every connection of this file (for
    /// every store acting on it): see `Connections.close`.
    public override func close() { connections.close() }

    /// Closes every file this process opened and has not closed: the last thing a command does,
    /// on every way out, so that the file alone is complete.
    public static func closeAll() {
        for connections in OpenFiles.shared.all() { connections.close() }
    }

    /// The same file, for `user`: writes are recorded as theirs and limited to what their role allows.

    /// Recorded by id ("user:12"), not name: a name can change, and the log shows the name
    /// the user has when it is read (`ActorNames`).
    public override func actingStore(as user: User) throws -> SQLiteStore {
        SQLiteStore(path: path, connections: connections, actor: ActorNames.user(user.id), user: user)
    }

    /// The operating-system account, for writes made by scripts and the demo: the process's
    /// own uid, which `$USER` cannot make another name.
    public static var systemActor: String {
        let account = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) }
        return ActorNames.systemPrefix + (account ?? "uid \(getuid())")
    }

    static func configuration(path: String, waiting limit: Connections.WaitLimit) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = Connections.busyMode(limit)
        config.journalMode = .wal
        config.prepareDatabase { db in
            db.add(function: SearchPattern.foldFunction)
            StatementLog.attach(db, path: path)
        }
        return config
    }

    /// Refuses anything that is not a whole, writable P4P Desk database this version understands:
    /// first what lies at the path (`FileInspection`), then what SQLite finds in it. Nothing is
    /// written.
    static func validate(path: String) throws {
        try FileInspection.check(path)
        try FileSecurity.refuseIfOthersCanWrite(path)
        // Read-write although it only reads: a read-only connection leaves -wal and -shm behind
        // a WAL file it refuses, where the last read-write connection to close removes them.
        var config = Configuration()
        config.busyMode = Connections.busyMode()
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in
                let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if appID != Schema.applicationID {
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    throw tables == 0 ? StoreError.emptyFile(path: path) : StoreError.notAP4PDatabase(path: path)
                }
                if try Schema.isNewer(db) { throw StoreError.newerSchema(path: path) }
                try AuditTriggers.check(db, path: path)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch {
            throw StoreError.words(opening: error, path: path)
        }
    }

    public func changeToken() throws -> Int {
        try watcher.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// A connection of its own, whose `PRAGMA data_version` moves on every other connection's commit.
    var watcher: DatabaseQueue { connections.watcher }

    /// How long this process's saves wait for another terminal's write before giving up with
    /// `StoreError.busy` (30 seconds unless set): the dashboard waits less and tries again.
    public func waitForOtherWriters(upTo seconds: TimeInterval) { connections.lockWait.seconds = seconds }

    /// For tests and tools that need raw access inside the store module.
    func read<T>(_ body: (Database) throws -> T) throws -> T { try pool.read(body) }
}
