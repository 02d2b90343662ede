import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The outcomes report on screen: `R`, defined once in the action table, opens it for a
/// supervisor over the twelve months ending today; an ally is told why not; `[` and `]` move the
/// twelve months a month at a time (never past today), `c` steps through the counties; an
/// answer for a period or county no longer asked for is dropped.
@Suite struct OutcomesScreenTests {
    let today = Sample.today  // 2026-11-23
    static func d(_ iso: String) -> Day { Day(iso: iso)! }
    var twelveMonths: ReportPeriod { ReportPeriod(from: Self.d("2025-11-24"), to: Self.d("2026-11-23"))! }
    var monthBack: ReportPeriod { ReportPeriod(from: Self.d("2025-10-24"), to: Self.d("2026-10-23"))! }

    func query(_ period: ReportPeriod, county: String? = nil) -> OutcomesQuery {
        OutcomesQuery(period: period, county: county, today: today)
    }

    func report(_ query: OutcomesQuery, served: Int) -> OutcomesPage {
        var figures = OutcomeGroupFigures(group: .served, parents: served, attendance: Ratio(20, of: 40), services: Ratio(0, of: 0),
                                          visitation: Ratio(0, of: 0), reunifiedChildren: Ratio(0, of: 0),
                                          reunifiedCases: Ratio(0, of: 0), daysToPermanency: [], reentry: Ratio(0, of: 0))
        figures.parents = served
        return OutcomesPage(report: OutcomesReport(period: query.period, county: query.county, groups: [figures],
                                                   unrecordedHearings: 0, childrenWithoutRemoval: 0),
                            counties: ["King", "Pierce"])
    }

    func shown(_ s: AppState) -> OutcomesState? {
        if case .outcomes(let outcomes) = s.screen { return outcomes }
        return nil
    }

    @Test func theKeysAreInTheTableOnly() {
        #expect(ActionTable.action(for: .char("R"), in: .dashboard) == .outcomesReport)
        #expect(ActionTable.action(.outcomesReport).act == .readReports)
        #expect(!ActionTable.action(.outcomesReport).isOffered(to: .ally))
        #expect(ActionTable.action(for: .char("["), in: .outcomes) == .previousPeriod)
        #expect(ActionTable.action(for: .char("]"), in: .outcomes) == .nextPeriod)
        #expect(ActionTable.action(for: .char("c"), in: .outcomes) == .nextCounty)
        #expect(ActionTable.action(for: .escape, in: .outcomes) == .back)
        #expect(ActionTable.action(for: .pageDown, in: .outcomes) == .pageDown)
        #expect(ActionTable.action(for: .char("R"), in: .outcomes) == nil)
        #expect(ActionTable.action(for: .char("["), in: .dashboard) == .previousDay, "the dashboard's [ is still the docket's day")
    }

    @Test func theKeyOpensTheTwelveMonthsEndingToday() {
        var s = dashboard()
        #expect(press(&s, .char("R")) == [.loadOutcomes(query(twelveMonths), audit: true)])
        #expect(s.context == .outcomes && shown(s)?.report == nil)
        send(&s, .outcomesArrived(query(twelveMonths), .success(report(query(twelveMonths), served: 40))))
        #expect(shown(s)?.report?.groups.first?.parents == 40)
        #expect(shown(s)?.counties == ["King", "Pierce"])
        press(&s, .escape)
        #expect(s.context == .dashboard)
    }

    @Test func bracketsMoveTheTwelveMonthsAndReadAgainNeverPastToday() {
        var s = dashboard()
        press(&s, .char("R"))
        send(&s, .outcomesArrived(query(twelveMonths), .success(report(query(twelveMonths), served: 40))))
        // Opened and recorded: reading again records nothing more.
        #expect(press(&s, .char("[")) == [.loadOutcomes(query(monthBack), audit: false)])
        #expect(shown(s)?.report == nil, "last period's figures are not shown under this one's title")
        #expect(shown(s)?.monthsBack == 1)
        #expect(press(&s, .char("]")) == [.loadOutcomes(query(twelveMonths), audit: false)])
        #expect(press(&s, .char("]")) == [], "never past today")
        #expect(s.message?.english == "The twelve months already end today")
        #expect(shown(s)?.monthsBack == 0)
    }

    @Test func aLateAnswerForAnotherPeriodIsIgnored() {
        var s = dashboard()
        press(&s, .char("R"))
        // `[` before the first answer: it still records the opening, as the first may never show.
        #expect(press(&s, .char("[")) == [.loadOutcomes(query(monthBack), audit: true)])
        send(&s, .outcomesArrived(query(twelveMonths), .success(report(query(twelveMonths), served: 40))))
        #expect(shown(s)?.report == nil, "the twelve months ending today are no longer asked for")
        send(&s, .outcomesArrived(query(twelveMonths), .failure(.notAllowed("refusal.onlySupervisorReports"))))
        #expect(s.context == .outcomes && s.message == nil, "nor is a late refusal for them")
        send(&s, .outcomesArrived(query(monthBack), .success(report(query(monthBack), served: 30))))
        #expect(shown(s)?.report?.groups.first?.parents == 30 && shown(s)?.report?.period == monthBack)

        press(&s, .escape)
        send(&s, .outcomesArrived(query(monthBack), .success(report(query(monthBack), served: 30))))
        #expect(s.context == .dashboard, "an answer arriving after Esc does not open the page again")
    }

