import Foundation
import GRDB
@testable import P4PStore

/// A small program on a real SQLite file, with the names and troubles the screens must handle:
/// accents, Vietnamese, CJK, two parents on one case, a continued hearing, an escape sequence
/// in a name, a follow-up done late.
enum Fixture {
    static let today = Day(iso: "2026-11-23")!

    static func makeStore() throws -> SQLiteStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-term-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try SQLiteStore.create(at: dir.appendingPathComponent("fixture.sqlite").path)
        try store.pool.write(fill)
        return store
    }

    static func day(_ offset: Int) -> Day { today.adding(days: offset) }
    static func time(_ h: Int, _ m: Int) -> TimeOfDay { TimeOfDay(hour: h, minute: m)! }

    static func fill(_ db: Database) throws {
        func type(_ code: String) throws -> ID {
            try ID.fetchOne(db, sql: "SELECT id FROM hearing_types WHERE code = ?", arguments: [code])!
        }
        var ana = Ally(name: "Ana Ruiz", phone: "555-0101", languages: ["English", "Spanish"], county: "King")
        var tom = Ally(name: "Tom Sampson", languages: ["English"], county: "King", livedExperience: ["incarceration"])
        try ana.insert(db); try tom.insert(db)

        func parent(_ name: String, language: String = "English", ally: Ally? = nil, waiting: Int) throws -> Parent {
            var p = Parent(name: name, language: language, interpreterNeeded: language != "English", county: "King",
                           allyId: ally?.id, allySince: ally == nil ? nil : day(waiting), waitingSince: day(waiting))
            try p.insert(db)
            return p
        }
        func newCase(_ number: String, removal: Int) throws -> DependencyCase {
            var c = DependencyCase(caseNumber: number, county: "King", petitionDate: day(removal + 1), removalDate: day(removal))
            try c.insert(db)
            return c
        }
        func link(_ c: DependencyCase, _ p: Parent, _ role: ParentRole) throws {
            try CaseParent(caseId: c.id!, parentId: p.id!, role: role).insert(db)
        }
        func hearing(_ c: DependencyCase, _ code: String, _ offset: Int, _ t: TimeOfDay, _ room: String,
                     _ status: HearingStatus = .scheduled, ally: Ally? = nil) throws {
            var h = Hearing(caseId: c.id!, typeId: try type(code), date: day(offset), time: t, courtroom: room,
                            judicialOfficer: "Cmsr. Lee", status: status, allyId: ally?.id)
            try h.insert(db)
        }

        let maria = try parent("María José Núñez", language: "Spanish", waiting: -2)
        let jose = try parent("José Pérez", language: "Spanish", waiting: -2)
        // Shared with Tom's lived experience: the assign picker says so.
        try db.execute(sql: "INSERT INTO parent_circumstances (parent_id, code) VALUES (?, 'incarceration')", arguments: [maria.id])
        let c1 = try newCase("26-7-01001-1", removal: -3)
        try link(c1, maria, .mother); try link(c1, jose, .father)
        try hearing(c1, "shelter-72", 0, time(9, 0), "Dept 2")

        let hong = try parent("Nguyễn Thị Hồng", language: "Vietnamese", ally: ana, waiting: -28)
        let c2 = try newCase("26-7-00950-2", removal: -29)
        try link(c2, hong, .mother)
        try hearing(c2, "shelter-72", -28, time(9, 0), "Dept 1", .held, ally: ana)
        try hearing(c2, "shelter-30", 0, time(9, 30), "Dept 1", ally: ana)

        let wang = try parent("王秀英", language: "Mandarin", ally: tom, waiting: -60)
        let c3 = try newCase("26-7-00977-3", removal: -61)
        try link(c3, wang, .mother)
        try hearing(c3, "shelter-72", -60, time(10, 0), "Courtroom 3A", .held, ally: tom)
        try hearing(c3, "fact-finding", 0, time(10, 0), "Courtroom 3A", .continued)

        let evil = try parent("Evil\u{1B}[31mName\u{1B}[0m Smith", waiting: -1)
        let c4 = try newCase("26-7-01010-4", removal: -2)
        try link(c4, evil, .father)
        try hearing(c4, "shelter-72", 0, time(13, 30), "Dept 2", ally: tom)

        let hodan = try parent("Hodan Abdi Warsame", language: "Somali", ally: ana, waiting: -120)
        let c5 = try newCase("26-7-00800-5", removal: -121)
        try link(c5, hodan, .mother)
        try hearing(c5, "shelter-72", -120, time(9, 0), "Dept 4", .held, ally: ana)
        try hearing(c5, "review", 1, time(11, 0), "Dept 4")

        var call = Contact(parentId: hong.id!, allyId: ana.id, date: day(-27), time: time(14, 0), mode: .phone,
                           minutes: 15, reached: true, topics: "case plan, visitation")
        try call.insert(db)
        let f1 = FollowUp(parentId: hong.id!, allyId: ana.id, dueDate: day(-5), kind: "check-in")
        let f2 = FollowUp(parentId: wang.id!, allyId: tom.id, dueDate: today, kind: "hearing reminder")
        let f3 = FollowUp(parentId: hodan.id!, allyId: ana.id, dueDate: day(-3), kind: "check-in", doneOn: day(-1))
        let f4 = FollowUp(parentId: hodan.id!, allyId: ana.id, dueDate: day(-2), kind: "hearing reminder")
        let f5 = FollowUp(parentId: hong.id!, allyId: ana.id, dueDate: day(-26), kind: "first call", doneOn: day(-27), contactId: call.id)
        for var f in [f1, f2, f3, f4, f5] { try f.insert(db) }
    }
}
