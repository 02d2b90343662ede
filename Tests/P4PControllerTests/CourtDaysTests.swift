import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// `[` and `]` on the dashboard step over the days the court does not sit: weekends, and the
/// court holidays of the store's follow-up policy, which come with the docket's answer.
@Suite struct CourtDaysTests {
    let thanksgiving = Day(iso: "2026-11-26")!, dayAfter = Day(iso: "2026-11-27")!

    @Test func theStepsSkipTheHolidaysTheDocketCameWith() throws {
        var s = dashboard()  // Monday 23 November 2026
        let court = CourtCalendar(holidays: [thanksgiving, dayAfter])
        send(&s, .paneLoaded(.docket, s.query(for: .docket), .success(.docket(.empty, court: court))))
        #expect(s.court == court)
        press(&s, [.char("]"), .char("]")])
        #expect(s.docketDay == Day(iso: "2026-11-25")!, "Tuesday, then Wednesday")
        let (_, next) = try #require(press(&s, .char("]")).paneQueries.first)
        // Thursday 26 is Thanksgiving, Friday 27 the day after, then the weekend.
        #expect(next.day == Day(iso: "2026-11-30")! && s.docketDay == next.day)
        press(&s, .char("["))
        #expect(s.docketDay == Day(iso: "2026-11-25")!)
    }

    @Test func beforeTheStoreAnsweredOnlyWeekendsAreSkipped() {
        var s = AppState(today: Day(iso: "2026-11-27")!, databaseName: "test.sqlite")  // a Friday
        press(&s, .char("]"))
        #expect(s.docketDay == Day(iso: "2026-11-30")!)
    }

    @Test func theSessionReadsTheCalendarFromTheStore() throws {
        let store = InMemoryStore()
        store.withRecords { $0.courtHolidays = [thanksgiving, dayAfter] }
        let session = DeskSession(store: store, today: Day(iso: "2026-11-25")!, clock: { keyTime })
        session.start()
        try pressKeys(session, "]")
        #expect(session.state.docketDay == Day(iso: "2026-11-30")!)
    }
}
