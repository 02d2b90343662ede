import Foundation
import GRDB
import Testing
@testable import P4PStore

/// `importCourtEvents` on a real SQLite file: the court's case events become children's moves
/// and case dates, once, whatever the number of imports.
@Suite struct CourtEventImportTests {
    static let today = StoreFixture.day("2026-11-23")

    /// One case on file (with a child "A.N." and an outcome-free record); the file names it in
    /// lower case, gives a second child, and a case the program never served.
    static let csv = """
        Cause No.,Child Initials,Event Type,Placement Type,Effective Date
        26-7-00012-3 sea,A.N.,Removal,,2026-01-10
        26-7-00012-3 SEA,b.n.,Removal,,2026-01-12
        26-7-00012-3 SEA,A.N.,Placement Change,Kinship,01/15/2026
        26-7-00012-3 SEA,a.n.,Returned Home,,2026-06-01
        26-7-00099-9 KNT,Kai,Removal,,2026-02-02
        26-7-00099-9 KNT,Kai,Guardianship,,2026-09-09
        26-7-00099-9 KNT,,Dismissal,,2026-10-01
        26-7-00012-3 SEA,B.N.,Placement Change,,2026-02-01
        26-7-00012-3 SEA,B.N.,Returned Home,,11/31/2026
        ,B.N.,Hearing continued,,2026-03-01
        26-7-00012-3 SEA,B.N.,Adoption,,2026-12-01
        """

    struct World {
        let f: StoreFixture
        let caseId: ID
        let ana: ID
        var store: ProgramStore { f.store }
    }

    func world(_ engine: TestEngine) throws -> World {
        let f = try StoreFixture(engine)
        let parent = try f.parent("María Núñez")
        let caseId = try f.caseWithParent("26-7-00012-3 SEA", parent: parent)
        let ana = try f.child("A.N.", case: caseId, birthYear: 2019)
        return World(f: f, caseId: caseId, ana: ana)
    }

    func file(_ text: String = csv) throws -> CourtEventFile { try CourtEventFile.parse(text: text, today: Self.today) }

