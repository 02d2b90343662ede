import Foundation
import GRDB
import Testing
@testable import P4PDemo
@testable import P4PStore

private let monday = Day(iso: "2026-11-23")!

/// The state scale's shape, on the busy county and the three smallest others (the whole state
/// is measured by `p4p demo --scale state`, which prints how long it took).
@Suite("Demo data: a statewide program")
struct DemoStateTests {
    private static let options = DemoOptions(scale: .state, seed: 1, today: monday, withUsers: true, counties: 4)

    @Test("the same options give the same records and the same audit log, however the counties are shared out")
    func repeatable() throws {
        let a = try ProgramLoad.demo(Self.options)
        let b = try ProgramLoad.demo(Self.options)
        #expect(a.parents == b.parents && a.hearings == b.hearings && a.contacts == b.contacts && a.followUps == b.followUps)
        #expect(a.auditEntries == b.auditEntries)
        #expect(Set(a.cases.map(\.caseNumber)).count == a.cases.count, "each county numbers its own cases")
        #expect(Set(a.allies.map(\.name)).count == a.allies.count, "a user is linked to the one ally of their name")
    }

    @Test("history closes as the program closes it; today's lists are one busy county's")
    func shape() throws {
        let directory = try DemoTestDirectory()
        defer { withExtendedLifetime(directory) {} }
        let store = try SQLiteStore.create(at: directory.path("state.sqlite"))
        let summary = try store.fillWithDemoData(Self.options)
        try store.read { (db: Database) throws -> Void in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [monday]) ?? 0 }
            #expect(try count("""
                SELECT count(*) FROM follow_ups f JOIN parents p ON p.id = f.parent_id
                WHERE f.done_on IS NULL AND p.status = 'closed' AND ? IS NOT NULL
                """) == 0, "no closed parent keeps an open follow-up")
            #expect(try count("""
                SELECT count(*) FROM follow_ups f JOIN hearings h ON h.id = f.hearing_id
                WHERE f.done_on IS NULL AND h.date < ?
                """) == 0, "reminders for past hearings closed as missed")
            #expect(try count("SELECT count(*) FROM hearings WHERE status = 'scheduled' AND date < ?") == 0)
            #expect(try count("""
                SELECT count(DISTINCT substr(case_number, instr(case_number, ' ') + 1)) FROM cases
                WHERE case_number LIKE '% %' AND ? IS NOT NULL
                """) == 3, "every county's cases, told apart by their numbers")
            #expect(try count("""
                SELECT count(*) FROM parents p JOIN case_parents cp ON cp.parent_id = p.id JOIN cases c ON c.id = cp.case_id
                WHERE p.status = 'open' AND c.case_number LIKE '% %' AND ? IS NOT NULL
                """) == 0, "the other counties' programs ended: their files are all closed")
            #expect(try count("SELECT count(*) FROM allies WHERE active AND ? IS NOT NULL") <= 14)
            #expect(try count("""
                SELECT count(*) FROM hearings h JOIN cases c ON c.id = h.case_id WHERE h.date = ? AND c.case_number LIKE '% %'
                """) == 0, "today's docket is the busy county's")
        }
        #expect((26...45).contains(summary.hearingsToday))
        #expect(summary.overdue > 0 && summary.unassigned > 0)
        #expect(summary.overdue < 400 && summary.unassigned < 100, "today's lists as busy as one county's")

        // Counts in proportion: ten years of hearings and contacts, about two audit entries a contact.
        let audit = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") ?? 0 }
        #expect(summary.hearings > 3 * summary.parents)
        #expect(summary.contacts > 10 * summary.parents)
        #expect(summary.followUps > summary.contacts / 2)
        #expect(audit > 2 * summary.contacts && audit < 4 * summary.contacts)
        #expect(try store.verifyAuditLog().intact)
        #expect(try store.verifyAuditLog().entries == audit)
    }

    @Test("a long-history parent's log reads back in words, oldest acts by the people who did them")
    func parentLog() throws {
        let directory = try DemoTestDirectory()
        defer { withExtendedLifetime(directory) {} }
        let store = try SQLiteStore.create(at: directory.path("state.sqlite"))
        try store.fillWithDemoData(Self.options)
        let (parent, entries) = try store.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT entity_id, count(*) AS n FROM audit_log WHERE entity = 'parent' GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT 1
                """)!
            return (row["entity_id"] as ID, row["n"] as Int)
        }
        #expect(entries > 20)
        let log = try store.auditLog(AuditFilter(parentId: parent), page: PageRequest(offset: 0, limit: 1_000))
        #expect(log.total == entries)
        #expect(log.rows.allSatisfy { $0.what.key != "verbatim" }, "every entry told by a sentence of its own")
        let sentences = log.rows.map { $0.sentence(.english) }
        #expect(sentences.contains { $0.contains("logged a contact with") })
        #expect(sentences.contains { $0.contains("assigned") })
        #expect(!sentences.contains { $0.contains("no longer on file") })
    }
}
