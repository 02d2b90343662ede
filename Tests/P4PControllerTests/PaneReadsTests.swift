import Foundation
import GRDB
import Testing
@testable import P4PController
@testable import P4PStore

/// How often the panes are read from a real SQLite file: once each for the first frame, in a
/// window as long as the screen shows; after that only what a commit changed, this terminal's
/// own or another's.
@Suite struct PaneReadsTests {
    let today = Day(iso: "2026-11-23")!
    /// A 120x40 screen: 35 rows a pane, more than the 30 a pane read before its size was known.
    let paneRows = 35, pageLines = 36

    let once: [PaneID: Int] = [.docket: 1, .unassigned: 1, .overdue: 1]

    /// A small demo file, and a session on it not started yet.
    func unstarted(users: [(String, UserRole, String)] = []) throws -> (DeskSession, SQLiteStore) {
        let (_, demo) = try demoSession(today: today)
        for (name, role, pin) in users { try demo.addUser(name: name, role: role, secret: pin, parameters: .fastForTests) }
        let store = try SQLiteStore.open(at: demo.path)
        return (DeskSession(store: store, today: today), store)
    }

    /// The longest list is longer than a pane's 30 rows of old, and was read whole onto the screen.
    func expectLongListReadAsShown(_ state: AppState) {
        let longest = max(state.docket.total, state.unassigned.total, state.overdue.total)
        #expect(longest > 30, "the demo has a list longer than 30 rows")
        for (total, read) in [(state.docket.total, state.docket.page.rows.count),
                              (state.unassigned.total, state.unassigned.page.rows.count),
                              (state.overdue.total, state.overdue.page.rows.count)] {
            #expect(read == min(total, paneRows * 3), "three screens of rows, read at once")
        }
    }

    @Test func theDashboardsFirstFrameReadsEachPaneOnce() throws {
        let (session, _) = try unstarted()
        session.start(paneRows: paneRows, pageLines: pageLines)
        #expect(session.paneReads == once)
        expectLongListReadAsShown(session.state)
    }

    @Test func theSignInReadsNothingAndSigningInReadsEachPaneOnce() throws {
        let (session, _) = try unstarted(users: [("Dana Brooks", .supervisor, "246810")])
        session.start(paneRows: paneRows, pageLines: pageLines)
        #expect(session.paneReads.isEmpty, "nothing of the program is read before someone signs in")
        try pressKeys(session, "Dan Enter 246810 Enter")
        #expect(session.state.user?.name == "Dana Brooks")
        #expect(session.paneReads == once)
        #expect(!session.refreshIfChanged(), "the sign-in's own bookkeeping reloads nothing")
    }

    @Test func aScriptsUserKnownBeforeTheStartReadsEachPaneOnce() throws {
        let (session, store) = try unstarted(users: [("Dana Brooks", .supervisor, "246810")])
        session.signedIn(as: try #require(try store.user(named: "Dana Brooks")))
        #expect(session.paneReads.isEmpty, "the start reads the panes")
        session.start(paneRows: paneRows, pageLines: pageLines)
        #expect(session.paneReads == once)
        expectLongListReadAsShown(session.state)
    }

    @Test func anotherTerminalsHearingChangeReadsTheDocketOnly() throws {
        let (session, store) = try unstarted()
        session.start(paneRows: paneRows, pageLines: pageLines)
        let hearing = try #require(session.state.docket.page.rows.first?.hearingId)
        let ally = try #require(try store.read { db in try ID.fetchOne(db, sql: "SELECT id FROM allies WHERE active LIMIT 1") })

        let other = try SQLiteStore.open(at: store.path)
        try other.planCoverage(hearingId: hearing, allyId: ally, today: today, readVersion: nil)
        #expect(session.refreshIfChanged())
        #expect(session.paneReads == [.docket: 2, .unassigned: 1, .overdue: 1])
        #expect(session.state.docket.page.rows.first?.coveringAlly?.id == ally)
        #expect(!session.refreshIfChanged(), "read once")
    }

    @Test func openingAParentsFileReadsNothingAgainHereOrThere() throws {
        let (session, store) = try unstarted()
        session.start(paneRows: paneRows, pageLines: pageLines)
        let watching = DeskSession(store: try SQLiteStore.open(at: store.path), today: today)
        watching.start(paneRows: paneRows, pageLines: pageLines)

        try pressKeys(session, "2 Enter")
        guard case .detail(let detail) = session.state.screen, detail.detail != nil else {
            Issue.record("the file did not open")
            return
        }
        #expect(try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'parent detail opened'")
        } == 1, "the opening was recorded")
        #expect(!session.refreshIfChanged())
        #expect(!watching.refreshIfChanged())
        #expect(session.paneReads == once && watching.paneReads == once)
    }

    @Test func aSaveReadsAgainWhatItChangedOnceAndNothingElse() throws {
        let (session, _) = try unstarted()
        session.start(paneRows: paneRows, pageLines: pageLines)
        try pressKeys(session, "3 c")
        #expect(session.state.form != nil)
        try pressKeys(session, "Called C-s")
        #expect(session.state.form == nil, "\(session.state.form?.state.message.english ?? "")")
        // The contact and the follow-up it completes: Overdue shows them; the docket and
        // Unassigned show neither.
        #expect(session.paneReads == [.docket: 1, .unassigned: 1, .overdue: 2])
        #expect(!session.refreshIfChanged(), "the watcher does not read the save a second time")
    }
}
