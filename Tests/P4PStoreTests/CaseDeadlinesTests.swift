import Foundation
import Testing
@testable import P4PStore

/// Each case's deadlines on hand-built cases, by Washington's timeline (RCW 13.34) and court
/// holidays; every date is worked out by hand in the comments.
@Suite("Case deadlines")
struct CaseDeadlinesTests {
    let timeline = DependencyTimeline.washington
    let calendar = CourtCalendar(holidays: CourtHolidays.washington(around: Day(iso: "2026-11-01")!))

    private func d(_ iso: String) -> Day { Day(iso: iso)! }
    private func held(_ code: String, _ iso: String) -> TimelineHearing { TimelineHearing(code: code, date: d(iso), status: .held) }
    private func set(_ code: String, _ iso: String) -> TimelineHearing { TimelineHearing(code: code, date: d(iso), status: .scheduled) }

    @Test("72 hours counts court days: weekends and Thanksgiving are skipped")
    func shelterCareOverThanksgiving() {
        // Removed Wednesday 25 November 2026. Thursday 26 is Thanksgiving, Friday 27 the day
        // after (both court holidays), then the weekend: court day 1 is Mon 30 Nov, 2 is Tue
        // 1 Dec, 3 is Wed 2 Dec.
        let removed = CaseTimelineFacts(petition: d("2026-11-25"), removal: d("2026-11-25"))
        #expect(CaseDeadlines.next(removed, timeline: timeline, calendar: calendar)
                == CaseDeadline(kind: .shelterCare, due: d("2026-12-02")))
        // Without the holidays it would have been Thu 26, Fri 27, Mon 30: the bug this fixes.
        #expect(CaseDeadlines.next(removed, timeline: timeline, calendar: CourtCalendar(holidays: []))?.due == d("2026-11-30"))
        // Removed Friday 4 December: Mon 7 (1), Tue 8 (2), Wed 9 (3).
        let friday = CaseTimelineFacts(removal: d("2026-12-04"))
        #expect(CaseDeadlines.next(friday, timeline: timeline, calendar: calendar)?.due == d("2026-12-09"))
    }

    @Test("once the shelter care hearing is held, the 30-day review is next: 30 days after it")
    func shelterCareReview() {
        // Shelter care held Wed 2 Dec 2026; + 30 days = Fri 1 Jan 2027 (the review's day counts
        // calendar days; a holiday on it is the court's to move).
        let facts = CaseTimelineFacts(petition: d("2026-11-25"), removal: d("2026-11-25"),
                                      hearings: [held("shelter-72", "2026-12-02"), set("shelter-30", "2026-12-22")])
        let next = CaseDeadlines.next(facts, timeline: timeline, calendar: calendar)
        #expect(next == CaseDeadline(kind: .shelterCareReview, due: d("2027-01-01"), scheduled: d("2026-12-22")))
        #expect(next?.isScheduledInTime == true)
    }

    @Test("a continued fact-finding meets nothing: it stays due 75 days after the petition")
    func continuedFactFinding() {
        // Petition Wed 30 Sep 2026: + 75 days = 1 Oct (+1), 31 Oct (+31), 30 Nov (+61),
        // Mon 14 Dec (+75). The fact-finding set for 7 Dec was continued to Mon 11 Jan 2027:
        // a hearing is scheduled, but after the day it is due.
        let base = [held("shelter-72", "2026-10-01"), held("shelter-30", "2026-10-29"),
                    TimelineHearing(code: "fact-finding", date: d("2026-12-07"), status: .continued)]
        let continued = CaseTimelineFacts(petition: d("2026-09-30"), removal: d("2026-09-29"),
                                          hearings: base + [set("fact-finding", "2027-01-11")])
        let next = CaseDeadlines.next(continued, timeline: timeline, calendar: calendar)
        #expect(next == CaseDeadline(kind: .factFinding, due: d("2026-12-14"), scheduled: d("2027-01-11")))
        #expect(next?.isScheduledInTime == false)
        #expect(next?.phrase(.short(thisYear: 2026)).text(.english) == "Fact-finding due by Mon 14 Dec · set late, Mon 11 Jan 2027")
        let nothingSet = CaseTimelineFacts(petition: d("2026-09-30"), removal: d("2026-09-29"), hearings: base)
        #expect(CaseDeadlines.next(nothingSet, timeline: timeline, calendar: calendar)?.phrase(.numeric).text(.english)
                == "Fact-finding due by 12/14, none scheduled")
        // Held on 11 Jan 2027: disposition is due 14 days later, Mon 25 Jan; fact-finding is met.
        let heldLate = CaseTimelineFacts(petition: d("2026-09-30"), removal: d("2026-09-29"),
                                         hearings: base + [held("fact-finding", "2027-01-11")])
        let open = CaseDeadlines.all(heldLate, timeline: timeline, calendar: calendar)
        #expect(open.first == CaseDeadline(kind: .disposition, due: d("2027-01-25")))
        #expect(!open.contains { [.shelterCare, .shelterCareReview, .factFinding].contains($0.kind) })
        // The first review: 6 months after removal (29 Mar 2027) or 90 days after a disposition
        // not yet held, so removal's; permanency 12 months after removal, 29 Sep 2027.
        #expect(open.first { $0.kind == .review }?.due == d("2027-03-29"))
        #expect(open.first { $0.kind == .permanency }?.due == d("2027-09-29"))
    }

    @Test("the first review comes at 90 days after disposition when that is sooner, then every 6 months")
    func reviews() {
        // Removed 10 Jan 2026; disposition held Mon 30 Mar: + 90 days = 31 Mar (+1), 30 Apr
        // (+31), 31 May (+62), Sun 28 Jun (+90), before 6 months after removal (10 Jul).
        let hearings = [held("shelter-72", "2026-01-13"), held("fact-finding", "2026-03-20"), held("disposition", "2026-03-30")]
        let facts = CaseTimelineFacts(petition: d("2026-01-12"), removal: d("2026-01-10"), hearings: hearings)
        #expect(CaseDeadlines.next(facts, timeline: timeline, calendar: calendar) == CaseDeadline(kind: .review, due: d("2026-06-28")))
        // Review held 22 Jun: the next is 6 months on, 22 Dec 2026; permanency at 12 months after
        // removal, 10 Jan 2027, comes after it.
        let reviewed = CaseTimelineFacts(petition: d("2026-01-12"), removal: d("2026-01-10"),
                                         hearings: hearings + [held("review", "2026-06-22")])
        let open = CaseDeadlines.all(reviewed, timeline: timeline, calendar: calendar)
        #expect(open.map(\.kind) == [.review, .permanency, .termination])
        #expect(open.map(\.due) == [d("2026-12-22"), d("2027-01-10"), d("2027-04-10")],
                "15 months in care from 10 Jan 2026 is 10 Apr 2027")
    }

    @Test("a case reunified before 12 months owes nothing after its outcome")
    func reunifiedBeforeTwelveMonths() {
        // Removed 10 Jan 2026, home 1 Sep 2026 (under 8 months). Still in care, the case would
        // owe a review on 22 Dec 2026 (6 months after the one held), permanency on 10 Jan 2027
        // and the termination point on 10 Apr 2027.
        let hearings = [held("shelter-72", "2026-01-13"), held("fact-finding", "2026-03-20"),
                        held("disposition", "2026-03-30"), held("review", "2026-06-22")]
        let removed = ChildMove(id: 1, childId: 5, date: d("2026-01-10"), move: .removed)
        let home = ChildMove(id: 2, childId: 5, date: d("2026-09-01"), move: .returnedHome)
        let inCare = CaseTimelineFacts(petition: d("2026-01-12"), removal: d("2026-01-10"), hearings: hearings, childMoves: [removed])
        #expect(CaseDeadlines.all(inCare, timeline: timeline, calendar: calendar).map(\.kind) == [.review, .permanency, .termination])
        // The child's return home ends the timeline even before the outcome is recorded...
        let returned = CaseTimelineFacts(petition: d("2026-01-12"), removal: d("2026-01-10"), hearings: hearings,
                                         childMoves: [removed, home])
        #expect(CaseDeadlines.all(returned, timeline: timeline, calendar: calendar).isEmpty)
        // ...and the recorded outcome ends it whatever the moves say.
        let reunified = CaseTimelineFacts(petition: d("2026-01-12"), removal: d("2026-01-10"), outcome: .reunified,
                                          hearings: hearings, childMoves: [removed])
        #expect(CaseDeadlines.all(reunified, timeline: timeline, calendar: calendar).isEmpty)
    }

    @Test("15 of the last 22 months in care, continuous or with a stay at home between")
    func fifteenOfTwentyTwo() {
        // In care since 1 Sep 2025 without a break: 15 months on is 1 Dec 2026.
        let continuous = CaseTimelineFacts(removal: d("2025-09-01"),
                                           childMoves: [ChildMove(id: 1, childId: 5, date: d("2025-09-01"), move: .removed)])
        #expect(CaseDeadlines.terminationPoint(continuous, removal: d("2025-09-01"), timeline: timeline) == d("2026-12-01"))
        // In care 10 Jan - 10 Apr 2025 (90 days), home until 10 Jul 2025 (91 days), in care since.
        // The point D is the first day whose last 22 months hold as many days in care as its
        // last 15 months have days. On 10 Jul 2026 the last 15 months (from 10 Apr 2025) have
        // 456 days and the care is 90 + 365 = 455: not yet. On 11 Jul 2026: 456 days needed
        // (from 11 Apr 2025), in care 90 + 366 = 456: reached.
        let interrupted = CaseTimelineFacts(removal: d("2025-01-10"), childMoves: [
            ChildMove(id: 1, childId: 5, date: d("2025-01-10"), move: .removed),
            ChildMove(id: 2, childId: 5, date: d("2025-04-10"), move: .trialReturnHome),
            ChildMove(id: 3, childId: 5, date: d("2025-07-10"), move: .fosterCare),
        ])
        #expect(CaseDeadlines.terminationPoint(interrupted, removal: d("2025-01-10"), timeline: timeline) == d("2026-07-11"))
        // A child home now does not reach it.
        let home = CaseTimelineFacts(removal: d("2025-09-01"), childMoves: [
            ChildMove(id: 1, childId: 5, date: d("2025-09-01"), move: .removed),
            ChildMove(id: 2, childId: 5, date: d("2026-02-01"), move: .trialReturnHome),
        ])
        #expect(CaseDeadlines.terminationPoint(home, removal: d("2025-09-01"), timeline: timeline) == nil)
        // A termination hearing held meets it.
        var considered = continuous
        considered.hearings = [held("termination", "2026-11-30")]
        #expect(!CaseDeadlines.all(considered, timeline: timeline, calendar: calendar).contains { $0.kind == .termination })
    }

    @Test("months added keep the day, or the month's last")
    func addingMonths() {
        #expect(d("2026-08-31").adding(months: 6) == d("2027-02-28"))
        #expect(d("2026-01-10").adding(months: -22) == d("2024-03-10"))
        #expect(d("2024-02-29").adding(months: 12) == d("2025-02-28"))
    }

    @Test("a timeline with a negative interval is refused with the field named", arguments: TestEngine.all)
    func refusesBadTimelines(_ engine: TestEngine) throws {
        var bad = timeline
        bad.factFindingDays = -1
        #expect(throws: StoreError.invalid(field: .timeline, reason: Phrase("invalid.policyRange", [
            "rule": "factFindingDays", "low": .number(0), "high": .number(3650)]))) { try bad.validated() }
        #expect(try timeline.validated() == timeline)
    }

    @Test("a deadline with no hearing scheduled brings a check-in before it; a scheduled hearing's reminder stands in for it")
    func plannedCheckIns() {
        let policy = FollowUpPolicy.standard
        let today = d("2026-11-23")
        // Fact-finding due Mon 14 Dec, nothing set: a check-in 14 days before, Mon 30 Nov.
        let due = CaseDeadline(kind: .factFinding, due: d("2026-12-14"))
        let plan = FollowUpPlanner.plan(policy: policy, firstHearing: nil, hearings: [], attendedClass: true,
                                        today: today, deadlines: [due])
        #expect(plan == [PlannedFollowUp(due: d("2026-11-30"), kind: FollowUpKind.deadlineCheckIn)])
        // A review due Sun 10 Jan 2027: 14 days before is Sun 27 Dec, so the call moves back to
        // Fri 25 Dec (this policy has no holidays), or to Thu 24 Dec with Christmas a holiday.
        let onSunday = CaseDeadline(kind: .review, due: d("2027-01-10"))
        #expect(FollowUpPlanner.plan(policy: policy, firstHearing: nil, hearings: [], attendedClass: true, today: today,
                                     deadlines: [onSunday]).map(\.due) == [d("2026-12-25")])
        #expect(FollowUpPlanner.plan(policy: .standard(around: today), firstHearing: nil, hearings: [], attendedClass: true,
                                     today: today, deadlines: [onSunday]).map(\.due) == [d("2026-12-24")])
        // A fact-finding set for 10 Dec: its reminder (2 court days before, Tue 8 Dec) is the
        // only call; no deadline check-in beside it.
        let set = CaseDeadline(kind: .factFinding, due: d("2026-12-14"), scheduled: d("2026-12-10"))
        #expect(FollowUpPlanner.plan(policy: policy, firstHearing: nil, hearings: [d("2026-12-10")], attendedClass: true,
                                     today: today, deadlines: [set])
                == [PlannedFollowUp(due: d("2026-12-08"), kind: FollowUpKind.hearingReminder)])
        // Another hearing's reminder already falls on Mon 30 Nov (hearing Wed 2 Dec): no second call that day.
        #expect(FollowUpPlanner.plan(policy: policy, firstHearing: nil, hearings: [d("2026-12-02")], attendedClass: true,
                                     today: today, deadlines: [due]).map(\.kind) == [FollowUpKind.hearingReminder])
        // The termination point and deadlines already past bring none.
        #expect(FollowUpPlanner.plan(policy: policy, firstHearing: nil, hearings: [], attendedClass: true, today: today,
                                     deadlines: [CaseDeadline(kind: .termination, due: d("2026-12-14")),
                                                 CaseDeadline(kind: .disposition, due: d("2026-11-20"))]).isEmpty)
    }
}
