import Foundation
import GRDB
@testable import P4PStore

/// A program built by hand for the report tests, every figure worked out in the comments of
/// ProgramReportTests and MorningReviewTests. October 2026 is the month under report; the
/// morning review is read on Monday 2 November 2026.
struct ReportWorld {
    let fixture: StoreFixture
    var store: ProgramStore { fixture.store }
    let ana: ID, ben: ID

    static func d(_ iso: String) -> Day { StoreFixture.day(iso) }

    init(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        fixture = f
        let d = Self.d
        ana = try f.ally("Ana Ruiz", limit: 4)
        ben = try f.ally("Ben Okafor", limit: 10)
        try f.ally("Cy Former", limit: 1, active: false)
        let (ana, ben) = (ana, ben)

        // Parents. P8, P9 and P10 wait for an ally; the Q parents are from older cases.
        let p1 = try f.parent("P1 Mother", waitingSince: d("2026-09-28"), ally: ana)
        let p2 = try f.parent("P2 Father", waitingSince: d("2026-09-28"), ally: ana)
        let p3 = try f.parent("P3 Mother", waitingSince: d("2026-09-25"), ally: ben)
        let p4 = try f.parent("P4 Mother", waitingSince: d("2026-10-08"), ally: ana)
        let p5 = try f.parent("P5 Father", waitingSince: d("2026-10-20"), ally: ana)
        let p6 = try f.parent("P6 Mother", waitingSince: d("2026-10-28"), ally: ben)
        let p7 = try f.parent("P7 Mother", waitingSince: d("2026-08-01"), ally: ben)
        let p8 = try f.parent("P8 Father", waitingSince: d("2026-09-01"))
        let p9 = try f.parent("P9 Mother", waitingSince: d("2026-10-30"))
        let p10 = try f.parent("P10 Father", waitingSince: d("2026-11-01"))
        let q1 = try f.parent("Q1 Mother", waitingSince: d("2025-02-01"), ally: ben)
        let q2 = try f.parent("Q2 Mother", waitingSince: d("2025-02-01"), ally: ben)
        let q3 = try f.parent("Q3 Father", waitingSince: d("2025-01-15"), status: .closed)
        let q4 = try f.parent("Q4 Mother", waitingSince: d("2025-01-15"), status: .closed)
        let q5 = try f.parent("Q5 Mother", waitingSince: d("2025-01-10"), status: .closed)

        // Cases with hearings in October.
        let c1 = try Self.newCase(f, "C1", removal: "2026-09-28")
        try f.link(parent: p1, to: c1, as: .mother); try f.link(parent: p2, to: c1, as: .father)
        let h1 = try f.hearing(case: c1, on: d("2026-10-01"), status: .held, ally: ana)
        try f.engagement(.met, hearing: h1, parent: p1); try f.engagement(.declined, hearing: h1, parent: p2)
        let h2 = try f.hearing(case: c1, on: d("2026-10-20"), type: "review", status: .held)
        try f.engagement(.met, hearing: h2, parent: p1)

        let c2 = try Self.newCase(f, "C2", removal: "2026-09-25")
        try f.link(parent: p3, to: c2, as: .mother)
        let h3 = try f.hearing(case: c2, on: d("2026-09-28"), status: .held, ally: ben)
        try f.engagement(.met, hearing: h3, parent: p3)
        let h4 = try f.hearing(case: c2, on: d("2026-10-05"), type: "shelter-30", status: .held, ally: ben)
        try f.engagement(.met, hearing: h4, parent: p3)
        try f.hearing(case: c2, on: d("2026-10-31"), type: "review", status: .cancelled)

        let c3 = try Self.newCase(f, "C3", removal: "2026-10-08")
        try f.link(parent: p4, to: c3, as: .mother)
        try f.link(parent: p5, to: c3, as: .father, joinedOn: d("2026-10-20"))
        try f.hearing(case: c3, on: d("2026-10-10"), status: .continued)
        let h6 = try f.hearing(case: c3, on: d("2026-10-14"), status: .held, ally: ana)
        try f.engagement(.notPresent, hearing: h6, parent: p4)
        let h7 = try f.hearing(case: c3, on: d("2026-10-25"), type: "shelter-30", status: .held)
        try f.engagement(.met, hearing: h7, parent: p5); try f.engagement(.met, hearing: h7, parent: p4)

        let c4 = try Self.newCase(f, "C4", removal: "2026-10-28")
        try f.link(parent: p6, to: c4, as: .mother)
        let h8 = try f.hearing(case: c4, on: d("2026-10-30"), status: .held, ally: ben)
        try f.engagement(.met, hearing: h8, parent: p6)

        // Monday 2 November: the morning review's docket.
        try f.hearing(case: c4, on: d("2026-11-02"), at: "09:00", courtroom: "Dept 1", type: "review")
        let c5 = try Self.newCase(f, "C5", removal: "2026-10-30")
        try f.link(parent: p9, to: c5, as: .mother)
        try f.hearing(case: c5, on: d("2026-11-02"), at: "10:00", courtroom: "Dept 2", ally: ana)
        let c6 = try Self.newCase(f, "C6", removal: "2026-11-01")
        try f.link(parent: p10, to: c6, as: .father)
        try f.hearing(case: c6, on: d("2026-11-02"), at: "13:30", courtroom: "Dept 2")
        try f.hearing(case: c2, on: d("2026-11-02"), at: "11:00", courtroom: "Dept 3", type: "review", status: .cancelled)

        // Classes.
        try Self.session(f, on: "2026-10-15", roster: [p1: true, p2: false, p4: true])
        try Self.session(f, on: "2026-10-22", roster: [p2: true, p5: false])
        try Self.session(f, on: "2026-09-20", roster: [p3: true])
        try Self.session(f, "dependency-201", on: "2026-10-29", roster: [p6: true])

        // Contacts and referrals.
        let k1 = try f.contact(parent: p1, ally: ana, on: d("2026-10-02"), mode: .phone)
        try f.contact(parent: p1, ally: ana, on: d("2026-10-09"), mode: .text, reached: false)
        let k3 = try f.contact(parent: p3, ally: ben, on: d("2026-10-03"), mode: .phone)
        let k4 = try f.contact(parent: p7, ally: ben, on: d("2026-10-12"), mode: .meeting)
        try f.contact(parent: p8, ally: nil, on: d("2026-10-31"), mode: .video, reached: false)
        try f.contact(parent: p2, ally: ana, on: d("2026-10-01"), mode: .court)
        let k7 = try f.contact(parent: p1, ally: ana, on: d("2026-09-30"), mode: .phone)
        try f.contact(parent: p8, ally: nil, on: d("2026-11-01"), mode: .phone)
        try Self.referral(f, p1, k1, "housing", "2026-10-02")
        try Self.referral(f, p3, k3, "housing", "2026-10-09")
        try Self.referral(f, p7, k4, "treatment", "2026-10-12")
        try Self.referral(f, p1, k7, "legal aid", "2026-09-30")

        // Closed cases: reunification, permanency and re-entry.
        try Self.newCase(f, "R1", removal: "2025-10-10", .reunified, "2026-10-10")
        try Self.newCase(f, "R2", removal: "2025-10-20", .adoption, "2026-10-25")
        try Self.newCase(f, "R3", removal: "2024-10-15", .guardianship, "2026-10-15")
        try Self.newCase(f, "R4", removal: "2026-03-01", .dismissed, "2026-10-10")
        try Self.newCase(f, "R5", removal: "2025-06-01", .reunified, "2026-10-31")
        try Self.newCase(f, "R6", removal: "2025-10-31", .reunified, "2026-11-01")
        try Self.newCase(f, "R7", removal: "2025-10-01", .reunified, "2026-02-01")
        try Self.newCase(f, "R8", removal: "2025-10-15")
        try Self.newCase(f, "R9", removal: "2025-09-30", .reunified, "2026-01-01")
        try Self.newCase(f, "R10", removal: "2026-05-01", .other, "2026-10-03")

        let e1 = try Self.newCase(f, "E1", removal: "2025-03-01", .reunified, "2025-10-05")
        let e1b = try Self.newCase(f, "E1b", removal: "2026-06-01")
        try f.link(parent: q1, to: e1, as: .mother); try f.link(parent: q1, to: e1b, as: .mother)
        let e2 = try Self.newCase(f, "E2", removal: "2025-02-01", .reunified, "2025-10-20")
        let e2b = try Self.newCase(f, "E2b", removal: "2026-10-21")
        try f.link(parent: q2, to: e2, as: .mother); try f.link(parent: q2, to: e2b, as: .mother)
        let e3 = try Self.newCase(f, "E3", removal: "2025-01-15", .reunified, "2025-10-25")
        try f.link(parent: q3, to: e3, as: .father)
        let e4 = try Self.newCase(f, "E4", removal: "2025-01-15", .adoption, "2025-10-10")
        let e4b = try Self.newCase(f, "E4b", removal: "2026-01-01")
        try f.link(parent: q4, to: e4, as: .mother); try f.link(parent: q4, to: e4b, as: .mother)
        let e5 = try Self.newCase(f, "E5", removal: "2025-01-10", .reunified, "2025-09-30")
        let e5b = try Self.newCase(f, "E5b", removal: "2025-12-01")
        try f.link(parent: q5, to: e5, as: .mother); try f.link(parent: q5, to: e5b, as: .mother)

        // Follow-ups, for the morning of 2 November.
        try f.followUp(parent: p1, ally: ana, due: d("2026-10-20"))
        try f.followUp(parent: p2, ally: ana, due: d("2026-10-25"))
        try f.followUp(parent: p4, ally: ana, due: d("2026-11-02"))
        try f.followUp(parent: p5, ally: ana, due: d("2026-10-30"), doneOn: d("2026-10-31"))
        try f.followUp(parent: p3, ally: ben, due: d("2026-10-28"))
        try f.followUp(parent: p8, ally: nil, due: d("2026-10-15"))
        try f.followUp(parent: q3, ally: nil, due: d("2026-10-01"))
    }

    @discardableResult
    static func newCase(_ f: StoreFixture, _ number: String, removal: String,
                        _ outcome: CaseOutcome? = nil, _ outcomeDate: String? = nil) throws -> ID {
        try f.write { db in
            var record = DependencyCase(caseNumber: number, county: "King", petitionDate: d(removal), removalDate: d(removal),
                                        outcome: outcome, outcomeDate: outcomeDate.map(d))
            try record.insert(db)
            return record.id!
        }
    }

    static func session(_ f: StoreFixture, _ course: String = Course.dependency101, on day: String, roster: [ID: Bool]) throws {
        try f.write { db in
            var session = ClassSession(course: course, date: d(day))
            try session.insert(db)
            for (parent, attended) in roster {
                try ClassAttendance(sessionId: session.id!, parentId: parent, invitedOn: d(day).adding(days: -7),
                                    attended: attended).insert(db)
            }
        }
    }

    static func referral(_ f: StoreFixture, _ parent: ID, _ contact: ID, _ kind: String, _ day: String) throws {
        try f.write { db in
            var referral = Referral(parentId: parent, contactId: contact, date: d(day), kind: kind)
            try referral.insert(db)
        }
    }
}
