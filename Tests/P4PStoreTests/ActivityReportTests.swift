import Foundation
import GRDB
import Testing
@testable import P4PStore

/// The activity report for October 2026 on a small world built here, every figure worked out
/// by hand in the comments. The definitions are the README's ("The activity report").
@Suite struct ActivityReportTests {
    static let october = ReportPeriod(month: "2026-10")!
    static func d(_ iso: String) -> Day { StoreFixture.day(iso) }

    /// Allies Ana and Ben (active), Cy (inactive, idle in October), Dee (inactive, taught a
    /// class in October); parents P1..P5; a supervisor's contact is one with no ally.
    struct World {
        let fixture: StoreFixture
        let ana: ID, ben: ID, dee: ID
        var store: ProgramStore { fixture.store }

        init(_ engine: TestEngine) throws {
            let f = try StoreFixture(engine)
            fixture = f
            let d = ActivityReportTests.d
            ana = try f.ally("Ana Ruiz"); ben = try f.ally("Ben Okafor")
            try f.ally("Cy Former", active: false); dee = try f.ally("Dee Teacher", active: false)
            let (ana, ben, dee) = (ana, ben, dee)

            // Ally since: P1 10-05 (new for Ana), P2 09-20 (not new), P3 10-31 (new for Ben,
            // the month's last day), P4 11-01 (not new: next month); P5 has no ally.
            let p1 = try Self.parent(f, "P1", ally: ana, since: "2026-10-05")
            let p2 = try Self.parent(f, "P2", ally: ana, since: "2026-09-20")
            let p3 = try Self.parent(f, "P3", ally: ben, since: "2026-10-31")
            let p4 = try Self.parent(f, "P4", ally: ben, since: "2026-11-01")
            let p5 = try f.parent("P5", waitingSince: d("2026-09-01"))

            // Contacts: who made them, mode, minutes, reached.
            let c1 = try Self.contact(f, p1, ana, "2026-10-02", .phone, 20, reached: true)
            try Self.contact(f, p1, ana, "2026-10-09", .text, nil, reached: false)
            try Self.contact(f, p2, ana, "2026-10-15", .homeVisit, 60, reached: true)
            try Self.contact(f, p2, ana, "2026-10-16", .phone, 10, reached: false)
            let c5 = try Self.contact(f, p3, ben, "2026-10-20", .meeting, 45, reached: true)
            try Self.contact(f, p4, ben, "2026-09-30", .phone, 30, reached: true)        // September
            let c7 = try Self.contact(f, p5, nil, "2026-10-21", .phone, 25, reached: true) // a supervisor's
            try Self.contact(f, p1, ben, "2026-11-01", .phone, 5, reached: true)         // November
            try Self.contact(f, p3, ben, "2026-10-31", .video, 30, reached: false)

            // Hearings.
            let a = try f.dependencyCase("A", petition: d("2026-09-30"))
            try f.link(parent: p1, to: a, as: .mother); try f.link(parent: p2, to: a, as: .father)
            let h1 = try f.hearing(case: a, on: d("2026-10-01"), status: .held, ally: ana)
            try f.engagement(.met, hearing: h1, parent: p1); try f.engagement(.declined, hearing: h1, parent: p2)
            let h2 = try f.hearing(case: a, on: d("2026-10-10"), status: .continued, ally: ana)
            try f.engagement(.met, hearing: h2, parent: p2)
            let b = try f.dependencyCase("B", petition: d("2026-10-01"))
            try f.link(parent: p3, to: b, as: .mother)
            let h3 = try f.hearing(case: b, on: d("2026-10-12"), status: .held, ally: ben)
            try f.engagement(.notPresent, hearing: h3, parent: p3)
            let h4 = try f.hearing(case: b, on: d("2026-10-25"), status: .held)
            try f.engagement(.met, hearing: h4, parent: p3)
            try f.hearing(case: b, on: d("2026-10-28"), status: .cancelled, ally: ben)
            try f.hearing(case: b, on: d("2026-11-02"), ally: ben)

            // Classes: who taught, who came.
            try Self.session(f, "dependency-101", "2026-10-15", teacher: ana, [p1: true, p4: true, p2: false])
            try Self.session(f, "support-group", "2026-10-22", teacher: dee, [p5: true])
            try Self.session(f, "dependency-101", "2026-09-20", teacher: ana, [p2: true])
            try Self.session(f, "dependency-201", "2026-10-29", teacher: nil, [p2: false])

            // Referrals.
            try Self.referral(f, p1, contact: c1, ally: nil, "2026-10-02")  // Ana's, by her contact
            try Self.referral(f, p2, contact: nil, ally: ana, "2026-10-17")
            try Self.referral(f, p5, contact: c7, ally: nil, "2026-10-21")  // the supervisor's contact: nobody's
            try Self.referral(f, p3, contact: c5, ally: ben, "2026-10-20")
            try Self.referral(f, p1, contact: nil, ally: ana, "2026-09-30") // September
        }

