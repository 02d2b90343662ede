import Foundation
import GRDB
import Testing
@testable import P4PDemo
@testable import P4PStore

@Suite("Demo users")
struct DemoUsersTests {
    @Test("each demo user's hash is their README PIN's, with a salt of their own")
    func hashesAreTheReadmePINs() throws {
        let demo = DemoUsers.hashes
        #expect(demo.count == DemoProgram.allies.count + 2 && Set(demo.values.map(\.salt)).count == demo.count)
        #expect(Set(demo.values.map(\.hash)).count == demo.count)
        #expect(demo.values.allSatisfy { $0.parameters == .standard })
        // A standard derivation costs seconds in a debug build, so three are checked here: the
        // supervisor and an ally also sign in to the demo in the tmux tests; all sixteen were
        // checked when the table was made.
        let checks = [(DemoUsers.supervisor.name, DemoUsers.supervisor.pin), (DemoUsers.admin.name, DemoUsers.admin.pin),
                      ("Trần Thị Ngọc", DemoUsers.allyPIN)]
        let matched = checks.map { _ in Flag() }
        DispatchQueue.concurrentPerform(iterations: checks.count) { i in
            if (try? demo[checks[i].0]?.matches(checks[i].1)) == true { matched[i].set() }
        }
        #expect(matched.allSatisfy { $0.value })
    }

    @Test("a demo with users loads each one's precomputed salt and hash, an ally linked to their caseload")
    func demoLoadsItsUsers() throws {
        let directory = try DemoTestDirectory()
        let store = try SQLiteStore.create(at: directory.path("demo.sqlite"))
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 1, today: Day(iso: "2026-11-23")!, withUsers: true))
        let demo = DemoUsers.hashes
        let stored = try store.read { db in try Row.fetchAll(db, sql: "SELECT name, salt, secret_hash FROM users") }
        // Five active allies of six, the supervisor and the admin.
        #expect(stored.count == 7 && Set(stored.map { $0["salt"] as Data }).count == stored.count)
        #expect(stored.allSatisfy { demo[$0["name"]]?.salt == $0["salt"] && demo[$0["name"]]?.hash == $0["secret_hash"] })
        let users = try store.users()
        #expect(users.filter { $0.role == .ally }.allSatisfy { $0.allyId != nil })
        #expect(Set(users.map(\.role)) == [.ally, .supervisor, .admin])
        let allies = try store.caseloads().count
        #expect(allies == 6, "no ally made twice for a user")
    }
}

/// Set from any thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var set_ = false
    func set() { lock.withLock { set_ = true } }
    var value: Bool { lock.withLock { set_ } }
}