    /// Every move on file as "case child date move source", sorted.
    func moves(_ w: World) throws -> [String] {
        try w.store.engine.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT c.case_number, ch.name, m.date, m.move, m.source FROM child_moves m
                JOIN children ch ON ch.id = m.child_id JOIN cases c ON c.id = ch.case_id ORDER BY 1, 2, 3
                """).map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as String) \($0[4] as String)" }
        }
    }

    func cases(_ w: World) throws -> [DependencyCase] {
        try w.store.engine.read { db in try DependencyCase.fetchAll(db, sql: "SELECT * FROM \(DependencyCase.table) ORDER BY id") }
    }

    func importCount(_ w: World) throws -> Int {
        try w.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log WHERE action = ?",
                                                   arguments: ["court events imported"])! }
    }

    @Test("events become the court's moves, a new case and child are added, removal and dismissal fill what is empty", arguments: TestEngine.all)
    func mapping(_ engine: TestEngine) throws {
        let w = try world(engine)
        let summary = try w.store.importCourtEvents(try file(), dryRun: false)
        #expect(summary.rows == 11)
        #expect(summary.casesAdded == 1 && summary.childrenAdded == 2 && summary.movesAdded == 6)
        #expect(summary.removalDatesFilled == 2 && summary.casesDismissed == 1 && summary.movesAlreadyOnFile == 0)
        #expect(try moves(w) == [
            "26-7-00012-3 SEA A.N. 2026-01-10 removed court",
            "26-7-00012-3 SEA A.N. 2026-01-15 placed with relative court",
            "26-7-00012-3 SEA A.N. 2026-06-01 returned home court",
            "26-7-00012-3 SEA b.n. 2026-01-12 removed court",
            "26-7-00099-9 KNT Kai 2026-02-02 removed court",
            "26-7-00099-9 KNT Kai 2026-09-09 guardianship court",
        ])
        let all = try cases(w)
        #expect(all.count == 2)
        #expect(all[0].removalDate == StoreFixture.day("2026-01-10"), "the earliest removal fills the empty date")
        #expect(all[0].outcome == nil)
        #expect(all[1].caseNumber == "26-7-00099-9 KNT" && all[1].county == nil)
        #expect(all[1].removalDate == StoreFixture.day("2026-02-02"))
        #expect(all[1].outcome == .dismissed && all[1].outcomeDate == StoreFixture.day("2026-10-01"))
        // The existing child was found by its initials in any case; its record moved on.
        let anaVersion = try w.store.engine.read { db in try Child.fetchOne(db, key: w.ana)!.version }
        #expect(anaVersion == 2)
        #expect(try importCount(w) == 1)
        let sentence = try w.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 1)).rows[0].sentence(.english)
        #expect(sentence.contains("imported the court's case events (rows 11; added cases 1, children 2, moves 6;"), "\(sentence)")
    }

    @Test("rows that cannot be read are rejected by line, naming the column in the reader's language", arguments: TestEngine.all)
    func rejects(_ engine: TestEngine) throws {
        let parsed = try file()
        let lines = parsed.rejected.map { "\($0.line): " + $0.reasons.map { $0.text(.english) }.joined(separator: "; ") }
        #expect(lines == [
            "9: a placement change needs its placement: relative, foster care or other",
            "10: bad date \"11/31/2026\"",
            "11: missing case number; event is not one the import knows (removal, placement change, trial return home, returned home, adoption, guardianship, dismissal)",
            "12: date is after today",
        ])
        #expect(parsed.rejected[0].reasons[0].text(.spanish) == "un cambio de colocación necesita su colocación: relative, foster care u other")
        let text = CourtEventReport.text(try world(engine).store.importCourtEvents(parsed, dryRun: true), file: .asIs("events.csv"), in: .english)
        for secret in ["A.N.", "Kai", "26-7-", "b.n."] { #expect(!text.contains(secret), "\(secret) printed") }
        #expect(text.contains("Rejected: 4 rows, not imported:"), "\(text)")
    }

    @Test("a second import of the same file changes nothing and writes no audit entry", arguments: TestEngine.all)
    func idempotent(_ engine: TestEngine) throws {
        let w = try world(engine)
        _ = try w.store.importCourtEvents(try file(), dryRun: false)
        let before = (try moves(w), try cases(w))
        let again = try w.store.importCourtEvents(try file(), dryRun: false)
        #expect(!again.changesAnything)
        #expect(again.movesAlreadyOnFile == 6 && again.outcomesAlreadySet == 1 && again.casesAdded == 0 && again.childrenAdded == 0)
        #expect(try moves(w) == before.0 && cases(w) == before.1)
        #expect(try importCount(w) == 1)
        #expect(CourtEventReport.text(again, file: .asIs("events.csv"), in: .english).hasSuffix("Nothing new: nothing was written."))
    }

    @Test("a removal date or outcome already on file is kept", arguments: TestEngine.all)
    func keepsWhatIsSet(_ engine: TestEngine) throws {
        let w = try world(engine)
        _ = try w.f.write { db in
            try db.execute(sql: "UPDATE cases SET removal_date = '2025-12-01', outcome = 'other', outcome_date = '2026-05-05' WHERE id = ?",
                           arguments: [w.caseId])
        }
        let summary = try w.store.importCourtEvents(try file("""
            case number,child,event,date
            26-7-00012-3 SEA,A.N.,removal,2026-01-10
            26-7-00012-3 SEA,,dismissal,2026-10-01
            """), dryRun: false)
        #expect(summary.movesAdded == 1 && summary.removalDatesFilled == 0 && summary.casesDismissed == 0 && summary.outcomesAlreadySet == 1)
        let record = try cases(w)[0]
        #expect(record.removalDate == StoreFixture.day("2025-12-01") && record.outcome == .other)
    }

    @Test("a dry run counts what an import would do and writes nothing", arguments: TestEngine.all)
    func dryRun(_ engine: TestEngine) throws {
        let w = try world(engine)
        let before = (try moves(w), try cases(w))
        let dry = try w.store.importCourtEvents(try file(), dryRun: true)
        #expect(dry.dryRun && dry.casesAdded == 1 && dry.movesAdded == 6)
        #expect(try moves(w) == before.0 && cases(w) == before.1)
        #expect(try importCount(w) == 0)
        #expect(try w.store.importCourtEvents(try file(), dryRun: false).movesAdded == 6)
    }

    @Test("a file without the needed columns is refused, naming them")
    func missingColumns() {
        #expect(throws: CourtEventFile.Refusal.missingColumns([.child, .event])) {
            try CourtEventFile.parse(text: "case number,date\n1,2026-01-01\n")
        }
    }

    @Test("only supervisors and admins import the court's events", arguments: TestEngine.all)
    func alliesAreRefused(_ engine: TestEngine) throws {
        let w = try world(engine)
        let fast = SecretHash.Parameters.fastForTests
        _ = try w.f.ally("Rosa")
        try w.store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: fast)
        try w.store.addUser(name: "Dana", role: .supervisor, secret: "246810", parameters: fast)
        let users = Dictionary(uniqueKeysWithValues: try w.store.users().map { ($0.name, $0) })
        let ally = try w.store.acting(as: users["Rosa"]!) as! ProgramStore
        #expect(throws: StoreError.self) { try ally.importCourtEvents(try file(), dryRun: false) }
        #expect(try moves(w).isEmpty)
        let supervisor = try w.store.acting(as: users["Dana"]!) as! ProgramStore
        #expect(try supervisor.importCourtEvents(try file(), dryRun: false).movesAdded == 6)
    }
}