        static func parent(_ f: StoreFixture, _ name: String, ally: ID, since: String) throws -> ID {
            try f.write { db in
                var parent = Parent(name: name, allyId: ally, allySince: d(since), waitingSince: d("2026-09-01"))
                try parent.insert(db)
                return parent.id!
            }
        }

        @discardableResult
        static func contact(_ f: StoreFixture, _ parent: ID, _ ally: ID?, _ day: String, _ mode: ContactMode,
                            _ minutes: Int?, reached: Bool) throws -> ID {
            try f.write { db in
                var contact = Contact(parentId: parent, allyId: ally, date: d(day), mode: mode, minutes: minutes, reached: reached)
                try contact.insert(db)
                return contact.id!
            }
        }

        static func session(_ f: StoreFixture, _ course: String, _ day: String, teacher: ID?, _ roster: [ID: Bool]) throws {
            try f.write { db in
                var session = ClassSession(course: course, date: d(day), allyId: teacher)
                try session.insert(db)
                for (parent, attended) in roster {
                    try ClassAttendance(sessionId: session.id!, parentId: parent, invitedOn: d(day).adding(days: -7),
                                        attended: attended).insert(db)
                }
            }
        }

        static func referral(_ f: StoreFixture, _ parent: ID, contact: ID?, ally: ID?, _ day: String) throws {
            try f.write { db in
                var referral = Referral(parentId: parent, contactId: contact, allyId: ally, date: d(day), kind: "housing")
                try referral.insert(db)
            }
        }
    }

