import Foundation
import GRDB
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// A parent's detail with the case's children and their dated moves, and the outcome the moves
/// suggest, at the smallest screen.
@Suite struct CaseDetailGoldenTests {
    /// The fixture's first parent, on a case with two children who were removed and came home.
    func family() throws -> SQLiteStore {
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
        return store
    }

    func canvas(_ keys: String) throws -> Canvas {
        let session = DeskSession(store: try family(), today: Fixture.today, language: .english)
        return Headless.run(session, size: Size("80x24")!, keys: try KeyScript.parse(keys))
    }

    @Test func childrenWithTheirPlacementHistory() throws {
        let canvas = try canvas("Enter")
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

    /// C on a case with two children: which one, the first chosen already.
    @Test func choosingAChildToCorrect() throws {
        let canvas = try canvas("Enter C")
        try GoldenFiles.expect("form-choose-child-80x24", canvas)
        #expect(canvas.text.contains("Which child? Case 26-7-01001-1"))
    }

    /// C, the second child chosen: its record as on file, the detail behind.
    @Test func correctingAChild() throws {
        let canvas = try canvas("Enter C Space Enter")
        try GoldenFiles.expect("form-edit-child-80x24", canvas)
        #expect(canvas.text.contains("Correct a child of case 26-7-01001-1"))
        #expect(canvas.text.contains("M.N.") && canvas.text.contains("2022"))
    }

    /// X, Mateo's removal chosen and a reason typed.
    @Test func removingAMoveRecordedInError() throws {
        let canvas = try canvas("Enter X Space Space Space Space Tab entered Space twice")
        try GoldenFiles.expect("form-remove-move-80x24", canvas)
        #expect(canvas.text.contains("M.N.: removed, Fri 20 Nov"))
    }

    /// Help over a parent's detail lists the detail's keys first, from the action table.
    @Test func helpOverTheDetailNamesTheChildKeys() throws {
        let session = DeskSession(store: try family(), today: Fixture.today, language: .english)
        let text = Headless.run(session, size: Size("100x50")!, keys: try KeyScript.parse("Enter ?")).text
        #expect(text.contains("C                Correct a child's name or birth year"))
        #expect(text.contains("X                Remove a child's move recorded in error, with a reason"))
    }
}
