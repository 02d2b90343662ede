import Foundation
import GRDB
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// A parent's detail with the case's children and their dated moves, and the outcome the moves
/// suggest, at the smallest screen.
@Suite struct CaseDetailGoldenTests {
    @Test func childrenWithTheirPlacementHistory() throws {
        let store = try Fixture.makeStore()
        let caseId = try store.read { db in try ID.fetchOne(db, sql: "SELECT id FROM cases WHERE case_number = '26-7-01001-1'")! }
        let today = Fixture.today
        let lucia = try store.addChild(Child(caseId: caseId, name: "L.N.", birthYear: 2019), today: today)
        let mateo = try store.addChild(Child(caseId: caseId, name: "M.N.", birthYear: 2022), today: today)
        for (child, iso, move) in [(lucia, "2026-11-20", ChildMoveKind.removed), (lucia, "2026-11-21", .placedWithRelative),
                                   (lucia, "2026-11-22", .returnedHome), (mateo, "2026-11-20", .removed),
                                   (mateo, "2026-11-22", .returnedHome)] {
            try store.addChildMove(ChildMove(childId: child, date: Day(iso: iso)!, move: move), expecting: nil)
        }
        let session = DeskSession(store: store, today: today, language: .english)
        let canvas = Headless.run(session, size: Size("80x24")!, keys: try KeyScript.parse("Enter"))
        try GoldenFiles.expect("detail-children-80x24", canvas)
        #expect(canvas.text.contains("L.N. b. 2019: removed Fri 20 Nov → placed with relative Sat 21 Nov"))
        #expect(canvas.text.contains("Children's moves suggest the outcome reunified Sun 22 Nov (O)"))
    }

    /// The parent's hearings say what the court recorded for them: present or absent, and its
    /// findings on services and visitation (a finding of "not addressed" says nothing).
    @Test func hearingsShowTheCourtsRecordForTheParent() throws {
        let store = try Fixture.makeStore()
        let today = Fixture.today
        let (hearingId, parentId) = try store.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT h.id, cp.parent_id FROM hearings h JOIN case_parents cp ON cp.case_id = h.case_id
                JOIN cases c ON c.id = h.case_id WHERE c.case_number = '26-7-01001-1' ORDER BY h.date, cp.parent_id LIMIT 1
                """)!
            return (row["id"] as ID, row["parent_id"] as ID)
        }
        let ally = try store.read { db in try ID.fetchOne(db, sql: "SELECT id FROM allies ORDER BY id")! }
        var outcome = CourtOutcome(hearingId: hearingId, engagement: [parentId: .met], coveringAllyId: ally, status: .held, today: today)
        outcome.attended = [parentId: true]
        outcome.servicesCompliance = [parentId: .compliant]
        outcome.visitationCompliance = [parentId: .notAddressed]
        try store.recordCourtOutcome(outcome)
        let session = DeskSession(store: store, today: today, language: .english)
        let canvas = Headless.run(session, size: Size("120x40")!, keys: try KeyScript.parse("Enter"))
        #expect(canvas.text.contains("met · present · services: compliant"), "\(canvas.text)")
        #expect(!canvas.text.contains("visitation:"))
    }
}
