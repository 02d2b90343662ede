import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Each case's next deadline where people see it (the docket, a parent's file, the morning
/// review) and the check-in it brings, on a real SQLite file. Today is Wed 2 Dec 2026.
@Suite("Deadlines on the docket, the file and the morning review")
struct DeadlineQueryTests {
    let today = StoreFixture.day("2026-12-02")
    private func day(_ iso: String) -> Day { StoreFixture.day(iso) }

    /// A: petition and removal 30 Sep 2026, shelter care met, the fact-finding of 30 Nov
    /// continued and none set: due 30 Sep + 75 = Mon 14 Dec (1 Oct +1, 31 Oct +31, 30 Nov +61,
    /// 14 Dec +75). B: removed 1 Sep 2025 and every hearing held so far, in care for 15 months
    /// on 1 Dec 2026. C: reunified. D: fact-finding set in time.
    private func world(_ engine: TestEngine) throws -> (f: StoreFixture, maria: ID, a: ID, b: ID) {
        let f = try StoreFixture(engine)
        let ally = try f.ally("Lan Tran")
        let maria = try f.parent("Maria Brooks", ally: ally)
        let a = try f.dependencyCase("26-7-00500-1", petition: day("2026-09-30"))
        try f.link(parent: maria, to: a, as: .mother)
        try f.hearing(case: a, on: day("2026-10-02"), type: "shelter-72", status: .held)
        try f.hearing(case: a, on: day("2026-10-29"), type: "shelter-30", status: .held)
        try f.hearing(case: a, on: day("2026-11-30"), type: "fact-finding", status: .continued)

        let b = try f.dependencyCase("25-7-00400-1", petition: day("2025-09-01"))
        try f.link(parent: try f.parent("Ben Ortiz"), to: b, as: .father)
        for (iso, code) in [("2025-09-03", "shelter-72"), ("2025-11-10", "fact-finding"), ("2025-11-20", "disposition"),
                            ("2026-08-31", "permanency"), ("2026-11-16", "review")] {
            try f.hearing(case: b, on: day(iso), type: code, status: .held)
        }
        let c = try f.dependencyCase("26-7-00502-1", petition: day("2026-10-01"))
        try f.link(parent: try f.parent("Cara Diaz"), to: c, as: .mother)
        try f.write { db in try db.execute(sql: "UPDATE cases SET outcome = 'reunified', outcome_date = '2026-11-20' WHERE id = ?", arguments: [c]) }

        let d = try f.dependencyCase("26-7-00503-1", petition: day("2026-10-05"))
        try f.link(parent: try f.parent("Dee Evans"), to: d, as: .mother)
        try f.hearing(case: d, on: day("2026-10-07"), type: "shelter-72", status: .held)
        try f.hearing(case: d, on: day("2026-11-04"), type: "shelter-30", status: .held)
        try f.hearing(case: d, on: day("2026-12-10"), type: "fact-finding")
        return (f, maria, a, b)
    }

    @Test("the docket and the parent's file carry the case's next deadline", arguments: TestEngine.all)
    func docketAndDetail(_ engine: TestEngine) throws {
        let (f, maria, a, _) = try world(engine)
        let expected = CaseDeadline(kind: .factFinding, due: day("2026-12-14"))
        let docket = try f.store.docket(on: day("2026-11-30"), matching: nil, page: storeTestAllRows)
        #expect(docket.rows.map(\.caseId) == [a])
        #expect(docket.rows.first?.nextDeadline == expected)
        // Due 14 Dec, within the 14 days of warning from 30 Nov, nothing set: marked at risk.
        #expect(docket.rows.first?.deadlineAtRisk == true)
        #expect(try f.store.docket(on: day("2026-11-16"), matching: nil, page: storeTestAllRows).rows.allSatisfy { !$0.deadlineAtRisk })
        let detail = try #require(try f.store.parentDetail(id: maria))
        #expect(detail.cases.first?.nextDeadline == expected)
        #expect(expected.phrase(.short(thisYear: 2026)).text(.english) == "Fact-finding due by Mon 14 Dec, none scheduled")
    }

