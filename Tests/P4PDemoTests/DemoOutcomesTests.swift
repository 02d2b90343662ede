import Foundation
import GRDB
import Testing
@testable import P4PDemo
@testable import P4PStore

private let monday = Day(iso: "2026-11-23")!

/// Children removed at least a year before `today`, by their family's service, with how many
/// came home within 12 months of their first removal: plain SQL on the demo's file.
private let reunifiedWithinAYear = """
    WITH mentored AS (
      SELECT p.id FROM parents p
      WHERE p.ally_since IS NOT NULL AND p.ally_since <= :monthAgo
        AND (SELECT count(*) FROM contacts c WHERE c.parent_id = p.id AND c.reached) >= 2),
    served AS (
      SELECT p.id FROM parents p WHERE p.ally_since IS NOT NULL
        OR EXISTS (SELECT 1 FROM hearing_parents hp WHERE hp.parent_id = p.id AND hp.engagement = 'met')
        OR EXISTS (SELECT 1 FROM contacts c WHERE c.parent_id = p.id AND c.reached)
        OR EXISTS (SELECT 1 FROM class_attendance a WHERE a.parent_id = p.id AND a.attended)),
    kids AS (
      SELECT (SELECT min(date) FROM child_moves m WHERE m.child_id = ch.id AND m.move = 'removed') AS removed,
             (SELECT min(date) FROM child_moves m WHERE m.child_id = ch.id AND m.move = 'returned home') AS home,
             CASE WHEN EXISTS (SELECT 1 FROM case_parents cp WHERE cp.case_id = ch.case_id AND cp.parent_id IN mentored)
                  THEN 'mentored'
                  WHEN EXISTS (SELECT 1 FROM case_parents cp WHERE cp.case_id = ch.case_id AND cp.parent_id IN served)
                  THEN 'served' ELSE 'never' END AS grp
      FROM children ch)
    SELECT grp, count(*) AS children,
           sum(home IS NOT NULL AND julianday(home) - julianday(removed) <= 365) AS home
    FROM kids WHERE removed <= :yearAgo GROUP BY grp
    """

@Suite("Demo outcomes")
struct DemoOutcomesTests {
    @Test("the county demo's children of mentored families come home within a year far more often than those never served")
    func mentoredFamiliesReunifySooner() throws {
        let directory = try DemoTestDirectory()
        defer { withExtendedLifetime(directory) {} }
        let store = try SQLiteStore.create(at: directory.path("demo.sqlite"))
        try store.fillWithDemoData(DemoOptions(scale: .county, seed: 1, today: monday))
        let groups = try store.read { (db: Database) throws in
            try Row.fetchAll(db, sql: reunifiedWithinAYear, arguments: [
                "monthAgo": monday.adding(days: -30).iso, "yearAgo": monday.adding(days: -365).iso,
            ]).reduce(into: [String: (children: Int, home: Int)]()) { $0[$1["grp"]] = ($1["children"], $1["home"]) }
        }
        let mentored = try #require(groups["mentored"]), never = try #require(groups["never"])
        #expect(mentored.children >= 100 && never.children >= 30)
        let mentoredRate = Double(mentored.home) / Double(mentored.children)
        let neverRate = Double(never.home) / Double(never.children)
        // The program's published results: about 60% against about 26%.
        #expect(mentoredRate > 0.45 && neverRate < 0.35 && mentoredRate - neverRate > 0.2)

        // Parents offered Dependency 101: those who attended reunify more often (published: 70% against 53%).
        let classes = try store.read { db in
            try Row.fetchAll(db, sql: """
                WITH offered AS (
                  SELECT p.id, EXISTS (SELECT 1 FROM class_attendance a JOIN class_sessions s ON s.id = a.session_id
                                       WHERE a.parent_id = p.id AND a.attended AND s.course = 'dependency-101') AS went,
                         (SELECT c.outcome FROM cases c JOIN case_parents cp ON cp.case_id = c.id
                          WHERE cp.parent_id = p.id) AS outcome
                  FROM parents p WHERE EXISTS (SELECT 1 FROM class_attendance a WHERE a.parent_id = p.id))
                SELECT went, 1.0 * sum(outcome = 'reunified') / sum(outcome IS NOT NULL) AS rate
                FROM offered GROUP BY went ORDER BY went
                """).map { $0["rate"] as Double }
        }
        #expect(classes.count == 2 && classes[1] > classes[0] + 0.15)
    }

    @Test("every child is removed on its case's removal day, and every move is on or after it")
    func movesFollowTheRemoval() throws {
        let directory = try DemoTestDirectory()
        defer { withExtendedLifetime(directory) {} }
        let store = try SQLiteStore.create(at: directory.path("demo.sqlite"))
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 3, today: monday))
        try store.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM children") ?? 0 > 0)
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM children ch JOIN cases c ON c.id = ch.case_id
                WHERE NOT EXISTS (SELECT 1 FROM child_moves m WHERE m.child_id = ch.id AND m.move = 'removed'
                                  AND m.date = c.removal_date)
                """) == 0)
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM child_moves m JOIN children ch ON ch.id = m.child_id JOIN cases c ON c.id = ch.case_id
                WHERE m.date < c.removal_date OR m.date > :today
                """, arguments: ["today": monday.iso]) == 0)
            // A reunified case's children all came home, the last of them on the outcome's day.
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM cases c WHERE c.outcome = 'reunified' AND c.outcome_date IS NOT
                  (SELECT max(m.date) FROM child_moves m JOIN children ch ON ch.id = m.child_id
                   WHERE ch.case_id = c.id AND m.move = 'returned home')
                """) == 0)
            // The court's compliance findings are only at review and permanency hearings.
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM hearing_parents hp JOIN hearings h ON h.id = hp.hearing_id
                JOIN hearing_types t ON t.id = h.type_id
                WHERE hp.services_compliance IS NOT NULL AND t.code NOT IN ('review', 'permanency')
                """) == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM hearing_parents WHERE services_compliance IS NOT NULL") ?? 0 > 0)
        }
    }
}
