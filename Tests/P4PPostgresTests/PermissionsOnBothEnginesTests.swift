import ServerTestSupport
import Foundation
import P4PPostgres
import Testing
@testable import P4PStore

/// An ally's permissions are decided the same on both engines, by the one rule (`Permissions`):
/// their own parent yes, another ally's no, except on a day they cover that parent's hearing;
/// court outcomes only for today's docket; taking a waiting parent only when the program allows.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct PermissionsOnBothEnginesTests {
    let server = ThrowawayServer.shared!

    static let records = [
        "INSERT INTO allies (id, name) VALUES (3, 'Rosa Delgado'), (4, 'Denise Washington')",
        "INSERT INTO parents (id, name, waiting_since, ally_id) VALUES (7, 'Ana Ruiz', '2026-11-20', 3), (8, 'Bo Lee', '2026-11-20', 4)",
        "INSERT INTO parents (id, name, waiting_since) VALUES (9, 'Cy Moss', '2026-11-30')",
        "INSERT INTO cases (id, case_number) VALUES (1, '26-7-1'), (2, '26-7-2')",
        "INSERT INTO case_parents (case_id, parent_id, role) VALUES (1, 7, 'mother'), (2, 8, 'father')",
        "INSERT INTO hearing_types (id, code, name, short_name) VALUES (100, 'test-review', 'Review', 'Rev')",
        "INSERT INTO hearings (id, case_id, type_id, date, ally_id) VALUES (5, 2, 100, '2026-12-02', 3)",
        "INSERT INTO follow_ups (id, parent_id, due_date, kind) VALUES (11, 7, '2026-12-01', 'weekly'), (12, 8, '2026-12-01', 'weekly')",
    ]

    static let rosa = User(id: 2, name: "Rosa Delgado", role: .ally, allyId: 3, active: true)
    static let today = Day(iso: "2026-12-02")!
    static let tomorrow = Day(iso: "2026-12-03")!

    static let acts: [(Act, Day?)] = [
        (.openDetail(parentId: 7), tomorrow), (.openDetail(parentId: 8), today), (.openDetail(parentId: 8), tomorrow),
        (.logContact(parentId: 7), today), (.logContact(parentId: 8), today),
        (.snooze(followUpId: 11), today), (.snooze(followUpId: 12), today),
        (.recordCourtOutcome(hearingId: 5), today), (.recordCourtOutcome(hearingId: 5), tomorrow),
        (.editCase(caseId: 1), today), (.editCase(caseId: 2), today),
        (.assignAlly(parentId: 9, allyId: 3), today), (.changeAlly(parentId: 7), today),
    ]

    /// Each act's refusal key for Rosa ("ok" when she may), before and after the program lets
    /// allies take waiting parents.
    func decisions(_ session: SQLSession) throws -> [String] {
        let permissions = Permissions(user: Self.rosa)
        func all() throws -> [String] {
            try Self.acts.map { act, day in try permissions.refusal(for: act, today: day, in: session)?.key.name ?? "ok" }
        }
        let before = try all()
        try session.execute("INSERT INTO settings (key, value) VALUES (?, 'yes')", [.text(Permissions.alliesMayTakeUnassigned)])
        return before + (try all())
    }

    @Test func decidedAlikeOnSQLiteAndOnAServer() throws {
        let (onFile, onServer) = try server.onBothEngines(records: Self.records, decisions)
        let expected = [
            "ok", "ok", "refusal.allyOwnParentsOnly",
            "ok", "refusal.allyOwnContactsOnly",
            "ok", "refusal.allyOwnSnoozesOnly",
            "ok", "refusal.allyTodaysDocketOnly",
            "ok", "refusal.allyOwnCasesOnly",
            "refusal.onlySupervisorAssigns", "refusal.onlySupervisorMoves",
        ]
        #expect(onFile == expected + expected.map { $0 == "refusal.onlySupervisorAssigns" ? "ok" : $0 })
        #expect(onServer == onFile)
    }
}
