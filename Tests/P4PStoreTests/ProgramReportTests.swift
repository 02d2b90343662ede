import Foundation
import Testing
@testable import P4PStore

/// Every figure of the program report for October 2026, on ReportWorld, against answers worked
/// out by hand below. The definitions are the README's ("Reports and their definitions").
@Suite struct ProgramReportTests {
    let october = ReportPeriod(month: "2026-10")!

    @Test(arguments: TestEngine.all)
    func everyFigureMatchesTheHandCalculation(_ engine: TestEngine) throws {
        let world = try ReportWorld(engine)
        let r = try world.store.programReport(october)
        #expect(r.period.from == ReportWorld.d("2026-10-01") && r.period.to == ReportWorld.d("2026-10-31"))

        // Parents served: a reached contact, met at a hearing, or at a class, in October.
        //   reached contacts: P1 (10-02 phone), P3 (10-03), P7 (10-12), P2 (10-01 court)
        //     [P1's text 10-09 and P8's video 10-31 did not reach; P1 09-30 and P8 11-01 are outside]
        //   met at a hearing: P1 (H1, H2), P3 (H4), P5 and P4 (H7), P6 (H8)
        //   at a class: P1, P4 (10-15), P2 (10-22), P6 (Dependency 201, 10-29)
        //   union: P1 P2 P3 P4 P5 P6 P7 = 7 (P8 had only a contact that did not reach)
        #expect(r.parentsServed == 7)

        // Reached at first hearing: each parent's first held hearing in a case, dated in October.
        //   P1 at H1 10-01 met; P2 at H1 declined
        //   P3: first held hearing was H3 on 09-28, outside
        //   P4: H5 10-10 was continued, so H6 10-14 is the first: not present
        //   P5 joined C3 on 10-20: H7 10-25 is his first: met
        //   P6 at H8 10-30: met
        //   5 first hearings, 3 met: 3 / 5 = 60%
        #expect(r.reachedAtFirstHearing == Ratio(3, of: 5))
        #expect(r.reachedAtFirstHearing.rate == 0.6)

        // Dependency 101 attended: parents on the roster of a Dependency 101 session in October.
        //   10-15: P1 came, P2 did not, P4 came; 10-22: P2 came, P5 did not
        //   (the 09-20 session is outside; Dependency 201 on 10-29 is another course)
        //   roster P1 P2 P4 P5 = 4; came P1 P4 P2 = 3: 3 / 4 = 75%
        #expect(r.dependency101 == Ratio(3, of: 4))

        // Dependency 101 attended, of all parents first met in October (roster or not):
        //   met at hearings: P1 (H1 10-01, H2), P3 (H4 10-05, but first met at H3 on 09-28),
        //   P4 and P5 (H7 10-25), P6 (H8 10-30); P2 declined and P4 was not present at H6.
        //   first met in October: P1 P4 P5 P6 = 4 (P3 was first met in September)
        //   attended a Dependency 101 session by 10-31: P1 and P4 (10-15) = 2; P5 did not come on
        //   10-22, and P6's class was Dependency 201. P2 came on 10-22 but was never met: not counted.
        //   2 / 4 = 50%
        #expect(r.dependency101AmongFirstMet == Ratio(2, of: 4))

        // Contacts by mode, October: phone 2 (P1 10-02, P3 10-03), text 1, video 1, meeting 1,
        // in person at court 1 = 6; reached: P1 phone, P3 phone, P7 meeting, P2 court = 4 of 6.
        let modes = Dictionary(uniqueKeysWithValues: r.contactsByMode.map { ($0.label, $0.count) })
        #expect(modes == ["in person at court": 1, "phone": 2, "text": 1, "video": 1, "meeting": 1, "home visit": 0])
        #expect(r.contactsByMode.map(\.label) == ContactMode.allCases.map(\.rawValue))
        #expect(r.contactsReached == Ratio(4, of: 6))

        // Referrals by kind, October: housing 2 (10-02, 10-09), treatment 1 (10-12);
        // legal aid on 09-30 is outside. Most first.
        #expect(r.referralsByKind == [Tally("housing", 2), Tally("treatment", 1)])

        // Hearings covered: held in October H1 (Ana), H2 (none), H4 (Ben), H6 (Ana), H7 (none),
        // H8 (Ben) = 6, covered 4. H5 (continued) and the cancelled one on 10-31 were not held.
        #expect(r.hearingsCovered == Ratio(4, of: 6))

        // Cases closed by outcome (outcome date in October): R1 reunified 10-10, R5 reunified
        // 10-31, R2 adoption 10-25, R3 guardianship 10-15, R4 dismissed 10-10, R10 other 10-03.
        #expect(r.casesClosedByOutcome == [Tally("reunified", 2), Tally("adoption", 1), Tally("guardianship", 1),
                                           Tally("dismissed", 1), Tally("other", 1)])

        // Reunified within 12 months of removal: cases whose removal was 12 months before a day
        // of October 2026, i.e. removed in October 2025: R7 (10-01), R1 (10-10), R8 (10-15),
        // R2 (10-20), R6 (10-31) = 5.
        //   R7 reunified 2026-02-01, before 2026-10-01: yes
        //   R1 reunified 2026-10-10, on the anniversary itself: yes
        //   R8 still open; R2 adopted: no
        //   R6 reunified 2026-11-01, a day after its anniversary 2026-10-31: no
        //   2 / 5 = 40%
        #expect(r.reunifiedWithin12Months == Ratio(2, of: 5))

        // Median days from removal to permanency: reunified, adopted or guardianship with the
        // outcome date in October:
        //   R1 2025-10-10 -> 2026-10-10 = 365
        //   R2 2025-10-20 -> 2026-10-25 = 365 + 5 = 370
        //   R3 2024-10-15 -> 2026-10-15 = 365 + 365 = 730 (no 29 February between)
        //   R5 2025-06-01 -> 2026-10-31 = 365 + (30 + 31 + 31 + 30 + 30) = 517
        //   sorted 365, 370, 517, 730: the middle two average (370 + 517) / 2 = 443.5
        #expect(r.daysToPermanency == MedianDays(median: 443.5, cases: 4))

        // Re-entry within 12 months of reunification: cases reunified 12 months before a day of
        // October 2026, i.e. reunified in October 2025: E1 (10-05), E2 (10-20), E3 (10-25) = 3.
        //   E1's mother Q1 has a new case removed 2026-06-01, within the year: re-entry
        //   E2's mother Q2's new case was removed 2026-10-21, a day after the year: no
        //   E3's father Q3 has no other case: no
        //   (E4 ended in adoption; E5 was reunified 2025-09-30, outside)
        //   1 / 3 = 33%
        #expect(r.reentryWithin12Months == Ratio(1, of: 3))
    }

    @Test(arguments: TestEngine.all)
    func anEmptyPeriodHasNoRatesRatherThanZeroes(_ engine: TestEngine) throws {
        let world = try ReportWorld(engine)
        let r = try world.store.programReport(ReportPeriod(month: "2030-01")!)
        #expect(r.parentsServed == 0)
        #expect(r.reachedAtFirstHearing == Ratio(0, of: 0) && r.reachedAtFirstHearing.rate == nil)
        #expect(r.daysToPermanency == MedianDays(median: nil, cases: 0))
        #expect(r.referralsByKind.isEmpty)
    }

    @Test(arguments: TestEngine.all)
    func aRangeCountsBothEnds(_ engine: TestEngine) throws {
        let world = try ReportWorld(engine)
        // 10-01 alone: H1 held (Ana) with P1 met and P2 declined at their first hearing.
        let r = try world.store.programReport(ReportPeriod(from: ReportWorld.d("2026-10-01"), to: ReportWorld.d("2026-10-01"))!)
        #expect(r.reachedAtFirstHearing == Ratio(1, of: 2))
        #expect(r.hearingsCovered == Ratio(1, of: 1))
        // P2 reached in person at court; P1 met at H1.
        #expect(r.parentsServed == 2)
    }

    @Test func periodsParseAndRefuseNonsense() {
        #expect(ReportPeriod(month: "2024-02")?.to == Day(iso: "2024-02-29"))
        #expect(ReportPeriod(month: "2026-13") == nil && ReportPeriod(month: "2026-1") == nil && ReportPeriod(month: "Oct") == nil)
        #expect(ReportPeriod(from: Day(iso: "2026-10-02")!, to: Day(iso: "2026-10-01")!) == nil)
        #expect(ReportPeriod.monthBefore(Day(iso: "2026-01-15")!) == ReportPeriod(month: "2025-12"))
        #expect(ReportPeriod.monthToDate(Day(iso: "2026-11-23")!).description == "2026-11-01 to 2026-11-23")
    }

    @Test(arguments: TestEngine.all)
    func alliesAreRefusedSupervisorsAreNot(_ engine: TestEngine) throws {
        let world = try ReportWorld(engine)
        try world.store.addUser(name: "Ana Ruiz", role: .ally, secret: "135790", parameters: .fastForTests)
        try world.store.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
        let ally = try world.store.actingStore(as: try world.store.user(named: "Ana Ruiz")!)
        let supervisor = try world.store.actingStore(as: try world.store.user(named: "Dana Brooks")!)
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorReports")) { try ally.programReport(october) }
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorReports")) {
            try ally.morningReview(today: ReportWorld.d("2026-11-02"))
        }
        #expect(try ally.refusal(for: .readReports, today: nil)?.text(.english) == "Only a supervisor reads the reports")
        #expect(try supervisor.programReport(october).parentsServed == 7)
    }
}