    @Test func theCountyKeyStepsThroughEveryCountyThenAll() {
        var s = dashboard()
        press(&s, .char("R"))
        #expect(press(&s, .char("c")) == [], "the counties come with the first answer")
        #expect(s.message?.english == "The counties are not read yet")
        send(&s, .outcomesArrived(query(twelveMonths), .success(report(query(twelveMonths), served: 40))))
        #expect(press(&s, .char("c")) == [.loadOutcomes(query(twelveMonths, county: "King"), audit: false)])
        #expect(press(&s, .char("[")) == [.loadOutcomes(query(monthBack, county: "King"), audit: false)])
        #expect(press(&s, .char("c")) == [.loadOutcomes(query(monthBack, county: "Pierce"), audit: false)])
        #expect(press(&s, .char("c")) == [.loadOutcomes(query(monthBack), audit: false)])
    }

    @Test func anotherTerminalsSaveOrMidnightReadsItAgain() {
        var s = dashboard()
        press(&s, .char("R"))
        send(&s, .outcomesArrived(query(twelveMonths), .success(report(query(twelveMonths), served: 40))))
        #expect(send(&s, .dataChanged(.all)).contains(.loadOutcomes(query(twelveMonths), audit: false)))
        let tomorrow = today.adding(days: 1)
        let next = OutcomesQuery(period: ReportPeriod(from: Self.d("2025-11-25"), to: tomorrow)!, county: nil, today: tomorrow)
        #expect(send(&s, .dayChanged(tomorrow)).contains(.loadOutcomes(next, audit: false)), "the twelve months end on the new day")
    }

    @Test func twelveMonthsEndOnTheSameDayOrTheMonthsLast() {
        #expect(OutcomesState.twelveMonths(endingMonthsBefore: 0, Self.d("2026-03-31"))
                == ReportPeriod(from: Self.d("2025-04-01"), to: Self.d("2026-03-31")))
        #expect(OutcomesState.twelveMonths(endingMonthsBefore: 1, Self.d("2026-03-31"))
                == ReportPeriod(from: Self.d("2025-03-01"), to: Self.d("2026-02-28")))
        #expect(OutcomesState.twelveMonths(endingMonthsBefore: 14, Self.d("2026-01-15"))
                == ReportPeriod(from: Self.d("2023-11-16"), to: Self.d("2024-11-15")))
    }

    // MARK: - A session over the store

    @Test func aSessionReadsWhatTheStoreHoldsAndRecordsTheOpeningOnce() throws {
        let store = InMemoryStore()
        store.putOutcomes(report(query(twelveMonths), served: 52).report.groups)
        store.putCounties(["King"])
        let session = DeskSession(store: store, today: today, clock: { keyTime })
        session.start()
        try pressKeys(session, "R")
        #expect(shown(session.state)?.report?.groups.first?.parents == 52)
        try pressKeys(session, "[ c")
        session.finishWrites()
        #expect(store.outcomesAsked == [query(twelveMonths), query(monthBack), query(monthBack, county: "King")])
        #expect(store.auditActions.filter { $0 == "outcomes report opened" }.count == 1)
        #expect(shown(session.state)?.county == "King" && shown(session.state)?.report?.county == "King")
    }

    @Test func aSupervisorSeesTheStoresReportAndTheOpeningIsAudited() throws {
        let (session, store, _) = try sessionWithUsers(today: today, [("Dana Brooks", .supervisor, "246810")])
        try pressKeys(session, "Dana Enter 246810 Enter R")
        guard let outcomes = shown(session.state), let report = outcomes.report else {
            Issue.record("the outcomes report opens: \(session.state.message?.english ?? "")"); return
        }
        // The same model the store gives the command line.
        #expect(report == (try store.outcomesReport(twelveMonths, county: nil, today: today)))
        #expect(outcomes.counties == (try store.reportCounties()))
        try pressKeys(session, "Escape")
        session.finishWrites()
        let log = try store.auditLog(AuditFilter(user: "Dana Brooks"), page: PageRequest(offset: 0, limit: 10))
        #expect(log.rows.contains { $0.action == "outcomes report opened" })
        #expect(log.rows.first { $0.action == "outcomes report opened" }?.what.english == "opened the outcomes report")
    }

    @Test func anAllyIsToldTheyCannot() throws {
        let (session, store, _) = try sessionWithUsers(today: today, [("Rosa Delgado", .ally, "135790")])
        try pressKeys(session, "Rosa Enter 135790 Enter R")
        #expect(shown(session.state) == nil, "an ally stays on the dashboard")
        #expect(session.state.message?.english == "Only a supervisor reads the reports")
        session.finishWrites()
        let log = try store.auditLog(AuditFilter(user: "Rosa Delgado"), page: PageRequest(offset: 0, limit: 10))
        #expect(!log.rows.contains { $0.action == "outcomes report opened" })
    }
}
