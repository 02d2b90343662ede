import Foundation
@testable import P4PController
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
    for key in try KeyScript.parse(keys) { session.handle(key) }
}
