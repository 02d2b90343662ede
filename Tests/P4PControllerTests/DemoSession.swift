import Foundation
@testable import P4PController
import P4PDemo
import P4PPostgres
import ServerTestSupport
import Testing
@testable import P4PStore

/// A controller test's engine (for every file of this target), named in the test's name.
typealias TestEngine = ServerTestSupport.TestEngine

extension ServerTestSupport.TestEngine: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// A session over a new small demo database on a real SQLite file, started as the dashboard
/// starts it.
func demoSession(today: Day, seed: UInt64 = 5) throws -> (DeskSession, SQLiteStore) {
    let store = try demoFile(today: today, seed: seed)
    return (DeskSession(store: store, today: today).started(), store)
}

/// A new small demo database on a real SQLite file.
func demoFile(today: Day, seed: UInt64 = 5) throws -> SQLiteStore {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-tasks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("demo.sqlite").path
    try SQLiteStore.create(at: path).fillWithDemoData(DemoOptions(scale: .small, seed: seed, today: today))
    return try SQLiteStore.open(at: path)
}

/// A session over the small demo on `engine`: the file itself, or the same file copied into a
/// new database of the tests' server, as `p4p migrate` copies it.
func demoSession(today: Day, seed: UInt64 = 5, on engine: TestEngine) throws -> (DeskSession, ProgramStore) {
    let file = try demoFile(today: today, seed: seed)
    guard engine == .server else { return (DeskSession(store: file, today: today).started(), file) }
    let server = try #require(ThrowawayServer.shared)
    let connection = try server.freshDatabase()
    defer { connection.close() }
    try ServerSchema.apply(on: connection)
    _ = try FileCopy.copy(from: file, named: "demo.sqlite", on: connection)
    file.close()
    let store = try ServerStore.open(connection.address, actor: SQLiteStore.systemActor, passwords: server.passwords)
    return (DeskSession(store: store, today: today).started(), store)
}

/// A second store on the same file or server database, as another terminal's.
func anotherTerminal(on store: ProgramStore) throws -> ProgramStore {
    if let file = store as? SQLiteStore { return try SQLiteStore.open(at: file.path) }
    let server = try #require(ThrowawayServer.shared)
    let address = try #require(store.engine as? ServerEngine).address
    return try ServerStore.open(address, actor: SQLiteStore.systemActor, passwords: server.passwords)
}

/// `write` made by another terminal, then seen by `session`: it looks once `store` (the
/// session's) has seen a commit since before the write; on a server its notice comes through
/// the listener, later on a busy machine.
func anotherTerminalWrites(_ session: DeskSession, store: ProgramStore, _ write: () throws -> Void) throws {
    let before = try store.changes(since: nil).mark
    try write()
    for _ in 0..<6000 {
        if try !store.changes(since: before).changed.isEmpty { break }
        usleep(10_000)
    }
    #expect(session.refreshIfChanged(), "the session saw the other terminal's commit")
}

extension DeskSession {
    func started() -> DeskSession {
        start()
        return self
    }
}

/// A record by its id, read the same way on either engine.
func record<Record: SQLIdentifiedRecord>(_ type: Record.Type, _ id: ID, in store: ProgramStore) throws -> Record? {
    try store.engine.read { db in try Record.fetchOne(db, sql: "SELECT * FROM \(Record.table) WHERE id = ?", arguments: [id]) }
}

/// The audit log's latest entry.
func lastAuditEntry(in store: ProgramStore) throws -> AuditEntry? {
    try store.engine.read { db in try AuditEntry.fetchOne(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT 1") }
}

/// Feeds a key script ("2 a Enter C-s") to the session, as the dashboard would.
func pressKeys(_ session: DeskSession, _ keys: String) throws {
    for key in try KeyScript.parse(keys) {
        session.handle(key)
        session.settle()  // as `p4p screen` does: what a key asked the store for has arrived
    }
}

/// A wall clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 1_800_000_000)
}

/// A demo session with users, started on its sign-in: `users` are (name, role, PIN).
func sessionWithUsers(today: Day, _ users: [(String, UserRole, String)], kioskMinutes: Double? = nil)
    throws -> (DeskSession, SQLiteStore, TestClock) {
    let (_, store) = try demoSession(today: today)
    for (name, role, pin) in users {
        try store.addUser(name: name, role: role, secret: pin, parameters: .fastForTests)
    }
    let clock = TestClock()
    let session = DeskSession(store: store, today: today, clock: { clock.now })
    if let kioskMinutes { session.enterKiosk(idleMinutes: kioskMinutes) }
    session.start()
    return (session, store, clock)
}

/// Words as an English reader sees them: what the tests compare.
extension Optional where Wrapped == Phrase {
    var english: String? { self?.text(.english) }
}
