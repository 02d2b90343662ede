import Foundation
import GRDB
import Testing
@testable import P4PStore

/// The outcomes report for the first half of 2025 on a world built here, every figure worked out
/// by hand in the comments. Definitions: the README's "The outcomes report". Today is 2026-07-15,
/// so every child's 12 months have run.
///
/// King County holds two groups of 24 parents, one case and one child each, all removed on
/// 2025-02-01 (large enough to publish). Pierce County holds four small cases with the awkward
/// shapes: two children of one case home on different days, a child who comes home and re-enters,
/// a parent met at a continued hearing, cases with no removal date.
@Suite struct OutcomesReportTests {
    static let half = ReportPeriod(from: d("2025-01-01"), to: d("2025-06-30"))!
    static let today = d("2026-07-15")
    static func d(_ iso: String) -> Day { StoreFixture.day(iso) }

    struct World {
        let fixture: StoreFixture
        var store: ProgramStore { fixture.store }

        init(_ engine: TestEngine) throws {
            let f = try StoreFixture(engine)
            fixture = f
            let d = OutcomesReportTests.d
            let ana = try f.ally("Ana Ruiz")

            // King, full model F1..F24: ally since 2024-12-01 (212 days by 06-30), reached on 01-05
            // and 01-20, Dependency 101 on 01-15, a support group after it on 02-10; met at a held
            // review hearing on 03-01, present for F1..F12. Services: compliant F1..F12, partially
            // F13..F20, not addressed F21..F24. Visitation: compliant F1..F12, not compliant after.
            // Children: home on 2025-08-01 (181 days) for F1..F12, re-removed 2025-10-01 for F1..F3.
            for i in 1...24 {
                let p = try f.parent("F\(i)", waitingSince: d("2024-12-01"), ally: ana)
                let c = try f.caseWithRemoval("F-\(i)", removal: d("2025-02-01"), parent: p)
                try f.contact(parent: p, ally: ana, on: d("2025-01-05"))
                try f.contact(parent: p, ally: ana, on: d("2025-01-20"))
                try f.classAttendance(parent: p, on: d("2025-01-15"), attended: true)
                try f.session(course: "support-group", on: d("2025-02-10"), parent: p, attended: true)
                let h = try f.hearing(case: c, on: d("2025-03-01"), type: "review", status: .held, ally: ana)
                try f.engagement(.met, hearing: h, parent: p, attended: i <= 12)
                try f.findings(hearing: h, parent: p, services: i <= 12 ? "compliant" : i <= 20 ? "partially" : "not addressed",
                               visitation: i <= 12 ? "compliant" : "not compliant")
                let child = try f.child("F\(i)-kid", case: c)
                try f.move(child, "2025-02-01", .removed)
                if i <= 12 { try f.move(child, "2025-08-01", .returnedHome) }
                if i <= 3 { try f.move(child, "2025-10-01", .removed) }
            }
            // King, never served N1..N24: no ally, no contact, no class; not approached at a held
            // review hearing on 03-01, present for N1..N11; no findings. Children home on
            // 2025-12-01 (303 days) for N1..N11, on 2026-03-01 (393 days: too late) for N12.
            for i in 1...24 {
                let p = try f.parent("N\(i)", waitingSince: d("2025-01-01"))
                let c = try f.caseWithRemoval("N-\(i)", removal: d("2025-02-01"), parent: p)
                let h = try f.hearing(case: c, on: d("2025-03-01"), type: "review", status: .held)
                try f.engagement(.notApproached, hearing: h, parent: p, attended: i <= 11)
                let child = try f.child("N\(i)-kid", case: c)
                try f.move(child, "2025-02-01", .removed)
                if i <= 11 { try f.move(child, "2025-12-01", .returnedHome) }
                if i == 12 { try f.move(child, "2026-03-01", .returnedHome) }
            }

            // Pierce. M1: ally since 2025-01-01, reached 03-05 and 03-20 (mentored), on a
            // Dependency 101 roster on 04-01 and absent (offered, not attended). Case S1 removed
            // 2025-03-01, two children: K1 home 2025-05-01 (61 days), K2 home 2026-04-01 (396 days).
            let m1 = try f.parent("M1", waitingSince: d("2025-01-01"), ally: ana)
            let s1 = try f.caseWithRemoval("S-1", removal: d("2025-03-01"), parent: m1, county: "Pierce")
            try f.contact(parent: m1, ally: ana, on: d("2025-03-05"))
            try f.contact(parent: m1, ally: ana, on: d("2025-03-20"))
            try f.classAttendance(parent: m1, on: d("2025-04-01"), attended: false)
            let k1 = try f.child("K1", case: s1), k2 = try f.child("K2", case: s1)
            try f.move(k1, "2025-03-01", .removed); try f.move(k1, "2025-03-10", .fosterCare)
            try f.move(k1, "2025-05-01", .returnedHome)
            try f.move(k2, "2025-03-01", .removed); try f.move(k2, "2026-04-01", .returnedHome)

            // M2: met at a continued hearing on 04-15 (served; not a held hearing), absent at a
            // held one on 05-01. Case S2 removed 2025-04-01: K3 home 2025-06-01 (61 days),
            // removed again 2025-09-01 (92 days later: a re-entry), home again 2025-12-01.
            let m2 = try f.parent("M2", waitingSince: d("2025-04-15"))
            let s2 = try f.caseWithRemoval("S-2", removal: d("2025-04-01"), parent: m2, county: "Pierce")
            try f.engagement(.met, hearing: f.hearing(case: s2, on: d("2025-04-15"), status: .continued), parent: m2)
            try f.engagement(.notPresent, hearing: f.hearing(case: s2, on: d("2025-05-01"), status: .held), parent: m2, attended: false)
            let k3 = try f.child("K3", case: s2)
            try f.move(k3, "2025-04-01", .removed); try f.move(k3, "2025-06-01", .returnedHome)
            try f.move(k3, "2025-09-01", .removed); try f.move(k3, "2025-12-01", .returnedHome)

            // M3: never served. Case S3 has no removal date and its child K4 no moves: K4 is left
            // out and counted beside. A hearing on 2025-05-10 still "scheduled": unrecorded.
            let m3 = try f.parent("M3", waitingSince: d("2025-05-01"))
            let s3 = try f.caseWithRemoval("S-3", removal: nil, parent: m3, county: "Pierce")
            try f.child("K4", case: s3)
            try f.engagement(.notApproached, hearing: f.hearing(case: s3, on: d("2025-05-10")), parent: m3, attended: nil)

            // M4: never served, present at a held hearing on 05-01. Case S4 has no removal date;
            // its child K5 was removed 2025-02-15 (the case's removal too) and home 2025-03-15 (28 days).
            let m4 = try f.parent("M4", waitingSince: d("2025-02-15"))
            let s4 = try f.caseWithRemoval("S-4", removal: nil, parent: m4, county: "Pierce")
            try f.engagement(.notApproached, hearing: f.hearing(case: s4, on: d("2025-05-01"), status: .held), parent: m4, attended: true)
            let k5 = try f.child("K5", case: s4)
            try f.move(k5, "2025-02-15", .removed); try f.move(k5, "2025-03-15", .returnedHome)
        }

