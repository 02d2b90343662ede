import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }

@Suite("Caseloads")
struct CaseloadTests {
    @Test("open parents per ally, closed ones not counted, with each ally's limit", arguments: TestEngine.all)
    func counts(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let old = try f.ally("Olive Former", limit: 12, active: false)
        let luis = try f.ally("Luis Ortega", limit: 5)
        let dana = try f.ally("Dana Whitfield", limit: 8)
        for name in ["Ana Cruz", "Ben Shaw", "Cleo Grant"] { try f.parent(name, ally: dana) }
        try f.parent("Dan Closed", ally: dana, status: .closed)
        try f.parent("Luis Closed", ally: luis, status: .closed)
        try f.parent("Olive's Last", ally: old)
        try f.parent("Nobody's Yet")

        let loads = try f.store.caseloads()
        #expect(loads.map(\.ally) == [NamedRef(id: dana, name: "Dana Whitfield"),
                                      NamedRef(id: luis, name: "Luis Ortega"),
                                      NamedRef(id: old, name: "Olive Former")])
        #expect(loads.map(\.openParents) == [3, 0, 1])
        #expect(loads.map(\.limit) == [8, 5, 12])
        #expect(loads.map(\.active) == [true, true, false])
    }

    @Test("no allies, no caseloads", arguments: TestEngine.all)
    func empty(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        #expect(try f.store.caseloads().isEmpty)
    }
}

