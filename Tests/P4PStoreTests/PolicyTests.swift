import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }
private func items(_ pairs: [(String, String)]) -> [PlannedFollowUp] {
    pairs.map { PlannedFollowUp(due: day($0.0), kind: $0.1) }
}
private let call = FollowUpKind.firstCall, reminder = FollowUpKind.hearingReminder
private let checkIn = FollowUpKind.checkIn, invite = FollowUpKind.classInvitation
/// Thanksgiving and the day after, 2026.
private let thanksgiving = [day("2026-11-26"), day("2026-11-27")]

@Suite("Court calendar")
struct CourtCalendarTests {
    @Test("weekends and holidays are skipped both ways")
    func skipping() {
        let calendar = CourtCalendar(holidays: thanksgiving)
        #expect(day("2026-11-23").weekdayName == "Monday")
        #expect(calendar.onOrAfter(day("2026-11-26")) == day("2026-11-30"))
        #expect(calendar.onOrBefore(day("2026-11-29")) == day("2026-11-25"))
        #expect(calendar.adding(courtDays: 2, to: day("2026-11-25")) == day("2026-12-01"))
        #expect(calendar.adding(courtDays: -2, to: day("2026-12-01")) == day("2026-11-25"))
        #expect(calendar.adding(courtDays: 0, to: day("2026-11-28")) == day("2026-11-30"))
    }
}

@Suite("Follow-up planner")
struct FollowUpPlannerTests {
    @Test("defaults from a Monday first hearing: call, invitation, weekly check-ins within 60 days")
    func defaults() {
        let plan = FollowUpPlanner.plan(policy: .standard, firstHearing: day("2026-11-02"), hearings: [],
                                        attendedClass: false, today: day("2026-11-02"))
        #expect(plan == items([
            ("2026-11-04", call), ("2026-11-09", checkIn), ("2026-11-16", invite), ("2026-11-16", checkIn),
            ("2026-11-23", checkIn), ("2026-11-30", checkIn), ("2026-12-07", checkIn), ("2026-12-14", checkIn),
            ("2026-12-21", checkIn), ("2026-12-28", checkIn),
        ]))
    }

    @Test("the first call skips the weekend")
    func callSkipsWeekend() {
        let plan = FollowUpPlanner.plan(policy: .standard, firstHearing: day("2026-11-05"), hearings: [],
                                        attendedClass: true, today: day("2026-11-05"), horizon: 6)
        #expect(plan == items([("2026-11-09", call)]))
    }

    @Test("holidays: the call counts past them, a check-in on one moves to the next court day")
    func holidays() {
        let policy = FollowUpPolicy(holidays: thanksgiving)
        let afterWednesday = FollowUpPlanner.plan(policy: policy, firstHearing: day("2026-11-25"), hearings: [],
                                                  attendedClass: true, today: day("2026-11-25"), horizon: 7)
        #expect(afterWednesday == items([("2026-12-01", call), ("2026-12-02", checkIn)]))
        let fromThursday = FollowUpPlanner.plan(policy: policy, firstHearing: day("2026-11-19"), hearings: [],
                                                attendedClass: true, today: day("2026-11-24"), horizon: 10)
        // 26 Nov is a holiday: the check-in moves to Monday; the next one keeps its Thursday.
        #expect(fromThursday == items([("2026-11-30", checkIn), ("2026-12-03", checkIn)]))
    }

    @Test("hearing reminders come two court days before, moved earlier off weekends and holidays")
    func reminders() {
        let today = day("2026-11-16")
        let plain = FollowUpPlanner.plan(policy: .standard, firstHearing: nil,
                                         hearings: [day("2026-11-30"), day("2026-12-01")],
                                         attendedClass: false, today: today)
        #expect(plain == items([("2026-11-26", reminder), ("2026-11-27", reminder)]))
        let closed = FollowUpPlanner.plan(policy: FollowUpPolicy(holidays: thanksgiving), firstHearing: nil,
                                          hearings: [day("2026-12-01")], attendedClass: false, today: today)
        #expect(closed == items([("2026-11-25", reminder)]))
    }

    @Test("a hearing at short notice is reminded today; a hearing today or past gets none")
    func shortNotice() {
        let plan = FollowUpPlanner.plan(policy: .standard, firstHearing: nil,
                                        hearings: [day("2026-11-20"), day("2026-11-23"), day("2026-11-24")],
                                        attendedClass: false, today: day("2026-11-23"))
        #expect(plan == items([("2026-11-23", reminder)]))
    }

    @Test("weekly for the first 90 days, then every 14; past items are not planned")
    func ninetyDaySwitch() {
        let plan = FollowUpPlanner.plan(policy: .standard, firstHearing: day("2026-01-05"), hearings: [],
                                        attendedClass: false, today: day("2026-03-20"))
        #expect(plan == items([("2026-03-23", checkIn), ("2026-03-30", checkIn), ("2026-04-13", checkIn),
                               ("2026-04-27", checkIn), ("2026-05-11", checkIn)]))
    }

    @Test("an attended class means no invitation; no first hearing means only reminders")
    func classAndNoHearing() {
        let attended = FollowUpPlanner.plan(policy: .standard, firstHearing: day("2026-11-02"), hearings: [],
                                            attendedClass: true, today: day("2026-11-02"), horizon: 20)
        #expect(!attended.map(\.kind).contains(invite))
        #expect(FollowUpPlanner.plan(policy: .standard, firstHearing: nil, hearings: [], attendedClass: false,
                                     today: day("2026-11-02")).isEmpty)
    }

    @Test("a custom policy changes every rule")
    func customPolicy() {
        let policy = FollowUpPolicy(firstCallCourtDays: 1, reminderCourtDaysBefore: 1, weeklyPeriodDays: 14,
                                    weeklyInterval: 7, laterInterval: 30, classInvitationDays: 3)
        let plan = FollowUpPlanner.plan(policy: policy, firstHearing: day("2026-11-02"), hearings: [day("2026-11-20")],
                                        attendedClass: false, today: day("2026-11-02"), horizon: 50)
        #expect(plan == items([("2026-11-03", call), ("2026-11-05", invite), ("2026-11-09", checkIn),
                               ("2026-11-16", checkIn), ("2026-11-19", reminder), ("2026-12-16", checkIn)]))
    }
}