        func report(county: String?) throws -> OutcomesReport {
            try store.outcomesReport(OutcomesReportTests.half, county: county, today: OutcomesReportTests.today)
        }
    }

    static func figures(_ report: OutcomesReport, _ group: OutcomeGroup) -> OutcomeGroupFigures {
        report.groups.first { $0.group == group }!
    }

    @Test(arguments: TestEngine.all)
    func kingFiguresByGroup(_ engine: TestEngine) throws {
        let report = try World(engine).report(county: "King")
        let full = Self.figures(report, .fullModel), never = Self.figures(report, .neverServed)
        // F1..F24 are served, attended Dependency 101, mentored and full model; N1..N24 never served.
        #expect(report.groups.map(\.parents) == [24, 24, 24, 0, 24, 24])
        #expect(full.attendance == Ratio(12, of: 24))
        #expect(never.attendance == Ratio(11, of: 24))
        // Not addressed (F21..F24) is left out: 12 compliant of 20.
        #expect(full.services == Ratio(12, of: 20))
        #expect(never.services == Ratio(0, of: 0))
        #expect(full.visitation == Ratio(12, of: 24))
        #expect(full.reunifiedChildren == Ratio(12, of: 24))
        #expect(never.reunifiedChildren == Ratio(11, of: 24))
        #expect(full.reunifiedCases == Ratio(12, of: 24))
        #expect(never.reunifiedCases == Ratio(11, of: 24))
        #expect(full.medianDaysToPermanency == 181)
        // Eleven at 303 days and one at 393: the middle two are 303.
        #expect(never.medianDaysToPermanency == 303)
        #expect(never.daysToPermanency.count == 12)
        #expect(full.reentry == Ratio(3, of: 12))
        #expect(never.reentry == Ratio(0, of: 12))
        #expect(report.unrecordedHearings == 0)
        #expect(report.childrenWithoutRemoval == 0)
    }