@Suite("Parent detail")
struct ParentDetailTests {
    @Test("case, children, other parents, hearings, contacts and follow-ups, in their orders", arguments: TestEngine.all)
    func detail(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let luis = try f.ally("Luis Ortega")
        let maria = try f.parent("Maria Brooks", waitingSince: day("2026-11-01"), ally: dana,
                                 language: "Spanish", interpreterNeeded: true, county: "King")
        let gina = try f.parent("Gina Brooks")
        let aaron = try f.parent("Aaron Brooks")
        let brooks = try f.dependencyCase("26-7-00101-1", petition: day("2026-10-30"))
        try f.link(parent: gina, to: brooks, as: .guardian)
        try f.link(parent: maria, to: brooks, as: .mother, joinedOn: day("2026-10-30"))
        try f.link(parent: aaron, to: brooks, as: .father)
        try f.child("J.B.", case: brooks, birthYear: 2019)
        try f.child("K.B.", case: brooks, birthYear: 2022)

        // Another parent's case and records must not leak in.
        let other = try f.parent("Tanya Olsen", ally: dana)
        let olsen = try f.caseWithParent("26-7-00202-5", parent: other)
        try f.child("T.O.", case: olsen)
        try f.hearing(case: olsen, on: day("2026-11-05"))
        try f.contact(parent: other, ally: dana, on: day("2026-11-20"))
        try f.followUp(parent: other, ally: dana, due: day("2026-11-21"))

        // Hearings inserted out of date order.
        let review = try f.hearing(case: brooks, on: day("2026-12-07"), at: "09:00", type: "review")
        let shelter = try f.hearing(case: brooks, on: day("2026-11-02"), at: "13:30", type: "shelter-72",
                                    status: .held, ally: dana)
        let thirtyDay = try f.hearing(case: brooks, on: day("2026-11-20"), at: "10:00", type: "shelter-30",
                                      status: .held, ally: luis)
        let thirtyDayEarlier = try f.hearing(case: brooks, on: day("2026-11-20"), at: "08:30", type: "other",
                                             status: .cancelled)
        try f.engagement(.met, hearing: shelter, parent: maria)
        try f.engagement(.declined, hearing: shelter, parent: aaron)

        let call = try f.contact(parent: maria, ally: dana, on: day("2026-11-03"), mode: .phone)
        let evening = try f.contact(parent: maria, ally: dana, on: day("2026-11-10"), at: "17:45", mode: .meeting)
        let morning = try f.contact(parent: maria, ally: luis, on: day("2026-11-10"), at: "09:15", mode: .text,
                                    reached: false)
        let atCourt = try f.contact(parent: maria, ally: nil, on: day("2026-11-02"), at: "14:00", mode: .court)

        let doneLong = try f.followUp(parent: maria, ally: dana, due: day("2026-11-04"), kind: "first call",
                                      doneOn: day("2026-11-05"))
        let openLater = try f.followUp(parent: maria, ally: dana, due: day("2026-11-30"), kind: "check-in")
        let doneRecent = try f.followUp(parent: maria, ally: luis, due: day("2026-11-12"), kind: "check-in",
                                        doneOn: day("2026-11-12"))
        let openSooner = try f.followUp(parent: maria, ally: nil, due: day("2026-11-25"), kind: "hearing reminder")

        try f.classAttendance(parent: maria, on: day("2026-11-21"), attended: true)
        try f.classAttendance(parent: maria, on: day("2026-11-14"), attended: false)

        let detail = try #require(try f.store.parentDetail(id: maria))
        #expect(detail.parent.id == maria)
        #expect(detail.parent.name == "Maria Brooks")
        #expect(detail.parent.language == "Spanish")
        #expect(detail.parent.interpreterNeeded)
        #expect(detail.parent.county == "King")
        #expect(detail.parent.waitingSince == day("2026-11-01"))
        #expect(detail.ally?.id == dana)
        #expect(detail.ally?.name == "Dana Whitfield")
        #expect(detail.dependency101Attended == day("2026-11-21"))

        #expect(detail.cases.count == 1)
        let summary = try #require(detail.cases.first)
        #expect(summary.dependencyCase.id == brooks)
        #expect(summary.dependencyCase.caseNumber == "26-7-00101-1")
        #expect(summary.dependencyCase.petitionDate == day("2026-10-30"))
        #expect(summary.role == .mother)
        #expect(summary.children.map(\.name) == ["J.B.", "K.B."])
        #expect(summary.children.map(\.birthYear) == [2019, 2022])
        #expect(summary.otherParents == [NamedRef(id: aaron, name: "Aaron Brooks"),
                                         NamedRef(id: gina, name: "Gina Brooks")])

        #expect(detail.hearings.map(\.hearing.id) == [shelter, thirtyDayEarlier, thirtyDay, review])
        #expect(detail.hearings.map(\.typeName) == ["72-hour shelter care", "Other", "30-day shelter care review",
                                                    "Dependency review"])
        #expect(detail.hearings.map(\.hearing.status) == [.held, .cancelled, .held, .scheduled])
        #expect(detail.hearings.map(\.coveringAlly) == ["Dana Whitfield", nil, "Luis Ortega", nil])
        #expect(detail.hearings.map(\.engagement) == [.met, nil, nil, nil])
        #expect(detail.hearings.allSatisfy { $0.caseNumber == "26-7-00101-1" })
        #expect(detail.hearings.first?.hearing.time == StoreFixture.time("13:30"))

        #expect(detail.contacts.map(\.contact.id) == [evening, morning, call, atCourt])
        #expect(detail.contacts.map(\.contact.mode) == [.meeting, .text, .phone, .court])
        #expect(detail.contacts.map(\.allyName) == ["Dana Whitfield", "Luis Ortega", "Dana Whitfield", nil])
        #expect(detail.contacts.map(\.contact.reached) == [true, false, true, true])

        #expect(detail.followUps.map(\.followUp.id) == [openSooner, openLater, doneRecent, doneLong])
        #expect(detail.followUps.map(\.followUp.doneOn) == [nil, nil, day("2026-11-12"), day("2026-11-05")])
        #expect(detail.followUps.map(\.allyName) == [nil, "Dana Whitfield", "Luis Ortega", "Dana Whitfield"])
    }

    @Test("a parent on two cases sees both, and the hearings of both in date order", arguments: TestEngine.all)
    func twoCases(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let nia = try f.parent("Nia Cole")
        let first = try f.caseWithParent("25-7-00011-1", parent: nia)
        let second = try f.caseWithParent("26-7-00022-2", parent: nia, as: .guardian)
        let late = try f.hearing(case: first, on: day("2026-12-01"))
        let early = try f.hearing(case: second, on: day("2026-11-03"))
        let middle = try f.hearing(case: first, on: day("2026-11-17"))

        let detail = try #require(try f.store.parentDetail(id: nia))
        #expect(Set(detail.cases.map(\.dependencyCase.caseNumber)) == ["25-7-00011-1", "26-7-00022-2"])
        #expect(detail.cases.allSatisfy { $0.otherParents.isEmpty && $0.children.isEmpty })
        #expect(detail.hearings.map(\.hearing.id) == [early, middle, late])
        #expect(detail.hearings.map(\.caseNumber) == ["26-7-00022-2", "25-7-00011-1", "25-7-00011-1"])
        #expect(detail.ally == nil)
        #expect(detail.contacts.isEmpty)
        #expect(detail.followUps.isEmpty)
        #expect(detail.dependency101Attended == nil)
    }

    @Test("nil for an unknown id", arguments: TestEngine.all)
    func unknown(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let only = try f.parent("Maria Brooks")
        #expect(try f.store.parentDetail(id: only + 1000) == nil)
        #expect(try f.store.parentDetail(id: only) != nil)
    }
}