@Suite("Follow-up policy setting")
struct FollowUpPolicySettingTests {
    @Test("defaults when none was saved, with Washington's court holidays; a partial JSON file takes defaults for what it leaves out", arguments: TestEngine.all)
    func defaultsAndPartialJSON(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let today = day("2026-12-02")
        #expect(try f.store.followUpPolicy(asOf: today) == .standard(around: today))
        #expect(try f.store.followUpPolicy(asOf: today).holidays.contains(day("2026-11-26")), "Thanksgiving")
        #expect(try f.store.courtCalendar(asOf: today).adding(courtDays: 1, to: day("2026-12-24")) == day("2026-12-28"),
                "Christmas Day is Friday the 25th")
        let partial = try JSONDecoder().decode(FollowUpPolicy.self, from: Data(#"{"laterInterval": 21}"#.utf8))
        #expect(partial == FollowUpPolicy(laterInterval: 21))
    }

    @Test("the example file in Resources decodes", arguments: TestEngine.all)
    func exampleFile(_ engine: TestEngine) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("Resources/followup-policy.example.json"))
        let policy = try JSONDecoder().decode(FollowUpPolicy.self, from: data)
        #expect(policy.holidays.contains(day("2026-11-26")))
        #expect(try policy.validated() == policy)
    }

    @Test("saved as JSON under followup.policy, read back, audited without values", arguments: TestEngine.all)
    func saveAndRead(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let policy = FollowUpPolicy(weeklyInterval: 5, holidays: [day("2026-12-25"), day("2026-11-26")])
        try f.store.setFollowUpPolicy(policy, today: day("2026-11-23"))
        var expected = policy
        expected.holidays = [day("2026-11-26"), day("2026-12-25")]
        #expect(try f.store.followUpPolicy(asOf: day("2026-11-23")) == expected)
        let json = try #require(try f.store.setting("followup.policy"))
        #expect(json.contains(#""weeklyInterval":5"#))
        let audit = try #require(try lastAudit(f))
        #expect(audit.action == "follow-up policy changed")
        #expect(audit.detail == "followup.policy")
        #expect(audit.actor == f.store.actor)
    }

    @Test("a nonsense policy is refused and nothing is saved", arguments: TestEngine.all)
    func refusals(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        #expect(throws: StoreError.invalid(field: .policy, reason: Phrase("invalid.policyRange", ["rule": "weeklyInterval", "low": .number(1), "high": .number(90)]))) {
            try f.store.setFollowUpPolicy(FollowUpPolicy(weeklyInterval: 0), today: day("2026-11-23"))
        }
        #expect(try f.store.setting("followup.policy") == nil)
        try f.store.setSetting("followup.policy", to: "{not json")
        #expect(throws: StoreError.invalid(field: .policy, reason: "invalid.savedPolicyUnreadable")) {
            _ = try f.store.followUpPolicy(asOf: day("2026-11-23"))
        }
    }

    @Test("changing the policy re-plans open follow-ups; done, overdue and hand-typed ones stay", arguments: TestEngine.all)
    func replansOnChange(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let today = day("2026-11-23")
        let dana = try f.ally("Dana Whitfield")
        let maria = try f.parent("Maria Brooks", ally: dana)
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.hearing(case: caseId, on: day("2026-11-02"), status: .held)
        let done = try f.followUp(parent: maria, ally: dana, due: day("2026-11-04"), kind: call, doneOn: day("2026-11-04"))
        let doneFuture = try f.followUp(parent: maria, ally: dana, due: day("2026-11-30"), kind: checkIn,
                                        doneOn: day("2026-11-20"))
        let overdue = try f.followUp(parent: maria, ally: dana, due: day("2026-11-16"), kind: checkIn)
        let stale = try f.followUp(parent: maria, ally: dana, due: day("2026-11-25"), kind: checkIn)
        let handTyped = try f.followUp(parent: maria, ally: dana, due: day("2026-11-24"), kind: "call back about housing")
        let closed = try f.parent("Closed Parent", ally: dana, status: .closed)
        let closedOpen = try f.followUp(parent: closed, ally: dana, due: day("2026-11-30"))

        let policy = FollowUpPolicy(weeklyPeriodDays: 0, laterInterval: 10)
        try f.store.setFollowUpPolicy(policy, today: today)

        let rows = try f.store.engine.read { db in try FollowUp.fetchAll(db, sql: "SELECT * FROM \(FollowUp.table) ORDER BY id") }
        let ids = Set(rows.compactMap(\.id))
        #expect(ids.isSuperset(of: [done, doneFuture, overdue, handTyped, closedOpen]))
        #expect(!ids.contains(stale))
        let planned = rows.filter { $0.id! > closedOpen }
        let expected = FollowUpPlanner.plan(policy: policy, firstHearing: day("2026-11-02"), hearings: [],
                                            attendedClass: false, today: today)
            .filter { $0.kind != call }
        #expect(planned.map { PlannedFollowUp(due: $0.dueDate, kind: $0.kind) } == expected)
        #expect(planned.allSatisfy { $0.parentId == maria && $0.allyId == dana && $0.doneOn == nil })
        // Every 10 days from 2 Nov: Sunday 22 Nov moves to Monday.
        #expect(Array(expected.prefix(2)) == items([("2026-11-23", checkIn), ("2026-12-02", checkIn)]))
    }
}