    @Test(arguments: TestEngine.all)
    func pierceAwkwardShapes(_ engine: TestEngine) throws {
        let report = try World(engine).report(county: "Pierce")
        let served = Self.figures(report, .served), never = Self.figures(report, .neverServed)
        let mentored = Self.figures(report, .mentored), offered = Self.figures(report, .dependency101NotAttended)
        // Served: M1 (reached) and M2 (met at a continued hearing). Never: M3, M4. Offered and
        // not attended: M1. Mentored: M1 (ally 180 days, two reached contacts).
        #expect(report.groups.map(\.parents) == [2, 2, 0, 1, 1, 0])
        // The continued hearing is not held: M2's only held hearing (absent) counts. M4 present.
        #expect(served.attendance == Ratio(0, of: 1))
        #expect(never.attendance == Ratio(1, of: 1))
        // M3's past hearing still scheduled.
        #expect(report.unrecordedHearings == 1)
        // Served children: K1 yes (61), K2 no (396), K3 yes (61). Never: K5 yes (28); K4 has no removal.
        #expect(served.reunifiedChildren == Ratio(2, of: 3))
        #expect(never.reunifiedChildren == Ratio(1, of: 1))
        #expect(mentored.reunifiedChildren == Ratio(1, of: 2))
        #expect(offered.reunifiedChildren == Ratio(1, of: 2))
        #expect(report.childrenWithoutRemoval == 1)
        // Cases: S1 not (K2 too late), S2 yes; S4 yes (removal from K5's move); S3 has none.
        #expect(served.reunifiedCases == Ratio(1, of: 2))
        #expect(never.reunifiedCases == Ratio(1, of: 1))
        #expect(mentored.reunifiedCases == Ratio(0, of: 1))
        // Days to permanency: served 61, 61, 396 -> 61; mentored 61, 396 -> 228.5; never 28.
        #expect(served.medianDaysToPermanency == 61)
        #expect(mentored.medianDaysToPermanency == 228.5)
        #expect(never.medianDaysToPermanency == 28)
        // Came home: K1, K2, K3; K3 re-entered 92 days later.
        #expect(served.reentry == Ratio(1, of: 3))
        #expect(never.reentry == Ratio(0, of: 1))
    }

    @Test(arguments: TestEngine.all)
    func bothCountiesTogetherAddUp(_ engine: TestEngine) throws {
        let report = try World(engine).report(county: nil)
        #expect(report.groups.map(\.parents) == [26, 26, 24, 1, 25, 24])
        #expect(Self.figures(report, .served).reunifiedChildren == Ratio(14, of: 27))
    }

    @Test(arguments: TestEngine.all)
    func smallGroupIsSuppressedInEveryFormat(_ engine: TestEngine) throws {
        let document = try World(engine).report(county: "Pierce").document
        let text = try document.formatted(.text, in: .english)
        // Every count in Pierce is under 11: no figure is published.
        #expect(!text.contains("%"))
        #expect(text.contains("< 11"))
        let csv = try document.formatted(.csv, in: .english)
        #expect(csv.contains("Served,< 11"))
    }

