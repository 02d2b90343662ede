import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }
private let today = day("2026-11-23")

@Suite("Unassigned parents")
struct UnassignedQueryTests {
    /// Eight open parents with no ally, inserted in an order that neither id nor name explains,
    /// plus one with an ally and one closed, who must not appear.
    private func waitingRoom(_ engine: TestEngine) throws -> StoreFixture {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")

        let assigned = try f.parent("Irene Assigned", waitingSince: day("2026-10-01"), ally: dana)
        try f.hearing(case: try f.caseWithParent("26-7-00900-1", parent: assigned), on: today)
        let closed = try f.parent("Jack Closed", waitingSince: day("2026-10-01"), status: .closed)
        try f.hearing(case: try f.caseWithParent("26-7-00901-1", parent: closed), on: today)

        // No case at all, waiting since 15 Nov.
        try f.parent("Dee Moss", waitingSince: day("2026-11-15"))
        // Two with the same next hearing: the one waiting longer (Ava) comes first.
        let eve = try f.parent("Eve Stone", waitingSince: day("2026-11-05"), language: "Spanish",
                               interpreterNeeded: true, county: "Pierce")
        try f.hearing(case: try f.caseWithParent("26-7-00105-1", parent: eve),
                      on: day("2026-11-25"), at: "09:00", type: "shelter-30")
        let ava = try f.parent("Ava Reyes", waitingSince: day("2026-11-01"), county: "King")
        try f.hearing(case: try f.caseWithParent("26-7-00101-1", parent: ava),
                      on: day("2026-11-25"), at: "09:00", type: "shelter-30")
        // No case either, but waiting longest of all: first of those without a hearing.
        try f.parent("Cal Young", waitingSince: day("2026-10-20"))
        // Next hearing tomorrow.
        let bea = try f.parent("Bea Lopez", waitingSince: day("2026-11-10"))
        try f.hearing(case: try f.caseWithParent("26-7-00102-1", parent: bea),
                      on: day("2026-11-24"), at: "13:00", type: "fact-finding")
        // A cancelled hearing tomorrow does not count; the scheduled one on 1 Dec does.
        let fay = try f.parent("Fay Hunt", waitingSince: day("2026-11-12"))
        let hunt = try f.caseWithParent("26-7-00106-1", parent: fay)
        try f.hearing(case: hunt, on: day("2026-11-02"), status: .held)
        try f.hearing(case: hunt, on: day("2026-11-24"), at: "08:00", status: .cancelled)
        try f.hearing(case: hunt, on: day("2026-12-01"), at: "10:15", type: "disposition")
        // Only a past hearing: no next hearing.
        let gus = try f.parent("Gus Hill", waitingSince: day("2026-11-18"))
        try f.hearing(case: try f.caseWithParent("26-7-00107-1", parent: gus), on: day("2026-11-02"),
                      status: .held)
        // A hearing later today is the soonest of all.
        let hal = try f.parent("Hal Ford", waitingSince: day("2026-11-20"))
        try f.hearing(case: try f.caseWithParent("26-7-00108-1", parent: hal), on: today, at: "15:00")
        return f
    }