    @Test("a Parent Ally sees the deadline in their own parent's file, and only their own", arguments: TestEngine.all)
    func allySeesTheirOwn(_ engine: TestEngine) throws {
        let (f, maria, _, b) = try world(engine)
        try f.store.addUser(name: "Lan Tran", role: .ally, secret: "135790", parameters: .fastForTests)
        let lan = try #require(try f.store.users().first { $0.name == "Lan Tran" })
        let ally = try f.store.acting(as: lan) as! ProgramStore
        #expect(try ally.refusal(for: .openDetail(parentId: maria), today: today) == nil)
        #expect(try ally.parentDetail(id: maria)?.cases.first?.nextDeadline?.due == day("2026-12-14"))
        let ben = try f.store.engine.read { db in try ID.fetchOne(db, sql: "SELECT parent_id FROM case_parents WHERE case_id = ?", arguments: [b])! }
        #expect(try ally.refusal(for: .openDetail(parentId: ben), today: today) != nil, "not her parent")
    }

    @Test("the morning review lists deadlines not scheduled in time and cases near 15 of 22 months", arguments: TestEngine.all)
    func morningLists(_ engine: TestEngine) throws {
        let (f, _, a, b) = try world(engine)
        let r = try f.store.morningReview(today: today, limit: 5)
        // A's fact-finding is due in 12 days (within the 14 of warning) with nothing set; D's is
        // set for 10 Dec, before the 19 Dec it is due; B's next review is 16 May 2027; C owes nothing.
        #expect(r.deadlinesAtRisk.total == 1)
        #expect(r.deadlinesAtRisk.rows.map(\.caseId) == [a])
        #expect(r.deadlinesAtRisk.rows.first?.deadline == CaseDeadline(kind: .factFinding, due: day("2026-12-14")))
        #expect(r.deadlinesAtRisk.rows.first?.parentNames == ["Maria Brooks"])
        // B reached 15 months in care on 1 Dec 2026 (removed 1 Sep 2025) with no termination
        // hearing; A reaches it 30 Dec 2027, D 5 Jan 2028: beyond the 60 days of notice.
        #expect(r.nearTermination.total == 1)
        #expect(r.nearTermination.rows.first.map { ($0.caseId, $0.deadline.due) } ?? (0, today) == (b, day("2026-12-01")))
        let text = r.document.text(in: .english)
        #expect(text.contains("Fact-finding") && text.contains("25-7-00400-1"))
    }

    @Test("a deadline with nothing set brings a check-in; setting the hearing replaces it with the reminder", arguments: TestEngine.all)
    func checkInThenReminder(_ engine: TestEngine) throws {
        let (f, maria, a, _) = try world(engine)
        try f.store.replanFollowUps(parentId: maria, today: today)
        func open() throws -> [String] {
            try f.store.engine.read { db in
                try SQLRow.fetchAll(db, sql: "SELECT due_date, kind FROM follow_ups WHERE parent_id = ? AND done_on IS NULL ORDER BY due_date, kind",
                                 arguments: [maria]).map { "\($0[0] as String) \($0[1] as String)" }
            }
        }
        // 14 days before Mon 14 Dec is Mon 30 Nov, already past: the check-in is today.
        #expect(try open().contains("2026-12-02 deadline check-in"))
        let typeId = try f.hearingTypeId("fact-finding")
        try f.store.createHearing(Hearing(caseId: a, typeId: typeId, date: day("2026-12-10"), courtroom: "E-201"), today: today)
        let after = try open()
        // Set for 10 Dec, in time: the docket no longer marks it.
        #expect(try f.store.docket(on: day("2026-11-30"), matching: nil, page: storeTestAllRows).rows.allSatisfy { !$0.deadlineAtRisk })
        #expect(!after.contains { $0.hasSuffix("deadline check-in") })
        // The reminder: 2 court days before Thu 10 Dec is Tue 8 Dec.
        #expect(after.contains("2026-12-08 hearing reminder"))
    }
}