    @Test(arguments: TestEngine.all)
    func complementarySuppressionHidesAShareWhoseRestIsSmall(_ engine: TestEngine) throws {
        let document = try World(engine).report(county: "King").document
        let text = try document.formatted(.text, in: .english)
        let services = text.components(separatedBy: "Compliance with services")[1]
            .components(separatedBy: "Compliance with visitation")[0]
        // Full model: 12 compliant of 20; the 8 others are under 11, so the 12 is hidden too.
        let fullModel = try #require(services.split(separator: "\n").first { $0.contains("Full model") }, "\(text)")
        #expect(fullModel.contains("< 11") && fullModel.contains("20") && !fullModel.contains("12"))
        // Attendance: 12 of 24 (50%) is published.
        #expect(text.contains("50%"))
    }
}

extension OutcomesReportTests {
    @Test func theAuditReadsThePrintedReportBack() {
        let printed = ReportPrinted.outcomes(Self.half)
        #expect(printed.action == "report printed: outcomes 2025-01-01 to 2025-06-30")
        #expect(ReportPrinted(action: printed.action) == printed)
        #expect(ReportPrinted(action: "report printed: outcomes 2025-06-30 to 2025-01-01") == nil)
        #expect(ReportPrinted(action: "report printed: range 2025-01-01 to 2025-06-30") == .range(Self.half))
        #expect(printed.words.text(.english) == "the outcomes report from 2025-01-01 to 2025-06-30")
    }
}

/// Small cells: under 11 hidden, and a lone hidden cell takes the next smallest with it.
@Suite struct SmallCellsTests {
    @Test func cellsUnderElevenAreHidden() {
        #expect(SmallCells.hidden([11, 30]) == [false, false])
        #expect(SmallCells.hidden([3, 2]) == [true, true])
        #expect(SmallCells.hidden([10]) == [true])
        #expect(SmallCells.hidden([0]) == [true])
    }

    @Test func aLoneHiddenCellTakesTheNextSmallestWithIt() {
        #expect(SmallCells.hidden([12, 8]) == [true, true])
        #expect(SmallCells.hidden([40, 5, 20, 30]) == [false, true, true, false])
        #expect(SmallCells.hidden([40, 5, 3, 30]) == [false, true, true, false])
    }
}

extension StoreFixture {
    @discardableResult
    func caseWithRemoval(_ number: String, removal: Day?, parent: ID, county: String = "King") throws -> ID {
        let caseId = try write { db in
            var record = DependencyCase(caseNumber: number, county: county, petitionDate: removal, removalDate: removal)
            try record.insert(db)
            return record.id!
        }
        try link(parent: parent, to: caseId, as: .mother)
        return caseId
    }

    func move(_ child: ID, _ iso: String, _ kind: ChildMoveKind) throws {
        _ = try write { db in
            try db.execute(sql: "INSERT INTO child_moves (child_id, date, move) VALUES (?, ?, ?)",
                           arguments: [child, iso, kind.rawValue])
        }
    }

    func findings(hearing: ID, parent: ID, services: String?, visitation: String?) throws {
        _ = try write { db in
            try db.execute(sql: """
                UPDATE hearing_parents SET services_compliance = ?, visitation_compliance = ?
                WHERE hearing_id = ? AND parent_id = ?
                """, arguments: [services, visitation, hearing, parent])
        }
    }

    func session(course: String, on day: Day, parent: ID, attended: Bool) throws {
        _ = try write { db in
            let sessionId: ID = try SQLRow.fetchOne(db, sql: "INSERT INTO class_sessions (course, date) VALUES (?, ?) RETURNING id",
                                                    arguments: [course, day.iso])!["id"]
            return try db.execute(sql: "INSERT INTO class_attendance (session_id, parent_id, attended) VALUES (?, ?, ?)",
                                  arguments: [sessionId, parent, attended])
        }
    }
}
