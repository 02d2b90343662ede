import Foundation
import GRDB
import Testing
@testable import P4PStore

/// What happens to a family, on real SQLite files: a case's dates and outcome, its children and
/// their moves; each write versioned, audited in words, and refused to an ally whose parents are
/// not on the case.
@Suite("Case outcomes")
struct CaseOutcomeTests {
    let today = StoreFixture.day("2026-11-23")

    /// A case with one parent of Rosa's, and two children.
    struct World {
        let f: StoreFixture
        let caseId: ID, parent: ID, ana: ID, ben: ID
        let rosa: User, dana: User
        var store: ProgramStore { f.store }
    }

    func world(_ engine: TestEngine) throws -> World {
        let f = try StoreFixture(engine)
        let rosaAlly = try f.ally("Rosa")
        let parent = try f.parent("María Núñez", ally: rosaAlly)
        let caseId = try f.caseWithParent("26-7-00012-3", parent: parent)
        let ana = try f.child("A.N.", case: caseId, birthYear: 2019)
        let ben = try f.child("B.N.", case: caseId, birthYear: 2021)
        let fast = SecretHash.Parameters.fastForTests
        try f.store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: fast)
        try f.store.addUser(name: "Dana", role: .supervisor, secret: "246810", parameters: fast)
        let users = Dictionary(uniqueKeysWithValues: try f.store.users().map { ($0.name, $0) })
        return World(f: f, caseId: caseId, parent: parent, ana: ana, ben: ben, rosa: users["Rosa"]!, dana: users["Dana"]!)
    }

    func dependencyCase(_ w: World) throws -> DependencyCase { try w.store.engine.read { db in try DependencyCase.fetchOne(db, key: w.caseId)! } }
    func child(_ w: World, _ id: ID) throws -> Child { try w.store.engine.read { db in try Child.fetchOne(db, key: id)! } }

    func lastAudit(_ w: World) throws -> String {
        try w.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 1)).rows[0].sentence(.english)
    }

    func move(_ w: World, _ childId: ID, _ kind: ChildMoveKind, _ iso: String) throws {
        _ = try w.store.addChildMove(ChildMove(childId: childId, date: StoreFixture.day(iso), move: kind), expecting: nil)
    }

    @Test("the migration stamps cases and children and keeps moves unique per child, day and move")
    func migration() throws {
        let w = try world(.file)
        try w.f.file.read { db in
            for table in ["cases", "children"] {
                let columns = try db.columns(in: table).map(\.name)
                #expect(["version", "changed_at", "changed_by", "last_change"].allSatisfy(columns.contains))
            }
            #expect(try db.indexes(on: "child_moves").contains { $0.columns == ["child_id", "date"] })
        }
        try move(w, w.ana, .removed, "2025-03-01")
        #expect(throws: StoreError.invalid(field: .childMove, reason: "invalid.moveAlreadyRecorded")) {
            try move(w, w.ana, .removed, "2025-03-01")
        }
        #expect(throws: (any Error).self) {
            try w.f.file.pool.write { db in
                try db.execute(sql: "INSERT INTO child_moves (child_id, date, move) VALUES (?, '2025-04-01', 'moved to the moon')",
                               arguments: [w.ana])
            }
        }
    }

    @Test("editing the case: a date already set changes only with a reason, kept in the audit sentence", arguments: TestEngine.all)
    func editCase(_ engine: TestEngine) throws {
        let w = try world(engine)
        var record = try dependencyCase(w)
        record.removalDate = StoreFixture.day("2025-03-01")
        record.county = "Spokane"
        try w.store.updateCase(record, reason: nil)
        #expect(try lastAudit(w).hasSuffix(" corrected case 26-7-00012-3 (county, removal date)"))
        var again = try dependencyCase(w)
        #expect(again.version == record.version + 1)
        again.removalDate = StoreFixture.day("2025-03-02")
        #expect(throws: StoreError.invalid(field: .reason, reason: "invalid.sayWhyDateChanged")) { try w.store.updateCase(again, reason: " ") }
        try w.store.updateCase(again, reason: "the petition gives the 2nd")
        #expect(try lastAudit(w).hasSuffix("corrected case 26-7-00012-3 (removal date): the petition gives the 2nd"))
        #expect(try dependencyCase(w).removalDate == StoreFixture.day("2025-03-02"))
    }

    @Test("a save on what another terminal changed since is refused, saying who and how", arguments: TestEngine.all)
    func staleRefused(_ engine: TestEngine) throws {
        let w = try world(engine)
        let read = try dependencyCase(w)
        let dana = try w.store.actingStore(as: w.dana)
        try dana.setCaseOutcome(caseId: w.caseId, outcome: .dismissed, on: today, reason: nil, despiteMoves: false, expecting: read.version)
        var edit = read
        edit.county = "Pierce"
        do {
            try w.store.updateCase(edit, reason: nil)
            Issue.record("a stale save was accepted")
        } catch StoreError.stale(let stale) {
            #expect(stale.record == .dependencyCase)
            #expect(stale.phrase.text(.english).hasPrefix("Dana recorded this case's outcome"))
        }
        let childRead = try child(w, w.ana)
        _ = try w.store.addChildMove(ChildMove(childId: w.ana, date: StoreFixture.day("2025-03-01"), move: .removed), expecting: childRead.version)
        #expect(throws: StoreError.self) {
            _ = try w.store.addChildMove(ChildMove(childId: w.ana, date: StoreFixture.day("2025-04-01"), move: .fosterCare),
                                         expecting: childRead.version)
        }
        #expect(try dependencyCase(w).county == "King")
    }

    @Test("an ally changes the cases of their own parents only; a supervisor any", arguments: TestEngine.all)
    func permission(_ engine: TestEngine) throws {
        let w = try world(engine)
        let otherParent = try w.f.parent("Other Parent", ally: try w.f.ally("Sam"))
        let otherCase = try w.f.caseWithParent("26-7-00099-9", parent: otherParent)
        let rosa = try w.store.actingStore(as: w.rosa)
        _ = try rosa.addChild(Child(caseId: w.caseId, name: "C.N.", birthYear: 2024), today: today)
        #expect(throws: StoreError.notAllowed("refusal.allyOwnCasesOnly")) {
            _ = try rosa.addChild(Child(caseId: otherCase, name: "D.", birthYear: 2024), today: today)
        }
        #expect(throws: StoreError.notAllowed("refusal.allyOwnCasesOnly")) {
            try rosa.setCaseOutcome(caseId: otherCase, outcome: .dismissed, on: today, reason: nil, despiteMoves: false, expecting: nil)
        }
        #expect(try rosa.refusal(for: .editCase(caseId: otherCase), today: today) == "refusal.allyOwnCasesOnly")
        #expect(try rosa.refusal(for: .editCase(caseId: w.caseId), today: today) == nil)
        let dana = try w.store.actingStore(as: w.dana)
        _ = try dana.addChild(Child(caseId: otherCase, name: "D.", birthYear: 2024), today: today)
        #expect(try lastAudit(w) == "Dana added a child to case 26-7-00099-9")
        let count = try w.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM children WHERE case_id = ?", arguments: [otherCase]) }
        #expect(count == 1)
    }

    @Test("children: a first name or initials and a birth year no later than this year", arguments: TestEngine.all)
    func children(_ engine: TestEngine) throws {
        let w = try world(engine)
        #expect(throws: StoreError.invalid(field: .childName, reason: "invalid.empty")) {
            _ = try w.store.addChild(Child(caseId: w.caseId, name: "  "), today: today)
        }
        #expect(throws: StoreError.invalid(field: .birthYear, reason: Phrase("invalid.birthYear", ["from": .number(2001), "to": .number(2026)]))) {
            _ = try w.store.addChild(Child(caseId: w.caseId, name: "E.", birthYear: 2027), today: today)
        }
        var ana = try child(w, w.ana)
        ana.birthYear = 2018
        try w.store.updateChild(ana, today: today)
        #expect(try lastAudit(w).hasSuffix("corrected a child of case 26-7-00012-3 (birth year)"))
        #expect(try child(w, w.ana).version == ana.version + 1)
    }

    @Test("the outcome is suggested from the children's last moves, on the latest day", arguments: TestEngine.all)
    func suggestion(_ engine: TestEngine) throws {
        let w = try world(engine)
        try move(w, w.ana, .removed, "2025-03-01")
        try move(w, w.ben, .removed, "2025-03-01")
        try move(w, w.ana, .returnedHome, "2025-12-01")
        var detail = try w.store.parentDetail(id: w.parent)!.cases[0]
        #expect(detail.evidence.suggestion == nil) // Ben is still out
        try move(w, w.ben, .trialReturnHome, "2026-01-10")
        try move(w, w.ben, .returnedHome, "2026-03-15")
        detail = try w.store.parentDetail(id: w.parent)!.cases[0]
        #expect(detail.moves(of: w.ben).map(\.move) == [.removed, .trialReturnHome, .returnedHome])
        #expect(detail.evidence.suggestion?.outcome == .reunified)
        #expect(detail.evidence.suggestion?.on == StoreFixture.day("2026-03-15"))
        #expect(try lastAudit(w).hasSuffix("recorded a move of a child of case 26-7-00012-3: returned home on 2026-03-15"))
    }

    @Test("an outcome against the children's moves is refused at the outcome, unless confirmed; a change needs a reason", arguments: TestEngine.all)
    func contradiction(_ engine: TestEngine) throws {
        let w = try world(engine)
        try move(w, w.ana, .returnedHome, "2026-03-01")
        try move(w, w.ben, .returnedHome, "2026-03-15")
        let refusal = Phrase("invalid.movesSuggest", ["outcome": .word("caseOutcome.reunified"),
                                                      "day": .day(StoreFixture.day("2026-03-15"), .short(thisYear: 2026))])
        #expect(throws: StoreError.invalid(field: .caseOutcome, reason: refusal)) {
            try w.store.setCaseOutcome(caseId: w.caseId, outcome: .adoption, on: today, reason: nil, despiteMoves: false, expecting: nil)
        }
        #expect(try dependencyCase(w).outcome == nil)
        try w.store.setCaseOutcome(caseId: w.caseId, outcome: .reunified, on: StoreFixture.day("2026-03-15"), reason: nil,
                                   despiteMoves: false, expecting: nil)
        #expect(try lastAudit(w).hasSuffix("recorded the outcome of case 26-7-00012-3: reunified on 2026-03-15"))
        #expect(throws: StoreError.invalid(field: .reason, reason: "invalid.sayWhyOutcomeChanged")) {
            try w.store.setCaseOutcome(caseId: w.caseId, outcome: .dismissed, on: today, reason: nil, despiteMoves: true, expecting: nil)
        }
        try w.store.setCaseOutcome(caseId: w.caseId, outcome: .dismissed, on: today, reason: "the court dismissed it",
                                   despiteMoves: true, expecting: nil)
        #expect(try lastAudit(w).hasSuffix(
            "recorded the outcome of case 26-7-00012-3: dismissed on 2026-11-23, despite the children's moves: the court dismissed it"))
        try w.store.setCaseOutcome(caseId: w.caseId, outcome: nil, on: nil, reason: "entered on the wrong case", despiteMoves: false, expecting: nil)
        #expect(try lastAudit(w).hasSuffix("cleared the outcome of case 26-7-00012-3: entered on the wrong case"))
        #expect(try dependencyCase(w).outcome == nil)
        // A child still in care: reunified says something the moves do not.
        try move(w, w.ben, .fosterCare, "2026-04-01")
        #expect(throws: StoreError.invalid(field: .caseOutcome, reason: "invalid.outcomeNotInMoves")) {
            try w.store.setCaseOutcome(caseId: w.caseId, outcome: .reunified, on: today, reason: nil, despiteMoves: false, expecting: nil)
        }
    }

    @Test("removing a move recorded by mistake is audited and moves the child's version on", arguments: TestEngine.all)
    func removeMove(_ engine: TestEngine) throws {
        let w = try world(engine)
        try move(w, w.ana, .adopted, "2026-02-01")
        let id = try w.store.engine.read { db in try ID.fetchOne(db, sql: "SELECT id FROM child_moves")! }
        let version = try child(w, w.ana).version
        let read = try w.store.engine.read { db in try ChildMove.fetchOne(db, key: id)! }
        try w.store.removeChildMove(read, reason: "entered on the wrong case", expecting: version)
        #expect(try lastAudit(w).hasSuffix("took out a move of a child of case 26-7-00012-3: adopted on 2026-02-01: entered on the wrong case"))
        #expect(try w.store.parentDetail(id: w.parent)!.cases[0].moves.isEmpty)
        #expect(try child(w, w.ana).version == version + 1)
    }

    @Test("the audit sentences have their Spanish words", arguments: TestEngine.all)
    func spanish(_ engine: TestEngine) throws {
        let w = try world(engine)
        try move(w, w.ana, .returnedHome, "2026-02-01")
        let line = try w.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 1)).rows[0]
        #expect(line.what.text(.spanish).hasPrefix("registró un cambio de un hijo o hija de "))
        #expect(line.what.text(.spanish).hasSuffix(": regresó a casa el 2026-02-01"))
    }
}