    @Test("only open parents with no ally: next hearing soonest, then longest waiting", arguments: TestEngine.all)
    func order(_ engine: TestEngine) throws {
        let f = try waitingRoom(engine)
        let page = try f.store.unassignedParents(asOf: today, matching: nil, page: storeTestAllRows)
        #expect(page.total == 8)
        #expect(page.offset == 0)
        #expect(page.rows.map(\.name) == ["Hal Ford", "Bea Lopez", "Ava Reyes", "Eve Stone", "Fay Hunt",
                                          "Cal Young", "Dee Moss", "Gus Hill"])
        #expect(page.rows.map { $0.nextHearingDate?.iso } == ["2026-11-23", "2026-11-24", "2026-11-25",
                                                              "2026-11-25", "2026-12-01", nil, nil, nil])
        #expect(page.rows.map { $0.nextHearingTime?.hhmm } == ["15:00", "13:00", "09:00", "09:00", "10:15",
                                                              nil, nil, nil])
        #expect(page.rows.map(\.nextHearingType) == ["Shelter 72h", "Fact-find", "Shelter 30d",
                                                     "Shelter 30d", "Disposition", nil, nil, nil])
        #expect(page.rows.map(\.waitingSince.iso) == ["2026-11-20", "2026-11-10", "2026-11-01", "2026-11-05",
                                                      "2026-11-12", "2026-10-20", "2026-11-15", "2026-11-18"])
    }

    @Test("carries language, interpreter and county", arguments: TestEngine.all)
    func fields(_ engine: TestEngine) throws {
        let f = try waitingRoom(engine)
        let page = try f.store.unassignedParents(asOf: today, matching: nil, page: storeTestAllRows)
        let eve = try #require(page.rows.first { $0.name == "Eve Stone" })
        #expect(eve.language == "Spanish")
        #expect(eve.interpreterNeeded)
        #expect(eve.county == "Pierce")
        let cal = try #require(page.rows.first { $0.name == "Cal Young" })
        #expect(cal.language == "English")
        #expect(!cal.interpreterNeeded)
        #expect(cal.county == nil)
    }

    @Test("days waiting counts from waiting_since, never below zero", arguments: TestEngine.all)
    func daysWaiting(_ engine: TestEngine) throws {
        let f = try waitingRoom(engine)
        let page = try f.store.unassignedParents(asOf: today, matching: nil, page: storeTestAllRows)
        let waited = Dictionary(uniqueKeysWithValues: page.rows.map { ($0.name, $0.daysWaiting(asOf: today)) })
        #expect(waited["Cal Young"] == 34)
        #expect(waited["Ava Reyes"] == 22)
        #expect(waited["Hal Ford"] == 3)
        let hal = try #require(page.rows.first)
        #expect(hal.daysWaiting(asOf: day("2026-11-20")) == 0)
        #expect(hal.daysWaiting(asOf: day("2026-11-01")) == 0)
    }

    @Test("as of a later day, hearings before that day are no longer next", arguments: TestEngine.all)
    func asOfLaterDay(_ engine: TestEngine) throws {
        let f = try waitingRoom(engine)
        let page = try f.store.unassignedParents(asOf: day("2026-11-26"), matching: nil, page: storeTestAllRows)
        #expect(page.rows.map(\.name) == ["Fay Hunt", "Cal Young", "Ava Reyes", "Eve Stone", "Bea Lopez",
                                          "Dee Moss", "Gus Hill", "Hal Ford"])
        #expect(page.rows.first?.nextHearingDate == day("2026-12-01"))
        #expect(page.rows.dropFirst().allSatisfy { $0.nextHearingDate == nil })
    }

    @Test("the next hearing is the soonest across all the parent's cases", arguments: TestEngine.all)
    func acrossCases(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let nia = try f.parent("Nia Cole", waitingSince: day("2026-11-01"))
        try f.hearing(case: try f.caseWithParent("26-7-00201-1", parent: nia), on: day("2026-12-10"))
        try f.hearing(case: try f.caseWithParent("26-7-00202-1", parent: nia, as: .guardian),
                      on: day("2026-11-30"), at: "14:00", type: "review")
        let page = try f.store.unassignedParents(asOf: today, matching: nil, page: storeTestAllRows)
        #expect(page.total == 1)
        #expect(page.rows.first?.nextHearingDate == day("2026-11-30"))
        #expect(page.rows.first?.nextHearingType == "Review")
    }

    @Test("the filter ignores case in accented names and languages too", arguments: TestEngine.all)
    func filterBeyondASCII(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        try f.parent("María Álvarez", language: "Español")
        try f.parent("Zoë Ångström", language: "Svenska")
        let byName = try f.store.unassignedParents(asOf: today, matching: "ÁLVAREZ", page: storeTestAllRows)
        #expect(byName.total == 1)
        #expect(byName.rows.map(\.name) == ["María Álvarez"])
        let byLanguage = try f.store.unassignedParents(asOf: today, matching: "ESPAÑOL", page: storeTestAllRows)
        #expect(byLanguage.rows.map(\.name) == ["María Álvarez"])
        let other = try f.store.unassignedParents(asOf: today, matching: "zoË åNG", page: storeTestAllRows)
        #expect(other.rows.map(\.name) == ["Zoë Ångström"])
    }

    @Test("filter and paging", arguments: TestEngine.all)
    func filterAndPaging(_ engine: TestEngine) throws {
        let f = try waitingRoom(engine)
        let window = try f.store.unassignedParents(asOf: today, matching: nil, page: PageRequest(offset: 2, limit: 2))
        #expect(window.total == 8)
        #expect(window.offset == 2)
        #expect(window.rows.map(\.name) == ["Ava Reyes", "Eve Stone"])

        let end = try f.store.unassignedParents(asOf: today, matching: nil, page: PageRequest(offset: 7, limit: 5))
        #expect(end.total == 8)
        #expect(end.rows.map(\.name) == ["Gus Hill"])

        let byName = try f.store.unassignedParents(asOf: today, matching: "BEA", page: storeTestAllRows)
        #expect(byName.total == 1)
        #expect(byName.rows.map(\.name) == ["Bea Lopez"])

        let byLanguage = try f.store.unassignedParents(asOf: today, matching: "spanish", page: storeTestAllRows)
        #expect(byLanguage.rows.map(\.name) == ["Eve Stone"])

        let byCounty = try f.store.unassignedParents(asOf: today, matching: "king", page: storeTestAllRows)
        #expect(byCounty.rows.map(\.name) == ["Ava Reyes"])

        // The closed and the assigned parent stay out even when the filter names them.
        let hidden = try f.store.unassignedParents(asOf: today, matching: "Irene", page: storeTestAllRows)
        #expect(hidden.total == 0)
        #expect(hidden.rows.isEmpty)
        #expect(try f.store.unassignedParents(asOf: today, matching: "jack", page: storeTestAllRows).total == 0)

        let filteredWindow = try f.store.unassignedParents(asOf: today, matching: "o",
                                                           page: PageRequest(offset: 1, limit: 2))
        // "o" is in Hal Ford, Bea Lopez, Eve Stone, Cal Young, Dee Moss.
        #expect(filteredWindow.total == 5)
        #expect(filteredWindow.rows.map(\.name) == ["Bea Lopez", "Eve Stone"])
    }
}
