import Foundation
import Testing
@testable import P4PStore

/// The morning review of Monday 2 November 2026 on ReportWorld, lists cut at 2 rows so the
/// totals show; every answer worked out by hand.
@Suite struct MorningReviewTests {
    let today = ReportWorld.d("2026-11-02")

    @Test(arguments: TestEngine.all)
    func everyPartMatchesTheHandCalculation(_ engine: TestEngine) throws {
        let world = try ReportWorld(engine)
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

    @Test(arguments: TestEngine.all)
    func theUsualLimitListsEveryoneHere(_ engine: TestEngine) throws {
        let r = try ReportWorld(engine).store.morningReview(today: today)
        #expect(r.longestWaiting.rows.count == 3 && r.overdueByAlly.rows.count == 3)
    }
}

/// The two lists that make the record complete: past hearings nobody recorded, and cases
/// lacking their dates. Built on ReportWorld (where both are empty) plus the records below.
@Suite struct MorningReviewRecordTests {
    let today = ReportWorld.d("2026-11-02")

    @Test(arguments: TestEngine.all)
    func reportWorldHasNothingToComplete(_ engine: TestEngine) throws {
        // Every hearing before 11-02 there is held, continued or cancelled, and every case has
        // both dates.
        let r = try ReportWorld(engine).store.morningReview(today: today)
        #expect(r.pastHearingsNotRecorded.total == 0 && r.pastHearingsNotRecorded.rows.isEmpty)
        #expect(r.casesMissingDates.total == 0 && r.casesMissingDates.rows.isEmpty)
    }

    @Test(arguments: TestEngine.all)
    func pastHearingsStillScheduledAndCasesWithoutDatesAreListed(_ engine: TestEngine) throws {
        let world = try ReportWorld(engine)
        let f = world.fixture
        let d = ReportWorld.d
        // Cases from the court calendar: D1 with neither date (an open mother and father),
        // D2 with a petition date only, D3 with both dates, D4 with neither but only a closed
        // parent, D5 with neither and nobody on it.
        let m1 = try f.parent("D1 Mother", waitingSince: d("2026-10-20"))
        let f1 = try f.parent("D1 Father", waitingSince: d("2026-10-20"))
        let d1 = try f.dependencyCase("D1")
        try f.link(parent: f1, to: d1, as: .father); try f.link(parent: m1, to: d1, as: .mother)
        let m2 = try f.parent("D2 Mother", waitingSince: d("2026-10-20"))
        let d2 = try f.write { db -> ID in
            var record = DependencyCase(caseNumber: "D2", petitionDate: d("2026-10-19"))
            try record.insert(db)
            return record.id!
        }
        try f.link(parent: m2, to: d2, as: .mother)
        let m3 = try f.parent("D3 Mother", waitingSince: d("2026-10-20"))
        let d3 = try f.dependencyCase("D3", petition: d("2026-10-18"))
        try f.link(parent: m3, to: d3, as: .mother)
        let closed = try f.parent("D4 Father", waitingSince: d("2025-01-01"), status: .closed)
        try f.link(parent: closed, to: try f.dependencyCase("D4"), as: .father)
        try f.dependencyCase("D5")

        // Hearings: D1's on 10-27 at 14:00 and 10-27 at 09:00, still scheduled; D2's on 11-01
        // still scheduled, with Ben covering; D3's on 10-29 held; D1's today and D3's tomorrow
        // are not past.
        let late = try f.hearing(case: d1, on: d("2026-10-27"), at: "14:00")
        let early = try f.hearing(case: d1, on: d("2026-10-27"), at: "09:00")
        let yesterday = try f.hearing(case: d2, on: d("2026-11-01"), ally: world.ben)
        try f.hearing(case: d3, on: d("2026-10-29"), status: .held)
        try f.hearing(case: d1, on: today)
        try f.hearing(case: d3, on: d("2026-11-03"))

        let r = try world.store.morningReview(today: today, limit: 2)
        // Past and scheduled: 10-27 09:00, 10-27 14:00, 11-01 = 3, oldest first, two listed.
        #expect(r.pastHearingsNotRecorded.total == 3)
        #expect(r.pastHearingsNotRecorded.rows.map(\.hearingId) == [early, late])
        #expect(r.pastHearingsNotRecorded.rows.map(\.parentNames) == [["D1 Mother", "D1 Father"], ["D1 Mother", "D1 Father"]])
        let all = try world.store.morningReview(today: today, limit: 20)
        #expect(all.pastHearingsNotRecorded.rows.map(\.hearingId) == [early, late, yesterday])
        #expect(all.pastHearingsNotRecorded.rows.map(\.coveringAlly) == [nil, nil, "Ben Okafor"])

        // Missing a date, with an open parent: D1 (both missing), D2 (removal missing) = 2.
        // D3 has both; D4's only parent is closed; D5 has no parent.
        #expect(r.casesMissingDates.total == 2)
        #expect(r.casesMissingDates.rows.map(\.caseNumber) == ["D1", "D2"])
        #expect(r.casesMissingDates.rows.map(\.parentNames) == [["D1 Mother", "D1 Father"], ["D2 Mother"]])
        #expect(r.casesMissingDates.rows.map { $0.missing.text(.english) } == ["removal date, petition date", "removal date"])
        #expect(r.casesMissingDates.rows.map { $0.missing.text(.spanish) } == ["fecha de separación, fecha de petición",
                                                                               "fecha de separación"])

        // At a glance counts both; the CSV carries both lists.
        let glance = Dictionary(uniqueKeysWithValues: r.summaryLines.map { ($0.label.text(.english), $0.count) })
        #expect(glance["Past hearings not recorded"] == 3 && glance["Cases missing a removal or petition date"] == 2)
        let csv = try r.document.formatted(.csv, in: .english)
        let lines = csv.split(separator: "\n")
        let unrecorded = lines.filter { $0.hasPrefix("Past hearings not recorded,") }
        #expect(unrecorded.count == 2 && unrecorded[0].hasPrefix("Past hearings not recorded,1,3,"), "\(csv)")
        #expect(unrecorded[0].contains("2026-10-27") && unrecorded[0].contains("Shelter 72h") && unrecorded[0].contains("D1 Mother; D1 Father"))
        let missing = lines.filter { $0.hasPrefix("Cases missing dates,") }
        #expect(missing.count == 2 && missing[1].hasPrefix("Cases missing dates,2,2,") && missing[1].contains("D2"), "\(csv)")
    }
}
