import Foundation
import Testing
@testable import P4PStore

/// The morning review of Monday 2 November 2026 on ReportWorld, lists cut at 2 rows so the
/// totals show; every answer worked out by hand.
@Suite struct MorningReviewTests {
    let today = ReportWorld.d("2026-11-02")

    @Test func everyPartMatchesTheHandCalculation() throws {
        let world = try ReportWorld()
        let r = try world.store.morningReview(today: today, limit: 2)

        // Today's hearings needing cover: C4 review 09:00 (no ally), C5 shelter 10:00 (Ana),
        // C6 shelter 13:30 (no ally); the cancelled C2 review does not count. Two uncovered.
        #expect(r.uncoveredHearings.total == 2)
        #expect(r.uncoveredHearings.rows.map(\.caseNumber) == ["C4", "C6"])
        #expect(r.uncoveredHearings.rows.map(\.parentNames) == [["P6 Mother"], ["P10 Father"]])
        // P6 was heard on 10-30, so C4's review is nobody's first; C6's is P10's.
        #expect(r.uncoveredHearings.rows.map(\.isFirstHearing) == [false, true])

        // First hearings today: P9 at 10:00 (covered by Ana), P10 at 13:30 (nobody); neither
        // has an ally yet.
        #expect(r.firstHearings.total == 2)
        #expect(r.firstHearings.rows.map(\.parentName) == ["P9 Mother", "P10 Father"])
        #expect(r.firstHearings.rows.map(\.coveringAlly) == ["Ana Ruiz", nil])
        #expect(r.firstHearings.rows.allSatisfy { $0.assignedAlly == nil })

        // Unassigned and open: P8 since 09-01 (62 days: 29 left of September + 31 + 2),
        // P9 since 10-30 (3), P10 since 11-01 (1). Two listed of 3, longest first.
        #expect(r.longestWaiting.total == 3)
        #expect(r.longestWaiting.rows.map(\.name) == ["P8 Father", "P9 Mother"])
        #expect(r.longestWaiting.rows.map { $0.daysWaiting(asOf: today) } == [62, 3])
        #expect(r.longestWaiting.rows.map(\.nextHearing) == [nil, today])

        // Overdue (due before today, not done, parent open): Ana P1 10-20 and P2 10-25 = 2;
        // nobody's P8 10-15 = 1; Ben P3 10-28 = 1. P4's is due today, P5's was done, and Q3 is
        // closed. Most first, then the oldest: Ana, nobody, Ben; two listed of 3 groups.
        #expect(r.overdueTotal == 4)
        #expect(r.overdueByAlly.total == 3)
        #expect(r.overdueByAlly.rows.map(\.ally?.name) == ["Ana Ruiz", nil])
        #expect(r.overdueByAlly.rows.map(\.overdue) == [2, 1])
        #expect(r.overdueByAlly.rows.map(\.oldestDue) == [ReportWorld.d("2026-10-20"), ReportWorld.d("2026-10-15")])

        // Caseloads of active allies (Cy is not): Ana P1 P2 P4 P5 = 4 of 4 (full), Ben P3 P6 P7
        // Q1 Q2 = 5 of 10. Fullest first; one at or over the limit.
        #expect(r.caseloads.total == 2)
        #expect(r.caseloads.rows.map(\.ally.name) == ["Ana Ruiz", "Ben Okafor"])
        #expect(r.caseloads.rows.map(\.openParents) == [4, 5] && r.caseloads.rows.map(\.limit) == [4, 10])
        #expect(r.alliesAtLimit == 1)

        // This month so far (1-2 November): no first hearing held, no class; P8's phone call on
        // 11-01 reached him: 1 of 1. Last month is October, as in ProgramReportTests.
        #expect(r.thisMonth.period == ReportPeriod(from: ReportWorld.d("2026-11-01"), to: today))
        #expect(r.thisMonth.reachedAtFirstHearing == Ratio(0, of: 0))
        #expect(r.thisMonth.dependency101 == Ratio(0, of: 0))
        #expect(r.thisMonth.contactsReached == Ratio(1, of: 1))
        #expect(r.lastMonth.period == ReportPeriod(month: "2026-10"))
        #expect(r.lastMonth.reachedAtFirstHearing == Ratio(3, of: 5))
        #expect(r.lastMonth.dependency101 == Ratio(3, of: 4))
        #expect(r.lastMonth.contactsReached == Ratio(4, of: 6))
    }

    @Test func theUsualLimitListsEveryoneHere() throws {
        let r = try ReportWorld().store.morningReview(today: today)
        #expect(r.longestWaiting.rows.count == 3 && r.overdueByAlly.rows.count == 3)
    }
}