    func modes(_ row: AllyActivity) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: row.byMode.filter { $0.contacts > 0 }.map { ($0.mode.rawValue, [$0.contacts, $0.minutes]) })
    }

    @Test(arguments: TestEngine.all)
    func everyFigureMatchesTheHandCalculation(_ engine: TestEngine) throws {
        let world = try World(engine)
        let r = try world.store.activityReport(Self.october)

        // Rows: active allies Ana and Ben, inactive Dee (she taught in October), not idle Cy;
        // by name; then the work credited to no ally.
        #expect(r.allies.map { $0.ally?.name } == ["Ana Ruiz", "Ben Okafor", "Dee Teacher", nil])
        let ana = r.allies[0], ben = r.allies[1], dee = r.allies[2], nobody = r.allies[3]

        // Ana. Served: her reached contacts P1 (10-02), P2 (10-15); met at hearings she covered:
        // P1 at H1, P2 at H2 (continued, but met); at her class of 10-15: P1, P4.
        // {P1, P2, P4} = 3. New: P1 (10-05) = 1; P2 came in September.
        // Contacts: phone 20 + phone 10, text (no minutes), home visit 60 = 4 contacts, 90 min.
        // Hearings covered: H1 held = 1 (H2 was continued). Classes: 10-15 = 1 (09-20 is
        // September). Referrals: P1's at her contact (no ally on the referral) and P2's = 2.
        #expect(ana.parentsServed == 3 && ana.newParents == 1)
        #expect(ana.contacts == 4 && ana.minutes == 90)
        #expect(modes(ana) == ["phone": [2, 30], "text": [1, 0], "home visit": [1, 60]])
        #expect(ana.hearingsCovered == 1 && ana.classesTaught == 1 && ana.referrals == 2)

        // Ben. Served: his reached contact with P3 on 10-20 (the video on 10-31 did not reach;
        // 09-30 and 11-01 are outside); P3 was not present at H3. {P3} = 1. New: P3 on 10-31 = 1
        // (P4's 11-01 is November). Contacts: meeting 45, video 30 = 2, 75 min. Covered: H3 = 1
        // (H5 was cancelled). Classes 0. Referrals: P3's = 1.
        #expect(ben.parentsServed == 1 && ben.newParents == 1)
        #expect(ben.contacts == 2 && ben.minutes == 75)
        #expect(modes(ben) == ["meeting": [1, 45], "video": [1, 30]])
        #expect(ben.hearingsCovered == 1 && ben.classesTaught == 0 && ben.referrals == 1)

        // Dee taught the support group on 10-22: P5 came. Served 1, one class, nothing else.
        #expect(dee.parentsServed == 1 && dee.classesTaught == 1 && dee.contacts == 0 && dee.referrals == 0)

        // Nobody's: the supervisor's phone call to P5 (25 min, reached); P3 met at H4, which no
        // ally covered; the 10-29 class had no teacher, and P2 did not come. Served {P5, P3} = 2.
        // No new parents, no hearing covered, no class taught; the referral at the supervisor's
        // contact = 1.
        #expect(nobody.parentsServed == 2 && nobody.newParents == 0)
        #expect(nobody.contacts == 1 && nobody.minutes == 25 && modes(nobody) == ["phone": [1, 25]])
        #expect(nobody.hearingsCovered == 0 && nobody.classesTaught == 0 && nobody.referrals == 1)

        // All: served {P1, P2, P4} ∪ {P3} ∪ {P5} ∪ {P5, P3} = 5 (not 3 + 1 + 1 + 2 = 7);
        // new 2; contacts 7, minutes 90 + 75 + 25 = 190; phone 3 (20 + 10 + 25 = 55); covered 2;
        // classes 2; referrals 4 (the September one is outside).
        let all = r.totals
        #expect(all.ally == nil && all.parentsServed == 5 && all.newParents == 2)
        #expect(all.contacts == 7 && all.minutes == 190)
        #expect(modes(all) == ["phone": [3, 55], "text": [1, 0], "home visit": [1, 60], "meeting": [1, 45], "video": [1, 30]])
        #expect(all.hearingsCovered == 2 && all.classesTaught == 2 && all.referrals == 4)

        // The whole program's parents served is the program report's figure, by definition.
        #expect(try world.store.programReport(Self.october).parentsServed == all.parentsServed)
    }

    @Test(arguments: TestEngine.all)
    func aMonthWithNothingListsTheActiveAlliesAtZero(_ engine: TestEngine) throws {
        let r = try World(engine).store.activityReport(ReportPeriod(month: "2026-08")!)
        #expect(r.allies.map { $0.ally?.name } == ["Ana Ruiz", "Ben Okafor"])
        #expect(r.allies.allSatisfy(\.isEmpty) && r.totals.isEmpty)
    }

    @Test(arguments: TestEngine.all)
    func theDocumentHasARowAnAllyAndTheTotals(_ engine: TestEngine) throws {
        let r = try World(engine).store.activityReport(Self.october)
        let csv = try r.document.formatted(.csv, in: .spanish)
        let lines = csv.split(separator: "\n").map(String.init)
        // CSV speaks English whatever the language.
        #expect(lines.first == "section,ally,parents served,new parents,contacts,minutes,hearings covered,classes taught,referrals,mode")
        #expect(lines.contains("By Parent Ally,Ana Ruiz,3,1,4,90,1,1,2,"))
        #expect(lines.contains("By Parent Ally,no Parent Ally,2,0,1,25,0,0,1,"))
        #expect(lines.contains("By Parent Ally,All,5,2,7,190,2,2,4,"))
        #expect(lines.contains("Contacts and minutes by mode,All,,,3,55,,,,phone"))
        let text = r.document.text(in: .spanish)
        #expect(text.hasPrefix("Actividad de aliados y aliadas\noctubre de 2026"), "\(text)")
        #expect(text.contains("sin aliado/a") && text.contains("Total"))
    }

    @Test(arguments: TestEngine.all)
    func alliesAreRefusedSupervisorsAreNot(_ engine: TestEngine) throws {
        let world = try World(engine)
        try world.store.addUser(name: "Ana Ruiz", role: .ally, secret: "135790", parameters: .fastForTests)
        try world.store.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
        let ally = try world.store.actingStore(as: try world.store.user(named: "Ana Ruiz")!)
        let supervisor = try world.store.actingStore(as: try world.store.user(named: "Dana Brooks")!)
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorReports")) { try ally.activityReport(Self.october) }
        #expect(try supervisor.activityReport(Self.october).totals.contacts == 7)
    }
}