func lastAudit(_ f: StoreFixture) throws -> AuditEntry? {
    try f.store.engine.read { db in try AuditEntry.fetchOne(db, sql: "SELECT * FROM \(AuditEntry.table) ORDER BY id DESC") }
}

@Suite("Re-planning one parent")
struct ReplanTests {
    @Test("a snoozed check-in stays where it was moved and stands in for the one it replaced", arguments: TestEngine.all)
    func snoozeSurvives(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let today = day("2026-11-23")
        let maria = try f.parent("Maria Brooks")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.hearing(case: caseId, on: day("2026-11-02"), status: .held)
        try f.store.replanFollowUps(parentId: maria, today: today)
        let checkIns = { try f.store.engine.read { db in
            try FollowUp.fetchAll(db, sql: "SELECT * FROM follow_ups WHERE parent_id = ? AND kind = ? ORDER BY due_date",
                                  arguments: [maria, checkIn])
        } }
        let first = try #require(try checkIns().first)
        #expect(first.dueDate == day("2026-11-23"))
        try f.store.snoozeFollowUp(id: first.id!, to: day("2026-11-25"), reason: "parent in court", today: today)
        try f.store.replanFollowUps(parentId: maria, today: today)
        let after = try checkIns()
        #expect(after.first?.id == first.id && after.first?.dueDate == day("2026-11-25"))
        #expect(after.dropFirst().first?.dueDate == day("2026-11-30"))
        #expect(try lastAudit(f)?.action == "follow-ups re-planned")
    }

    @Test("re-planning twice changes nothing; a closed parent keeps only past and done follow-ups", arguments: TestEngine.all)
    func idempotentAndClosed(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let today = day("2026-11-23")
        let maria = try f.parent("Maria Brooks")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        try f.hearing(case: caseId, on: day("2026-11-20"), status: .held)
        try f.hearing(case: caseId, on: day("2026-12-04"), type: "shelter-30")
        try f.store.replanFollowUps(parentId: maria, today: today)
        let plan = { try f.store.engine.read { db in
            try FollowUp.fetchAll(db, sql: "SELECT * FROM \(FollowUp.table) WHERE parent_id = ? ORDER BY due_date, kind", arguments: [maria])
                .map { PlannedFollowUp(due: $0.dueDate, kind: $0.kind) }
        } }
        let once = try plan()
        try f.store.replanFollowUps(parentId: maria, today: today)
        #expect(try plan() == once)
        #expect(once.contains(PlannedFollowUp(due: day("2026-12-02"), kind: reminder)))
        #expect(once.contains(PlannedFollowUp(due: day("2026-11-24"), kind: call)))

        try f.write { db in try db.execute(sql: "UPDATE parents SET status = 'closed' WHERE id = ?", arguments: [maria]) }
        try f.store.replanFollowUps(parentId: maria, today: today)
        #expect(try plan().isEmpty)
    }
}
