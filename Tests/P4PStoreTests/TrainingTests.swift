import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Allies' training and supervision hours, on real SQLite files: recorded by supervisors with
/// the field named when refused, listed by ally and year, and flagged in the morning review
/// when this year's hours are below `training.required-hours`.
@Suite("Training and supervision")
struct TrainingTests {
    let today = StoreFixture.day("2026-11-23")

    struct World {
        let fixture: StoreFixture
        let lan: ID, bao: ID, kim: ID
        var store: ProgramStore { fixture.store }
    }

    /// Lan 12 hours this year; Bao 4 this year and 10 last year; Kim none; Old (inactive) none.
    func world(_ engine: TestEngine) throws -> World {
        let f = try StoreFixture(engine)
        let w = World(fixture: f, lan: try f.ally("Lan Nguyen"), bao: try f.ally("Bao Tran"), kim: try f.ally("Kim Ortiz"))
        try f.ally("Old Hand", active: false)
        try f.store.addTraining(allyName: "Lan Nguyen", date: StoreFixture.day("2026-03-02"), kind: .training, hours: 8, today: today)
        try f.store.addTraining(allyName: "lan nguyen", date: StoreFixture.day("2026-10-14"), kind: .supervision, hours: 4, today: today)
        try f.store.addTraining(allyName: "Bao Tran", date: StoreFixture.day("2026-01-05"), kind: .other, hours: 4, today: today)
        try f.store.addTraining(allyName: "Bao Tran", date: StoreFixture.day("2025-12-31"), kind: .training, hours: 10, today: today)
        return w
    }

    @Test("entries are listed newest first, by ally and by year, and audited without names", arguments: TestEngine.all)
    func recordedAndListed(_ engine: TestEngine) throws {
        let w = try world(engine)
        let all = try w.store.trainingEntries(allyName: nil, year: nil)
        #expect(all.map(\.entry.date.iso) == ["2026-10-14", "2026-03-02", "2026-01-05", "2025-12-31"])
        #expect(try w.store.trainingEntries(allyName: "Bao Tran", year: 2026).map(\.entry.hours) == [4])
        #expect(try w.store.trainingEntries(allyName: nil, year: 2025).map(\.allyName) == ["Bao Tran"])
        let details = try w.store.engine.read { db in
            try String.fetchAll(db, sql: "SELECT detail FROM audit_log WHERE action = 'training recorded' ORDER BY id")
        }
        #expect(details == ["training 8 on 2026-03-02", "supervision 4 on 2026-10-14", "other 4 on 2026-01-05",
                            "training 10 on 2025-12-31"])
        #expect(try w.store.verifyAuditLog().intact)
        let told = try w.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 1)).rows.map { $0.what.text(.english) }
        #expect(told == ["recorded 10 hours of training on Wed 31 Dec 2025 for Bao Tran"], "\(told)")
    }

    @Test("a bad entry is refused at its field and nothing is written; an ally may not record", arguments: TestEngine.all)
    func refusals(_ engine: TestEngine) throws {
        let w = try world(engine)
        let before = try w.store.trainingEntries(allyName: nil, year: nil).count
        #expect(throws: StoreError.invalid(field: .trainingDate, reason: "invalid.trainingInFuture")) {
            try w.store.addTraining(allyName: "Kim Ortiz", date: today.adding(days: 1), kind: .training, hours: 2, today: today)
        }
        #expect(throws: StoreError.invalid(field: .trainingHours, reason: Phrase("invalid.trainingHours", ["low": .text("0.25"), "high": .text("24")]))) {
            try w.store.addTraining(allyName: "Kim Ortiz", date: today, kind: .training, hours: 0, today: today)
        }
        #expect(throws: StoreError.notFound("notFound.activeAlly")) {
            try w.store.addTraining(allyName: "Old Hand", date: today, kind: .training, hours: 2, today: today)
        }
        try w.store.addUser(name: "Kim Ortiz", role: .ally, secret: "111111", parameters: .fastForTests)
        let kim = try #require(try w.store.users().first { $0.name == "Kim Ortiz" })
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorEdits")) {
            try w.store.actingStore(as: kim).addTraining(allyName: "Kim Ortiz", date: today, kind: .training, hours: 2, today: today)
        }
        #expect(try w.store.trainingEntries(allyName: nil, year: nil).count == before)
    }

    @Test("the morning review flags active allies below this year's required hours, fewest first", arguments: TestEngine.all)
    func morningReviewFlagsShortHours(_ engine: TestEngine) throws {
        let w = try world(engine)
        #expect(try w.store.morningReview(today: today, limit: 20).trainingShort == nil, "no hours required: no part")
        try w.store.setSetting(SQLiteStore.trainingRequiredHoursKey, to: "12")
        let short = try #require(try w.store.morningReview(today: today, limit: 20).trainingShort)
        // Kim 0 and Bao 4 (last year's 10 do not count); Lan has 12; Old Hand is inactive.
        #expect(short.rows.map(\.ally.id) == [w.kim, w.bao])
        #expect(short.rows.map(\.hours) == [0, 4] && short.total == 2)
        let text = try w.store.morningReview(today: today, limit: 1).document.text(in: .english)
        #expect(text.contains("Allies below the required training hours this year (first 1 of 2)"))
        #expect(text.contains("Kim Ortiz"))
    }
}
