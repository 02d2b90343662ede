import ServerTestSupport
import Dispatch
import Foundation
import P4PPostgres
import P4PStore
import Testing

/// A commit on one terminal reaches the others through the server's notifications, saying which
/// change counters it moved, as the SQLite file's triggers do: a hearing's courtroom moves
/// `hearings` (the docket and the pages) and not the schedule Unassigned reads; an audit entry
/// and a rolled-back write move nothing.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct ServerChangesTests {
    let server = ThrowawayServer.shared!

    /// What a listening terminal heard, in the order it arrived.
    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private let arrived = DispatchSemaphore(value: 0)
        private var changes: [ServerChange] = []

        func add(_ change: ServerChange) {
            lock.withLock { changes.append(change) }
            arrived.signal()
        }

        /// Everything heard once `transaction`'s `count` notices are in (nil after the patience
        /// of a busy machine): waits on arrivals, never on a margin of time.
        func upTo(_ transaction: Int64, count: Int) -> [ServerChange]? {
            while true {
                let heard = lock.withLock { changes }
                if heard.filter({ $0.transaction == transaction }).count >= count { return heard }
                guard arrived.wait(timeout: .now() + 60) == .success else { return nil }
            }
        }
    }

    /// `body` in a transaction on `connection`; the server's id of that transaction.
    func committed(_ connection: ServerConnection, _ body: (SQLSession) throws -> Void) throws -> Int64 {
        try connection.transaction { session in
            try body(session)
            return try session.rows("SELECT txid_current()", [])[0].values[0].integer!
        }
    }

    @Test func aCommitReachesTheOtherTerminalWithWhatItChanged() throws {
        let writer = try server.freshDatabase()
        defer { writer.close() }
        try ServerSchema.ready(writer)
        let database = try writer.rows("SELECT current_database()", [])[0].values[0].text!
        let reader = try ServerConnection.connect(to: try server.address(database: database), passwords: server.passwords)
        defer { reader.close() }
        let heard = Heard()
        let listener = try reader.listenForChanges { heard.add($0) }
        defer { listener.stop() }

        let first = try committed(writer) { session in
            try session.execute("INSERT INTO hearing_types (id, code, name, short_name) VALUES (100, 'review-test', 'Review', 'Rev')", [])
            try session.execute("INSERT INTO cases (id, case_number) VALUES (1, '26-7-00001-1')", [])
            try session.execute("INSERT INTO hearings (id, case_id, type_id, date) VALUES (1, 1, 100, '2026-12-02')", [])
        }
        let afterFirst = try #require(heard.upTo(first, count: 4))
        #expect(Set(afterFirst.map(\.counter)) == ["hearing_types", "cases", "hearings", "hearing_schedule"])

        let audited = try committed(writer) { session in
            try AuditLedger.append(AuditEntry(at: "2026-12-02T09:00:00.000Z", actor: "user:1", action: "detail opened"), in: session)
        }
        _ = try? writer.transaction { session -> Void in
            try session.execute("UPDATE hearings SET status = 'held'", [])
            throw CancellationError()
        }
        let courtroom = try committed(writer) { session in try session.execute("UPDATE hearings SET courtroom = 'Dept 3'", []) }
        let all = try #require(heard.upTo(courtroom, count: 1))
        // Notices come in the order of the commits: the audit entry's and the undone write's
        // would have come first.
        let later = all.dropFirst(afterFirst.count)
        #expect(later.map(\.counter) == ["hearings"])
        #expect(!later.contains { $0.transaction == audited })
        #expect(later.first?.reads == [.docket, .records])
    }

    /// A terminal sees its own save at once, as on a file: the look that follows a save must not
    /// wait for the save's notices to come round through the listener (on a busy machine they
    /// came after it, and the pane showed the old figures). Nor are they counted again when
    /// they come: the next look reports only what other terminals changed.
    @Test func aTerminalSeesItsOwnSaveAtOnceAndItsNoticesAreNotCountedTwice() throws {
        let setup = try server.freshDatabase()
        defer { setup.close() }
        try ServerSchema.ready(setup)
        let database = try setup.rows("SELECT current_database()", [])[0].values[0].text!
        func engine() throws -> ServerEngine {
            let connection = try ServerConnection.connect(to: try server.address(database: database), passwords: server.passwords)
            return ServerEngine(connection, for: try ServerSchema.ready(connection))
        }
        let mine = try engine(), theirs = try engine()
        defer { mine.close(); theirs.close() }
        // Listening: another terminal's change is heard (the listener starts beside the first reads).
        var course = 0
        func theyAddACourse() throws {
            course += 1
            try theirs.write { try $0.execute("INSERT INTO courses (code, name) VALUES (?, 'Course')", [.text("c\(course)")]) }
        }
        func heardTheirs(since mark: ChangeMark) throws -> Bool {
            for _ in 0..<6000 {
                if try mine.changes(since: mark).changed == [.records] { return true }
                Thread.sleep(forTimeInterval: 0.01)
            }
            return false
        }
        var mark = try mine.changes(since: nil).mark
        try theyAddACourse()
        for _ in 0..<6000 where try mine.changes(since: mark).changed.isEmpty { Thread.sleep(forTimeInterval: 0.01) }
        mark = try mine.changes(since: nil).mark
        try theyAddACourse()
        #expect(try heardTheirs(since: mark))

        mark = try mine.changes(since: nil).mark
        try mine.write { try $0.execute("INSERT INTO allies (name) VALUES ('Dana Ally')", []) }
        let own = try mine.changes(since: mark)
        #expect(own.changed == [.docket, .overdue, .records])

        try mine.write { session in
            try AuditLedger.append(AuditEntry(at: "2026-12-02T09:00:00.000Z", actor: "user:1", action: "detail opened"), in: session)
        }
        #expect(try mine.changes(since: own.mark).changed.isEmpty)

        // Their commit comes after my save's notices on the one listening connection: once it is
        // heard, mine have come too, and only theirs is new.
        try theyAddACourse()
        #expect(try heardTheirs(since: own.mark))
    }
}
