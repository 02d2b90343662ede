import Foundation
import P4PPostgres
import ServerTestSupport
import Testing
@testable import P4PController
@testable import P4PStore

/// Once a day's docket is shown, the days `]`, `[` and `t` go to are read off the key path, so
/// those keys show a day already read; what was read ahead is not shown once a look finds the
/// docket changed (another terminal's save or this one's).
@Suite struct DocketReadAheadTests {
    let monday = Day(iso: "2026-11-23")!

    @Test func aDayShownAsksForTheDaysItsDayKeysGoTo() throws {
        var s = dashboard()  // Monday 23 November 2026
        var unread = s
        unread.docket.loaded = false
        #expect(unread.docketReadsAhead.isEmpty, "nothing before the day shown is read")
        send(&s, .paneLoaded(.docket, s.query(for: .docket), .success(.docket(.empty))))
        let asked = s.docketReadsAhead
        // Today is shown: `t` goes nowhere new.
        #expect(asked.map(\.day) == [Day(iso: "2026-11-24")!, Day(iso: "2026-11-20")!])
        for key in ["]", "["] {
            var there = s
            let query = try #require(press(&there, .char(Character(key))).paneQueries.first?.1)
            #expect(asked.contains(query), "\(key) asks for a docket read ahead of it")
        }

        press(&s, .char("]"))
        send(&s, .paneLoaded(.docket, s.query(for: .docket), .success(.docket(.empty))))
        // Monday is both the day before and today: read once.
        #expect(s.docketReadsAhead.map(\.day) == [Day(iso: "2026-11-25")!, monday])
        var back = s
        #expect(s.docketReadsAhead.contains(try #require(press(&back, .char("t")).paneQueries.first?.1)))
        // Paged down the day, the day keys still go to the tops of their days.
        press(&s, .pageDown)
        #expect(s.docketReadsAhead.map(\.day) == [Day(iso: "2026-11-25")!, monday])
    }

    @Test func aFilteredOrHiddenDocketReadsNothingAhead() {
        var s = dashboard()
        send(&s, .paneLoaded(.docket, s.query(for: .docket), .success(.docket(.empty))))
        var behind = s
        behind.screen = .detail(DetailState(parentIds: [1]))
        #expect(behind.docketReadsAhead.isEmpty, "a parent's file is read first")
        s.docket.filter = "Rivera"
        #expect(s.docketReadsAhead.isEmpty, "each character typed would read three days more")
    }

    @Test func theDayKeysShowDaysReadAheadOfThemAndNoDayIsReadTwice() throws {
        let store = InMemoryStore()
        let session = DeskSession(store: store, today: monday, clock: { keyTime })
        session.start()
        session.finishReadingAhead()
        let tuesday = Day(iso: "2026-11-24")!, friday = Day(iso: "2026-11-20")!, wednesday = Day(iso: "2026-11-25")!
        #expect(store.withRecords { $0.docketDaysRead } == [monday, tuesday, friday])
        try pressKeys(session, "]")
        #expect(session.state.docketDay == tuesday && session.state.docket.loaded)
        session.finishReadingAhead()
        // Tuesday came from the read ahead; Wednesday is read ahead of the next `]`, and Monday,
        // shown before, is kept.
        #expect(store.withRecords { $0.docketDaysRead } == [monday, tuesday, friday, wednesday])
        try pressKeys(session, "t [")
        #expect(session.state.docketDay == friday)
        session.finishReadingAhead()
        #expect(store.withRecords { $0.docketDaysRead } == [monday, tuesday, friday, wednesday, Day(iso: "2026-11-19")!])
    }

    @Test(arguments: TestEngine.all)
    func anotherTerminalsChangeToADayReadAheadIsShown(_ engine: TestEngine) throws {
        let (session, store) = try demoSession(today: monday, on: engine)
        session.finishReadingAhead()
        let tuesday = Day(iso: "2026-11-24")!
        let hearing = try #require(try store.docket(on: tuesday, matching: nil, page: PageRequest(offset: 0, limit: 1)).rows.first)
        let other = try anotherTerminal(on: store)
        defer { other.close() }
        try anotherTerminalWrites(session, store: store) {
            _ = try other.engine.write { try $0.execute("UPDATE hearings SET courtroom = 'Dept 99' WHERE id = ?", [.integer(hearing.hearingId)]) }
        }
        try pressKeys(session, "]")
        #expect(session.state.docketDay == tuesday)
        #expect(session.state.docket.page.rows.first { $0.hearingId == hearing.hearingId }?.courtroom == "Dept 99")
    }
}
