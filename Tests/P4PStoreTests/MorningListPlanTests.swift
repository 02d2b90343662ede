import GRDB
import Testing
@testable import P4PStore

/// The morning review's lists of what is incomplete read through their partial indexes, and keep
/// the same plan after ANALYZE has written statistics (the program never runs it; a DBA may).
@Suite("Morning lists' query plans")
struct MorningListPlanTests {
    /// Every statement `read` runs on one connection, with its arguments written in.
    private static func statements(_ f: StoreFixture, _ read: @escaping (Database) throws -> Void) throws -> [String] {
        try f.file.pool.read { db in
            var seen: [String] = []
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { seen.append(statement.expandedSQL) }
            }
            defer { db.trace(options: [], nil) }
            try read(db)
            return seen
        }
    }

    private static func plan(_ f: StoreFixture, _ sql: String) throws -> [String] {
        try f.file.pool.read { db in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String } }
    }

    /// Many complete cases and recorded hearings, a few incomplete: what statistics would
    /// describe as a table the partial index barely covers.
    private static func world() throws -> StoreFixture {
        let f = try StoreFixture()
        let shelter = try f.hearingTypeId("shelter-72")
        let mother = try f.parent("Open Parent")
        try f.file.pool.write { db in
            for n in 1...400 {
                let complete = n % 40 != 0
                try db.execute(sql: "INSERT INTO cases (case_number, county, petition_date, removal_date) VALUES (?, 'King', ?, ?)",
                               arguments: ["26-7-\(10_000 + n)", complete ? "2026-01-05" : nil, "2026-01-03"])
                try db.execute(sql: "INSERT INTO case_parents (case_id, parent_id, role) VALUES (?, ?, 'mother')",
                               arguments: [db.lastInsertedRowID, mother])
                try db.execute(sql: "INSERT INTO hearings (case_id, type_id, date, status) VALUES (?, ?, '2026-10-01', ?)",
                               arguments: [db.lastInsertedRowID, shelter, n % 50 == 0 ? "scheduled" : "held"])
            }
        }
        return f
    }

    @Test("cases missing dates and past hearings nobody recorded are read through partial indexes, before and after ANALYZE")
    func partialIndexesWithAndWithoutStatistics() throws {
        let f = try Self.world()
        let today = StoreFixture.day("2026-11-23")
        let sql = try Self.statements(f) { db in
            let missing = try SQLiteStore.casesMissingDates(GRDBSession(db), 20)
            let unrecorded = try SQLiteStore.pastHearingsNotRecorded(GRDBSession(db), today, 20)
            #expect(missing.total == 10 && unrecorded.total == 8, "the world has what the lists look for")
        }
        let onCases = sql.filter { $0.contains("removal_date IS NULL") }
        let onHearings = sql.filter { $0.contains("h.status = 'scheduled'") }
        #expect(onCases.count == 2 && onHearings.count == 2)
        for analyzed in [false, true] {
            if analyzed { try f.file.pool.write { try $0.execute(sql: "ANALYZE") } }
            for statement in onCases {
                let plan = try Self.plan(f, statement)
                #expect(plan.contains { $0.contains("USING INDEX cases_missing_dates") }, "analyzed: \(analyzed): \(plan)")
            }
            for statement in onHearings {
                let plan = try Self.plan(f, statement)
                #expect(plan.contains { $0.contains("USING INDEX hearings_scheduled") }, "analyzed: \(analyzed): \(plan)")
            }
        }
    }
}
