import ServerTestSupport
import Foundation
import P4PPostgres
import Testing
@testable import P4PStore

/// A stale save is refused the same way on both engines, by the one rule (`StaleSaves`): a form
/// that read version 1 of a parent another terminal has since changed is refused, naming who
/// changed it, how, and the ally the parent has now; a form that read the current version goes
/// through; a follow-up completed meanwhile is refused as no longer open.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct StaleSavesOnBothEnginesTests {
    let server = ThrowawayServer.shared!

    static let records = [
        "INSERT INTO allies (id, name) VALUES (3, 'Rosa Delgado')",
        "INSERT INTO users (id, name, role, secret_hash, salt, kdf, created_at) VALUES (1, 'Dana Brooks', 'supervisor', '\\x00', '\\x00', 'scrypt', 'x')",
        "INSERT INTO parents (id, name, waiting_since, ally_id) VALUES (7, 'Ana Ruiz', '2026-11-20', 3)",
        "INSERT INTO follow_ups (id, parent_id, due_date, kind, done_on) VALUES (9, 7, '2026-12-01', 'weekly', '2026-12-01')",
    ]

    /// What a terminal whose form read version 1 is told, on one engine, as English words.
    func refusals(_ session: SQLSession) throws -> [String] {
        try StaleSaves.stamp(.parent, id: 7, .allyAssigned, by: ActorNames.user(1), at: "2026-12-02T09:30:00.000Z", in: session)
        try StaleSaves.check(ReadVersion(.parent, id: 7, version: 2), in: session)
        var words: [String] = []
        for attempt: () throws -> Void in [
            { try StaleSaves.check(ReadVersion(.parent, id: 7, version: 1), in: session) },
            { try StaleSaves.checkOpen(followUpId: 9, in: session) },
            { try StaleSaves.checkOpen(followUpId: 10, in: session) },
        ] {
            do {
                try attempt()
                words.append("saved")
            } catch let error as StoreError {
                if case .stale(let stale) = error {
                    words.append("\(stale.currentVersion) \(stale.gone) " + error.phrase.text(.english))
                }
            }
        }
        return words
    }

    @Test func refusedAlikeOnSQLiteAndOnAServer() throws {
        let (onFile, onServer) = try server.onBothEngines(records: Self.records, refusals)
        #expect(onFile.count == 3)
        #expect(onFile[0].hasPrefix("2 false ") && onFile[0].contains("Dana Brooks") && onFile[0].contains("Rosa Delgado"),
                "\(onFile[0])")
        #expect(onFile[1].hasPrefix("1 false "), "completed meanwhile: \(onFile[1])")
        #expect(onFile[2].hasPrefix("0 true "), "gone: \(onFile[2])")
        #expect(onServer == onFile)
    }
}
