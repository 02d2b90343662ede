import Foundation
import GRDB
import Testing
@testable import P4PDemo
@testable import P4PStore

private let monday = Day(iso: "2026-11-23")!
private let saturday = Day(iso: "2026-11-28")!

/// A new database in its own temporary directory, filled with demo data. The directory is
/// removed when released: callers keep it alive with `withExtendedLifetime`.
private func demoStore(_ scale: DemoScale = .small, seed: UInt64 = 1, today: Day = monday)
    throws -> (DemoTestDirectory, SQLiteStore, DemoSummary) {
    let directory = try DemoTestDirectory()
    let store = try SQLiteStore.create(at: directory.path("demo.sqlite"))
    let summary = try store.fillWithDemoData(DemoOptions(scale: scale, seed: seed, today: today))
    return (directory, store, summary)
}

/// Every row of every program table as text, in primary-key order: the audit log, whose
/// timestamp is the clock's, and the database's identity, made new for each file, are left out.
private func contents(_ store: SQLiteStore) throws -> [String] {
    try store.read { db in
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
              AND name NOT LIKE 'parent_names%'
              AND name NOT IN ('audit_log', 'grdb_migrations') ORDER BY name
            """)
        return try tables.flatMap { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
                .filter { !$0.contains(ProgramStore.identityKey) }
        }
    }
}

private let everything = PageRequest(offset: 0, limit: 10_000)

@Suite("Demo data")
struct DemoDataTests {
    @Test("the same seed, scale and day give the same program, row for row")
    func repeatable() throws {
        let (directoryA, a, summaryA) = try demoStore(seed: 7)
        defer { withExtendedLifetime(directoryA) {} }
        let (directoryB, b, summaryB) = try demoStore(seed: 7)
        defer { withExtendedLifetime(directoryB) {} }
        #expect(summaryA == summaryB)
        #expect(try contents(a) == contents(b))
        #expect(try a.docket(on: monday, matching: nil, page: everything).rows
                == b.docket(on: monday, matching: nil, page: everything).rows)
        #expect(try a.unassignedParents(asOf: monday, matching: nil, page: everything).rows
                == b.unassignedParents(asOf: monday, matching: nil, page: everything).rows)
        #expect(try a.overdueFollowUps(asOf: monday, matching: nil, page: everything).rows
                == b.overdueFollowUps(asOf: monday, matching: nil, page: everything).rows)
        #expect(try a.caseloads() == b.caseloads())

        let (directoryOther, other, _) = try demoStore(seed: 8)
        defer { withExtendedLifetime(directoryOther) {} }
        #expect(try contents(other) != contents(a))
    }

    @Test("a small program shows a full docket, people waiting and follow-ups overdue")
    func smallProgram() throws {
        let (directory, store, summary) = try demoStore()
        defer { withExtendedLifetime(directory) {} }
        let docket = try store.docket(on: monday, matching: nil, page: everything)
        #expect((10...30).contains(docket.total))
        #expect(summary.hearingsToday == docket.total)
        #expect(Set(docket.rows.compactMap(\.courtroom)).count >= 3)
        #expect(docket.rows.allSatisfy { $0.status == .scheduled && !$0.parents.isEmpty })
        #expect(docket.rows.contains { $0.isAnyParentsFirstHearing })
        #expect(docket.rows.contains { $0.coveringAlly == nil })
        #expect(docket.rows.contains { $0.coveringAlly != nil })
        #expect(docket.rows.allSatisfy { entry in
            guard let t = entry.time else { return false }
            return t.minutes >= 8 * 60 + 30 && t.minutes <= 16 * 60 && t.minute % 15 == 0
        })

        let unassigned = try store.unassignedParents(asOf: monday, matching: nil, page: everything)
        #expect((5...15).contains(unassigned.total))
        #expect(summary.unassigned == unassigned.total)
        #expect(unassigned.rows.contains { $0.nextHearingDate == monday })

        let overdue = try store.overdueFollowUps(asOf: monday, matching: nil, page: everything)
        #expect((8...25).contains(summary.overdue))
        #expect(overdue.rows.filter { $0.dueDate < monday }.count == summary.overdue)

        let open = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM parents WHERE status = 'open'") ?? 0
        }
        #expect((40...80).contains(open))

        let caseloads = try store.caseloads()
        #expect(caseloads.count == summary.allies)
        #expect(caseloads.filter { !$0.active }.count == 1)
        #expect(caseloads.allSatisfy { (8...15).contains($0.limit) })
    }

    @Test("names come from the families served, in their own scripts")
    func names() throws {
        let (directory, store, _) = try demoStore()
        defer { withExtendedLifetime(directory) {} }
        let names = try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM parents") }
        #expect(names.contains { $0.unicodeScalars.contains { !$0.isASCII } })
        let allScripts = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM parents UNION ALL SELECT name FROM allies UNION ALL SELECT name FROM children")
        }.joined()
        // Latin letters with accents or tones, and at least one other script.
        #expect(allScripts.unicodeScalars.contains { (0x00C0...0x024F).contains($0.value) || (0x1E00...0x1EFF).contains($0.value) })
        #expect(allScripts.unicodeScalars.contains { $0.value >= 0x0370 && !(0x1E00...0x1EFF).contains($0.value) })
        let languages = Set(try store.read { db in try String.fetchAll(db, sql: "SELECT language FROM parents") })
        #expect(languages.contains("English"))
        #expect(languages.count >= 3)
    }

    @Test("the timeline follows Washington's deadlines and hearings sit on weekdays")
    func timeline() throws {
        let (directory, store, _) = try demoStore(seed: 3)
        defer { withExtendedLifetime(directory) {} }
        try store.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [monday]) ?? 0 }
            #expect(try count("""
                SELECT count(*) FROM hearings WHERE date <> ? AND CAST(strftime('%w', date) AS INTEGER) IN (0, 6)
                """) == 0)
            #expect(try count("""
                SELECT count(*) FROM hearings WHERE ? IS NOT NULL
                  AND (time < '08:30' OR time > '16:00' OR CAST(substr(time, 4, 2) AS INTEGER) % 15 <> 0)
                """) == 0)
            // Each case's first hearing is its 72-hour shelter care hearing, within three court
            // days of removal (five calendar days at most, over a weekend).
            #expect(try count("""
                SELECT count(*) FROM cases c
                JOIN hearings h ON h.id = (SELECT id FROM hearings WHERE case_id = c.id ORDER BY date, time LIMIT 1)
                JOIN hearing_types t ON t.id = h.type_id
                WHERE ? IS NOT NULL AND (t.code <> 'shelter-72' OR julianday(h.date) - julianday(c.removal_date) > 5)
                """) == 0)
            // Fact-finding first set within 75 days of the petition.
            #expect(try count("""
                SELECT count(*) FROM cases c
                JOIN hearings h ON h.id = (SELECT e.id FROM hearings e JOIN hearing_types t ON t.id = e.type_id
                                           WHERE e.case_id = c.id AND t.code = 'fact-finding' ORDER BY e.date LIMIT 1)
                WHERE ? IS NOT NULL AND julianday(h.date) - julianday(c.petition_date) > 75
                """) == 0)
            // Disposition within 14 days of the fact-finding held before it.
            #expect(try count("""
                SELECT count(*) FROM hearings d JOIN hearing_types dt ON dt.id = d.type_id AND dt.code = 'disposition'
                WHERE d.status = 'held' AND d.date < ? AND julianday(d.date) - julianday((
                    SELECT max(f.date) FROM hearings f JOIN hearing_types ft ON ft.id = f.type_id
                    WHERE f.case_id = d.case_id AND ft.code = 'fact-finding' AND f.status = 'held' AND f.date <= d.date)) > 14
                """) == 0)
            let statuses = Set(try String.fetchAll(db, sql: "SELECT DISTINCT status FROM hearings WHERE date < ?", arguments: [monday]))
            #expect(statuses == ["held", "continued", "cancelled"])
            #expect(try count("SELECT count(*) FROM hearings WHERE date >= ? AND status <> 'scheduled'") == 0)
            #expect(try count("""
                SELECT count(*) FROM case_parents cp JOIN cases c ON c.id = cp.case_id
                WHERE cp.role = 'father' AND cp.joined_on > c.petition_date AND ? IS NOT NULL
                """) > 0)
            let outcomes = Set(try String.fetchAll(db, sql: "SELECT DISTINCT outcome FROM cases WHERE outcome IS NOT NULL"))
            #expect(outcomes.isSuperset(of: ["reunified", "dismissed", "guardianship"]))
            // History stops at today; only the schedule lies ahead.
            #expect(try count("""
                SELECT (SELECT count(*) FROM contacts WHERE date > ?1)
                     + (SELECT count(*) FROM follow_ups WHERE done_on > ?1)
                     + (SELECT count(*) FROM parents WHERE ally_since > ?1 OR waiting_since > ?1)
                     + (SELECT count(*) FROM cases WHERE removal_date > ?1 OR outcome_date >= ?1)
                     + (SELECT count(*) FROM class_attendance a JOIN class_sessions s ON s.id = a.session_id
                        WHERE a.attended AND s.date >= ?1)
                """) == 0)
            #expect(try count("SELECT count(*) FROM follow_ups WHERE done_on > due_date AND ? IS NOT NULL") > 0)
            #expect(try count("SELECT count(*) FROM follow_ups WHERE due_date = ? AND done_on IS NULL") > 0)
            let parentsClosedByOutcome = try count("""
                SELECT count(*) FROM parents WHERE status = 'closed' AND closing_reason IS NOT NULL AND ? IS NOT NULL
                """)
            #expect(parentsClosedByOutcome == (try count("SELECT count(*) FROM parents WHERE status = 'closed' AND ? IS NOT NULL")))
            #expect(try count("SELECT count(*) FROM class_attendance WHERE attended AND ? IS NOT NULL") > 0)
            #expect(try count("SELECT count(DISTINCT kind) FROM referrals WHERE ? IS NOT NULL") == 6)
        }
    }

    @Test("a weekend still opens on a full docket")
    func weekend() throws {
        let (directory, store, summary) = try demoStore(seed: 2, today: saturday)
        defer { withExtendedLifetime(directory) {} }
        let docket = try store.docket(on: saturday, matching: nil, page: everything)
        #expect((10...30).contains(docket.total))
        #expect(summary.hearingsToday == docket.total)
        #expect(Set(docket.rows.compactMap(\.courtroom)).count >= 3)
    }

    @Test("demo data goes only into an empty database, through the store's loader with one audit entry")
    func refusesFilledDatabase() throws {
        let (directory, store, _) = try demoStore()
        defer { withExtendedLifetime(directory) {} }
        #expect(throws: StoreError.self) { try store.fillWithDemoData(DemoOptions(today: monday)) }
        let audit = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT action, detail FROM audit_log").map { "\($0["action"] as String): \($0["detail"] as String)" }
        }
        #expect(audit.count == 1)
        #expect(audit.first?.hasPrefix("program loaded: demo, scale small, seed 1, today 2026-11-23; allies 6, ") == true)
    }

    @Test("reminders keep their hearing: open ones expire with it, passed ones closed as missed, unanswered calls counted")
    func followUpsKeepWhatThePolicyKnows() throws {
        let (directory, store, _) = try demoStore()
        defer { withExtendedLifetime(directory) {} }
        try store.read { (db: Database) throws -> Void in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [monday]) ?? 0 }
            #expect(try count("""
                SELECT count(*) FROM follow_ups f LEFT JOIN hearings h ON h.id = f.hearing_id
                WHERE f.kind = 'hearing reminder' AND (h.id IS NULL OR f.expires_on IS NOT h.date) AND ? IS NOT NULL
                """) == 0, "every reminder names its hearing and expires on its day")
            #expect(try count("SELECT count(*) FROM follow_ups WHERE missed AND done_on = expires_on AND done_on < ?") > 0)
            #expect(try count("SELECT count(*) FROM follow_ups WHERE missed AND (done_on <> expires_on OR done_on >= ?)") == 0)
            #expect(try count("SELECT count(*) FROM follow_ups WHERE attempts > 0 AND last_attempt_on <= ?") > 0)
        }
        // Nothing open is past its hearing today; a week on, the reminders for hearings since then are.
        #expect(try store.closeMissedReminders(asOf: monday) == 0)
        #expect(try store.closeMissedReminders(asOf: monday.adding(days: 7)) > 0)
    }

    @Test("a county-sized program: about fifteen hundred parents over three years")
    func county() throws {
        // Its speed is measured by `p4p demo --scale county`, which prints how long it took.
        let (directory, store, summary) = try demoStore(.county)
        defer { withExtendedLifetime(directory) {} }
        #expect((1_300...1_700).contains(summary.parents))
        #expect((20...45).contains(summary.hearingsToday))
        let docket = try store.docket(on: monday, matching: nil, page: everything)
        #expect(docket.total == summary.hearingsToday)
        #expect(summary.overdue > 0 && summary.unassigned > 0)
        let closed = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE outcome IS NOT NULL") ?? 0
        }
        #expect(closed > summary.cases / 3)
    }
}
