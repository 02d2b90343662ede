import Foundation
import GRDB
import Testing
@testable import P4PStore

private let today = StoreFixture.day("2026-11-23")
private let header = "Hearing Date,Time,Dept,Case No.,Event,Party Name,Party Type,Judicial Officer,Interpreter"

private func calendar(_ rows: [String]) throws -> DocketFile {
    try DocketFile.parse(Data(([header] + rows).joined(separator: "\n").utf8))
}

/// The import is planned from a read, then written in a short transaction that checks the plan
/// still holds: what other terminals save in between is never written over, and the hearings an
/// import changes are stamped so forms open on them elsewhere are refused.
@Suite("Docket import: planned before the write lock")
struct ImportPlanTests {
    /// Case 26-7-1 with Ana Ruiz and a scheduled review on the 23rd at 9:00 in Dept 1.
    func world() throws -> (StoreFixture, caseId: ID, hearing: ID) {
        let f = try StoreFixture()
        let ana = try f.parent("Ana Ruiz")
        let caseId = try f.caseWithParent("26-7-1", parent: ana)
        let hearing = try f.hearing(case: caseId, on: today, at: "09:00", courtroom: "Dept 1", type: "review")
        return (f, caseId, hearing)
    }

    func version(_ f: StoreFixture, _ hearing: ID) throws -> (Int, String?) {
        try f.file.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT version, last_change FROM hearings WHERE id = ?", arguments: [hearing])!
            return (row["version"], row["last_change"])
        }
    }

    func auditCount(_ f: StoreFixture) throws -> Int { try f.file.read { db in try AuditEntry.fetchCount(db) } }

    @Test("a hearing the import updates or moves is stamped: a form still open on it is refused, naming the import")
    func stampsWhatItChanges() throws {
        let (f, caseId, moved) = try world()
        let updated = try f.hearing(case: caseId, on: today, at: "11:00", courtroom: "Dept 2", type: "disposition")
        let formRead = ReadVersion(.hearing, id: moved, version: try version(f, moved).0)
        let summary = try f.file.importDocket(try calendar([
            #"11/24/2026,9:00 AM,Dept 1,26-7-1,Review,Ana Ruiz,Mother,,"#,
            #"11/23/2026,11:00 AM,Dept 5,26-7-1,Disposition,Ana Ruiz,Mother,,"#,
            #"11/23/2026,9:00 AM,Dept 3,26-7-2,Review,Bo Lee,Father,,"#,
        ]), today: today, dryRun: false)
        #expect(summary.hearingsMoved == 1 && summary.hearingsUpdated == 2 && summary.hearingsAdded == 1)
        #expect(try version(f, moved) == (2, "imported") && version(f, updated) == (2, "imported"))
        let added = try f.file.read { db in try ID.fetchOne(db, sql: "SELECT max(id) FROM hearings")! }
        #expect(try version(f, added) == (1, nil), "a new row needs no stamp")
        #expect {
            try f.file.read { db in try f.file.check(formRead, GRDBSession(db)) }
        } throws: { error in
            guard case StoreError.stale(let stale) = error else { return false }
            return stale.change == .imported && "\(stale)".hasPrefix("The court calendar import by ")
        }
    }

    @Test("a dry run reports exactly what the import then does, and takes no write lock")
    func dryRunIsThePlan() throws {
        let (f, _, _) = try world()
        let file = try calendar([#"11/24/2026,9:00 AM,Dept 1,26-7-1,Review,Ana Ruiz,Mother,,"#,
                                 #"11/23/2026,9:00 AM,Dept 3,26-7-2,Review,Bo Lee,Father,,"#])
        // Another connection holds the write lock: a dry run still answers.
        let other = try DatabaseQueue(path: f.path)
        var dry: ImportSummary?
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            dry = try f.file.importDocket(file, today: today, dryRun: true)
        }
        try other.close()
        var real = try f.file.importDocket(file, today: today, dryRun: false)
        #expect(dry?.dryRun == true && real.changesAnything)
        real.dryRun = true
        #expect(real == dry)
    }

    @Test("a hearing recorded as held after the plan was made is left as it is: the plan is made again in the lock")
    func heldMeanwhile() throws {
        let (f, _, hearing) = try world()
        let plan = try f.file.planDocketImport(try calendar([#"11/23/2026,10:00 AM,Dept 9,26-7-1,Review,Ana Ruiz,Mother,,"#]),
                                                today: today)
        #expect(plan.summary.hearingsUpdated == 1)
        // Another terminal records the outcome before the import writes.
        try f.file.pool.write { db in
            try db.execute(sql: "UPDATE hearings SET status = 'held' WHERE id = ?", arguments: [hearing])
            try f.file.stamp(.hearing, id: hearing, .outcomeRecorded, GRDBSession(db))
        }
        let before = try auditCount(f)
        let applied = try f.file.applyDocketImport(plan)
        #expect(applied.plannedAgain && applied.summary.hearingsUpdated == 0 && applied.summary.hearingsUnchanged == 1)
        let held = try f.file.read { db in try Hearing.fetchOne(db, key: hearing)! }
        #expect(held.courtroom == "Dept 1" && held.time == StoreFixture.time("09:00") && held.status == .held)
        #expect(try version(f, hearing).1 == "outcome recorded")
        #expect(try auditCount(f) == before, "nothing left to write: no audit entry either")
    }

    @Test("a case typed in by hand after the plan was made is found, not made twice")
    func caseAddedMeanwhile() throws {
        let f = try StoreFixture()
        let plan = try f.file.planDocketImport(try calendar([#"11/23/2026,9:00 AM,Dept 3,26-7-2,Review,Bo Lee,Father,,"#,
                                                              #"11/23/2026,9:00 AM,Dept 3,26-7-2,Review,Cy Lee,Mother,,"#]),
                                                today: today)
        #expect(plan.summary.casesAdded == 1 && plan.summary.parentsAdded == 2)
        let bo = try f.parent("Bo Lee")
        _ = try f.caseWithParent("26-7-2", parent: bo, as: .father)
        let applied = try f.file.applyDocketImport(plan)
        #expect(applied.plannedAgain)
        #expect(applied.summary.casesAdded == 0 && applied.summary.parentsAdded == 1 && applied.summary.parentsUnchanged == 1)
        let counts = try f.file.read { db in
            [try Int.fetchOne(db, sql: "SELECT count(*) FROM cases")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM parents")!]
        }
        #expect(counts == [1, 2])
    }

    @Test("an unchanged basis is written as planned, and the lock time is measured")
    func planStillHolds() throws {
        let (f, _, _) = try world()
        let plan = try f.file.planDocketImport(try calendar([#"11/23/2026,9:00 AM,Dept 3,26-7-2,Review,Bo Lee,Father,,"#]),
                                                today: today)
        // A change to a case the calendar does not name does not touch the plan.
        let other = try f.parent("Di Moss")
        _ = try f.caseWithParent("26-7-3", parent: other)
        let applied = try f.file.applyDocketImport(plan)
        #expect(!applied.plannedAgain && applied.summary == plan.summary)
        #expect(applied.writeLock > .zero && applied.replanning <= applied.writeLock)
        #expect(try f.file.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM follow_ups")! } > 0, "follow-ups planned")
    }
}
