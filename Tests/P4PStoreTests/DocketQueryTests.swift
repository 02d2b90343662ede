import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }
private let today = day("2026-11-23")

@Suite("Docket for a day")
struct DocketQueryTests {
    @Test("ordered by time, then courtroom; unknown times last; other days left out", arguments: TestEngine.all)
    func orderAndDay(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        // Each hearing on its own case, so the case number tells them apart.
        func hearing(_ number: String, on date: Day, at time: String?, room: String) throws {
            let caseId = try f.caseWithParent(number, parent: try f.parent("Parent of \(number)"))
            try f.hearing(case: caseId, on: date, at: time, courtroom: room)
        }
        try hearing("26-7-00004-1", on: today, at: "10:30", room: "2")
        // Same time: the courtroom decides, not the case number or the order of insertion.
        try hearing("26-7-00001-1", on: today, at: "09:00", room: "3")
        try hearing("26-7-00005-1", on: today, at: nil, room: "1")
        try hearing("26-7-00002-1", on: today, at: "09:00", room: "1")
        try hearing("26-7-00003-1", on: today, at: "13:30", room: "1")
        try hearing("26-7-00098-1", on: today.adding(days: -1), at: "09:00", room: "1")
        try hearing("26-7-00099-1", on: today.adding(days: 1), at: "08:00", room: "1")

        let page = try f.store.docket(on: today, matching: nil, page: storeTestAllRows)
        #expect(page.total == 5)
        #expect(page.offset == 0)
        #expect(page.rows.map(\.caseNumber) == ["26-7-00002-1", "26-7-00001-1", "26-7-00004-1",
                                                "26-7-00003-1", "26-7-00005-1"])
        #expect(page.rows.map { $0.time?.hhmm } == ["09:00", "09:00", "10:30", "13:30", nil])
        #expect(page.rows.map(\.courtroom) == ["1", "3", "2", "1", "1"])

        let tomorrow = try f.store.docket(on: today.adding(days: 1), matching: nil, page: storeTestAllRows)
        #expect(tomorrow.total == 1)
        #expect(tomorrow.rows.map(\.caseNumber) == ["26-7-00099-1"])

        let empty = try f.store.docket(on: today.adding(days: 7), matching: nil, page: storeTestAllRows)
        #expect(empty.total == 0)
        #expect(empty.rows.isEmpty)
    }

    /// A window from the top that is not full is the whole list, and no count is asked; a full
    /// window, or one further down, still says how long the list is.
    @Test("the total is right whether the window holds the whole list or part of it", arguments: TestEngine.all)
    func totalsOfWindows(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        for n in 1...3 {
            try f.hearing(case: try f.caseWithParent("26-7-0000\(n)-1", parent: try f.parent("Parent \(n)")),
                          on: today, at: "09:0\(n)", courtroom: "1")
        }
        let windows = [(0, 10), (0, 3), (0, 2), (2, 2), (5, 2)]
        let read = try windows.map { offset, limit in
            let page = try f.store.docket(on: today, matching: nil, page: PageRequest(offset: offset, limit: limit))
            return [page.total, page.rows.count]
        }
        #expect(read == [[3, 3], [3, 3], [3, 2], [3, 1], [3, 0]])
        // The pane's read: the same windows, with the court calendar, from one snapshot.
        let pane = try windows.map { offset, limit in
            let day = try f.store.docketDay(on: today, matching: nil, page: PageRequest(offset: offset, limit: limit), courtAsOf: today)
            #expect(day.court == (try f.store.courtCalendar(asOf: today)))
            return [day.page.total, day.page.rows.count]
        }
        #expect(pane == read)
    }

    @Test("lists the case's parents, mother before father, with the covering ally or nil", arguments: TestEngine.all)
    func parentsAndAlly(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        // The father is inserted first and sorts first by name: only the role puts the mother first.
        let aaron = try f.parent("Aaron Brooks")
        let maria = try f.parent("Maria Brooks")
        let brooks = try f.dependencyCase("26-7-00101-1")
        try f.link(parent: aaron, to: brooks, as: .father)
        try f.link(parent: maria, to: brooks, as: .mother)
        let covered = try f.hearing(case: brooks, on: today, at: "09:00", courtroom: "2",
                                    type: "shelter-30", ally: dana, judicialOfficer: "Commissioner Hall")
        try f.engagement(.met, hearing: covered, parent: maria)

        let tanya = try f.parent("Tanya Olsen")
        let olsen = try f.caseWithParent("26-7-00202-5", parent: tanya)
        let uncovered = try f.hearing(case: olsen, on: today, at: "11:00", courtroom: "2")

        let page = try f.store.docket(on: today, matching: nil, page: storeTestAllRows)
        #expect(page.total == 2)
        #expect(page.rows.map(\.hearingId) == [covered, uncovered])

        let first = try #require(page.rows.first)
        #expect(first.caseId == brooks)
        #expect(first.caseNumber == "26-7-00101-1")
        #expect(first.hearingType == "30-day shelter care review")
        #expect(first.hearingTypeShort == "Shelter 30d")
        #expect(first.status == .scheduled)
        #expect(first.judicialOfficer == "Commissioner Hall")
        #expect(first.coveringAlly == NamedRef(id: dana, name: "Dana Whitfield"))
        #expect(first.parents.map(\.name) == ["Maria Brooks", "Aaron Brooks"])
        #expect(first.parents.map(\.id) == [maria, aaron])
        #expect(first.parents.map(\.role) == [.mother, .father])
        #expect(first.parents.map(\.engagement) == [.met, nil])

        let second = try #require(page.rows.last)
        #expect(second.coveringAlly == nil)
        #expect(second.judicialOfficer == nil)
        #expect(second.parents.map(\.name) == ["Tanya Olsen"])
        #expect(second.parents.map(\.role) == [.mother])
    }

    @Test("a parent's first hearing is marked; after one is held, the next is not", arguments: TestEngine.all)
    func firstHearingMark(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rosa = try f.parent("Rosa Diaz")
        let diaz = try f.caseWithParent("26-7-00301-2", parent: rosa)
        try f.hearing(case: diaz, on: day("2026-11-02"), status: .held)
        try f.hearing(case: diaz, on: today, at: "10:00")

        let shelterDay = try f.store.docket(on: day("2026-11-02"), matching: nil, page: storeTestAllRows)
        #expect(shelterDay.rows.count == 1)
        #expect(shelterDay.rows.first?.parents.map(\.isFirstHearing) == [true])
        #expect(shelterDay.rows.first?.isAnyParentsFirstHearing == true)

        let later = try f.store.docket(on: today, matching: nil, page: storeTestAllRows)
        #expect(later.rows.count == 1)
        #expect(later.rows.first?.parents.map(\.isFirstHearing) == [false])
        #expect(later.rows.first?.isAnyParentsFirstHearing == false)
    }

    @Test("an earlier hearing held the same morning makes the afternoon one not first", arguments: TestEngine.all)
    func sameDayEarlierHeld(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rosa = try f.parent("Rosa Diaz")
        let diaz = try f.caseWithParent("26-7-00301-2", parent: rosa)
        let morning = try f.hearing(case: diaz, on: today, at: "09:00", status: .held)
        let afternoon = try f.hearing(case: diaz, on: today, at: "14:00", type: "other")

        let page = try f.store.docket(on: today, matching: nil, page: storeTestAllRows)
        #expect(page.rows.map(\.hearingId) == [morning, afternoon])
        #expect(page.rows.map { $0.parents.map(\.isFirstHearing) } == [[true], [false]])
    }

    @Test("a continued hearing was not held: the hearing it was continued to is still the first", arguments: TestEngine.all)
    func continuedIsNotHeld(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let lena = try f.parent("Lena Park")
        let park = try f.caseWithParent("26-7-00402-9", parent: lena)
        try f.hearing(case: park, on: day("2026-11-16"), status: .continued)
        try f.hearing(case: park, on: today, at: "13:30")

        let continuedDay = try f.store.docket(on: day("2026-11-16"), matching: nil, page: storeTestAllRows)
        #expect(continuedDay.rows.first?.status == .continued)
        #expect(continuedDay.rows.first?.parents.map(\.isFirstHearing) == [true])

        let page = try f.store.docket(on: today, matching: nil, page: storeTestAllRows)
        #expect(page.rows.count == 1)
        #expect(page.rows.first?.parents.map(\.isFirstHearing) == [true])
    }

    @Test("a cancelled earlier hearing does not count as held either", arguments: TestEngine.all)
    func cancelledIsNotHeld(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let lena = try f.parent("Lena Park")
        let park = try f.caseWithParent("26-7-00402-9", parent: lena)
        try f.hearing(case: park, on: day("2026-11-16"), status: .cancelled)
        try f.hearing(case: park, on: today)

        let page = try f.store.docket(on: today, matching: nil, page: storeTestAllRows)
        #expect(page.rows.first?.parents.map(\.isFirstHearing) == [true])
    }

    @Test("a father who joined the case later has his own first hearing", arguments: TestEngine.all)
    func fatherJoinedLater(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let kim = try f.parent("Kim Nguyen")
        let joe = try f.parent("Joe Tran")
        let nguyen = try f.dependencyCase("26-7-00503-4")
        try f.link(parent: kim, to: nguyen, as: .mother, joinedOn: day("2026-11-02"))
        try f.link(parent: joe, to: nguyen, as: .father, joinedOn: day("2026-11-10"))
        try f.hearing(case: nguyen, on: day("2026-11-02"), status: .held)
        // Today's hearing has happened already; it is still Joe's first, and the next one is not.
        let todays = try f.hearing(case: nguyen, on: today, at: "09:30", status: .held)
        let next = try f.hearing(case: nguyen, on: day("2026-12-07"), at: "09:30", type: "fact-finding")

        let page = try f.store.docket(on: today, matching: nil, page: storeTestAllRows)
        let entry = try #require(page.rows.first)
        #expect(entry.hearingId == todays)
        #expect(entry.parents.map(\.name) == ["Kim Nguyen", "Joe Tran"])
        #expect(entry.parents.map(\.isFirstHearing) == [false, true])
        #expect(entry.isAnyParentsFirstHearing)

        let december = try f.store.docket(on: day("2026-12-07"), matching: nil, page: storeTestAllRows)
        #expect(december.rows.map(\.hearingId) == [next])
        #expect(december.rows.first?.parents.map(\.isFirstHearing) == [false, false])
        #expect(december.rows.first?.isAnyParentsFirstHearing == false)
    }

    @Test("the filter matches name, case number, courtroom, type and ally, ignoring case", arguments: TestEngine.all)
    func filter(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let maria = try f.parent("Maria Brooks")
        let tanya = try f.parent("Tanya Olsen")
        let grace = try f.parent("Grace Lee")
        try f.hearing(case: try f.caseWithParent("24-7-00101-1", parent: maria), on: today, at: "09:00",
                      courtroom: "E-201", ally: dana)
        try f.hearing(case: try f.caseWithParent("24-7-00202-5", parent: tanya), on: today, at: "10:00",
                      courtroom: "E-305", type: "fact-finding")
        try f.hearing(case: try f.caseWithParent("25-7-00333-2", parent: grace), on: today, at: "11:00",
                      courtroom: "E-305", type: "review")
        // Another day's hearing for Maria must not leak into a filtered docket.
        try f.hearing(case: try f.caseWithParent("24-7-00999-1", parent: maria), on: today.adding(days: 1))

        func names(_ text: String?) throws -> (Int, [String]) {
            let page = try f.store.docket(on: today, matching: text, page: storeTestAllRows)
            return (page.total, page.rows.flatMap { $0.parents.map(\.name) })
        }
        #expect(try names(nil) == (3, ["Maria Brooks", "Tanya Olsen", "Grace Lee"]))
        #expect(try names("") == (3, ["Maria Brooks", "Tanya Olsen", "Grace Lee"]))
        #expect(try names("   ") == (3, ["Maria Brooks", "Tanya Olsen", "Grace Lee"]))
        #expect(try names("brooks") == (1, ["Maria Brooks"]))
        #expect(try names("MARIA") == (1, ["Maria Brooks"]))
        #expect(try names("  olsen ") == (1, ["Tanya Olsen"]))
        #expect(try names("00202") == (1, ["Tanya Olsen"]))
        #expect(try names("24-7") == (2, ["Maria Brooks", "Tanya Olsen"]))
        #expect(try names("e-305") == (2, ["Tanya Olsen", "Grace Lee"]))
        #expect(try names("FACT") == (1, ["Tanya Olsen"]))
        #expect(try names("whitfield") == (1, ["Maria Brooks"]))
        #expect(try names("nobody") == (0, []))
        // The user's own wildcard characters are taken literally.
        #expect(try names("%") == (0, []))
        #expect(try names("_") == (0, []))
    }

    @Test("the filter ignores case and accents, so a US keyboard finds every name", arguments: TestEngine.all)
    func filterBeyondASCII(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let maria = try f.parent("María Álvarez")
        let andres = try f.parent("ANDRÉS ÑÚÑEZ")
        try f.hearing(case: try f.caseWithParent("26-7-00601-1", parent: maria), on: today, at: "09:00")
        try f.hearing(case: try f.caseWithParent("26-7-00602-1", parent: andres, as: .father), on: today,
                      at: "10:00")

        func names(_ text: String) throws -> (Int, [String]) {
            let page = try f.store.docket(on: today, matching: text, page: storeTestAllRows)
            return (page.total, page.rows.flatMap { $0.parents.map(\.name) })
        }
        #expect(try names("álvarez") == (1, ["María Álvarez"]))
        #expect(try names("MARÍA ÁLVAREZ") == (1, ["María Álvarez"]))
        #expect(try names("ñúñez") == (1, ["ANDRÉS ÑÚÑEZ"]))
        #expect(try names("andrés") == (1, ["ANDRÉS ÑÚÑEZ"]))
        #expect(try names("alvarez") == (1, ["María Álvarez"]), "typed without the accent")
        #expect(try names("nunez") == (1, ["ANDRÉS ÑÚÑEZ"]))
    }

    @Test("Vietnamese names are found without their tone marks", arguments: TestEngine.all)
    func filterVietnamese(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let hong = try f.parent("Nguyễn Thị Hồng")
        try f.hearing(case: try f.caseWithParent("26-7-00603-1", parent: hong), on: today, at: "09:00")
        let page = try f.store.docket(on: today, matching: "nguyen thi hong", page: storeTestAllRows)
        #expect(page.rows.flatMap { $0.parents.map(\.name) } == ["Nguyễn Thị Hồng"])
    }

    @Test("paging: rows are the requested window, total is the whole list", arguments: TestEngine.all)
    func paging(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let times = ["08:00", "09:00", "10:00", "11:00", "12:00", "13:00", "14:00"]
        for (i, time) in times.enumerated() {
            let parent = try f.parent(i % 2 == 0 ? "Even Parent \(i)" : "Odd Parent \(i)")
            try f.hearing(case: try f.caseWithParent("26-7-0070\(i)-1", parent: parent), on: today, at: time)
        }

        let window = try f.store.docket(on: today, matching: nil, page: PageRequest(offset: 2, limit: 3))
        #expect(window.total == 7)
        #expect(window.offset == 2)
        #expect(window.rows.map { $0.time?.hhmm } == ["10:00", "11:00", "12:00"])
        #expect(window.rows.map { $0.parents.map(\.name) } == [["Even Parent 2"], ["Odd Parent 3"], ["Even Parent 4"]])

        let tail = try f.store.docket(on: today, matching: nil, page: PageRequest(offset: 6, limit: 3))
        #expect(tail.total == 7)
        #expect(tail.rows.map { $0.time?.hhmm } == ["14:00"])

        let beyond = try f.store.docket(on: today, matching: nil, page: PageRequest(offset: 10, limit: 3))
        #expect(beyond.total == 7)
        #expect(beyond.offset == 10)
        #expect(beyond.rows.isEmpty)

        let none = try f.store.docket(on: today, matching: nil, page: PageRequest(offset: 0, limit: 0))
        #expect(none.total == 7)
        #expect(none.rows.isEmpty)

        // Filter and window together: total is the filtered count.
        let odd = try f.store.docket(on: today, matching: "odd", page: PageRequest(offset: 1, limit: 1))
        #expect(odd.total == 3)
        #expect(odd.rows.map { $0.parents.map(\.name) } == [["Odd Parent 3"]])
    }
}