@Suite("Finding parents by name")
struct ParentSearchStoreTests {
    @Test("by the start of any word of the name, ignoring case and accents, as the filters do", arguments: TestEngine.all)
    func anyWord(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let day = StoreFixture.day("2026-11-23")
        for name in ["María Elena Castillo Pérez", "Itzel Núñez", "mario Ruiz", "Ana María", "Marta 100%", "Sean O'Brien"] {
            try f.store.createParent(Parent(name: name, waitingSince: day))
        }
        func names(_ typed: String, limit: Int = 10) throws -> [String] {
            try f.store.findParents(nameStartingWith: typed, limit: limit).map(\.name)
        }
        #expect(try names("nun") == ["Itzel Núñez"])
        #expect(try names("NÚÑ") == ["Itzel Núñez"])
        #expect(try names("maria") == ["Ana María", "María Elena Castillo Pérez"])
        #expect(try names("castillo") == ["María Elena Castillo Pérez"])
        #expect(try names("maria cas") == ["María Elena Castillo Pérez"])
        #expect(try names("pere") == ["María Elena Castillo Pérez"])
        #expect(try names("mar") == ["Ana María", "María Elena Castillo Pérez", "mario Ruiz", "Marta 100%"])
        #expect(try names("mar", limit: 2).count == 2)
        #expect(try names("o'bri") == ["Sean O'Brien"])
        // Nothing typed is read as search syntax.
        #expect(try names("\"castillo\" OR *").isEmpty)
        #expect(try names("Marta 100%") == ["Marta 100%"])
        #expect(try names("  ").isEmpty)
        #expect(try names("-- () *").isEmpty)
        #expect(try f.store.findParents(nameStartingWith: "Itzel", limit: 10).first?.caseNumber == nil)
    }

    @Test("a renamed parent is found by the new name only", arguments: TestEngine.all)
    func renamed(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let id = try f.parent("Itzel Núñez")
        var parent = try #require(try f.store.engine.read { db in try Parent.fetchOne(db, key: id) })
        parent.name = "Itzel Rivera"
        try f.store.updateParent(parent, today: StoreFixture.day("2026-11-23"))
        #expect(try f.store.findParents(nameStartingWith: "nun", limit: 10).isEmpty)
        #expect(try f.store.findParents(nameStartingWith: "riv", limit: 10).map(\.id) == [id])
    }
}
