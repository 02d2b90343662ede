import Foundation
@testable import P4PController
import P4PDemo
@testable import P4PStore

/// A session over a new small demo database on a real SQLite file, started as the dashboard
/// starts it.
func demoSession(today: Day, seed: UInt64 = 5) throws -> (DeskSession, SQLiteStore) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-tasks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("demo.sqlite").path
    try SQLiteStore.create(at: path).fillWithDemoData(DemoOptions(scale: .small, seed: seed, today: today))
    let store = try SQLiteStore.open(at: path)
    let session = DeskSession(store: store, today: today)
    session.start()
    return (session, store)
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
