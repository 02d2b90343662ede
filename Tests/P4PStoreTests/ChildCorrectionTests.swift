import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Correcting a child and taking out a move recorded in error, on real SQLite files: each checks
/// the child's version inside its transaction, is audited without the child's name, and a move
/// the case's recorded outcome rests on stays until the outcome is changed.
@Suite("Child corrections")
struct ChildCorrectionTests {
    let today = StoreFixture.day("2026-11-23")

    /// A case with one parent, two children both home, and a supervisor at another terminal.
    struct World {
        let f: StoreFixture
        let caseId: ID, ana: ID, ben: ID
        let dana: ProgramStore
        var store: ProgramStore { f.store }
    }

    func world(_ engine: TestEngine) throws -> World {
        let f = try StoreFixture(engine)
        let parent = try f.parent("María Núñez", ally: try f.ally("Rosa"))
        let caseId = try f.caseWithParent("26-7-00012-3", parent: parent)
        let ana = try f.child("A.N.", case: caseId, birthYear: 2019)
        let ben = try f.child("B.N.", case: caseId, birthYear: 2021)
        try f.store.addUser(name: "Dana", role: .supervisor, secret: "246810", parameters: .fastForTests)
        let dana = try f.store.actingStore(as: try f.store.users().first { $0.name == "Dana" }!)
        let w = World(f: f, caseId: caseId, ana: ana, ben: ben, dana: dana)
        for (child, kind, iso) in [(ana, ChildMoveKind.removed, "2025-03-01"), (ben, .removed, "2025-03-01"),
                                   (ana, .returnedHome, "2026-03-01"), (ben, .returnedHome, "2026-03-15")] {
            _ = try f.store.addChildMove(ChildMove(childId: child, date: StoreFixture.day(iso), move: kind), expecting: nil)
        }
        return w
    }

    func child(_ w: World, _ id: ID) throws -> Child { try w.store.engine.read { db in try Child.fetchOne(db, key: id)! } }

    func move(_ w: World, _ childId: ID, _ kind: ChildMoveKind) throws -> ChildMove {
        try w.store.engine.read { db in
            try ChildMove.fetchOne(db, sql: "SELECT * FROM \(ChildMove.table) WHERE child_id = ? AND move = ?", arguments: [childId, kind.rawValue])!
        }
    }

    func moveCount(_ w: World) throws -> Int { try w.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(ChildMove.table)")! } }

    func lastAudit(_ w: World) throws -> AuditLine {
        try w.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 1)).rows[0]
    }

    func lastAuditDetail(_ w: World) throws -> String {
        try w.store.engine.read { db in try String.fetchOne(db, sql: "SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1") ?? "" }
    }

    @Test("a child's name and birth year are corrected, audited by field without the name", arguments: TestEngine.all)
    func editChild(_ engine: TestEngine) throws {
        let w = try world(engine)
        var ana = try child(w, w.ana)
        ana.name = "Ani N."
        ana.birthYear = 2018
        try w.dana.updateChild(ana, today: today)
        let saved = try child(w, w.ana)
        #expect(saved.name == "Ani N." && saved.birthYear == 2018)
        #expect(saved.version == ana.version + 1)
        #expect(try lastAudit(w).sentence(.english) == "Dana corrected a child of case 26-7-00012-3 (birth year, name)")
        let detail = try lastAuditDetail(w)
        #expect(!detail.contains("Ani") && !detail.contains("A.N."), "the audit detail names fields, never the child")
        #expect(try w.store.verifyAuditLog().intact)
    }

    @Test("a correction on what another terminal changed since is refused, saying who, and nothing is written", arguments: TestEngine.all)
    func staleEditRefused(_ engine: TestEngine) throws {
        let w = try world(engine)
        let read = try child(w, w.ana)
        var theirs = read
        theirs.birthYear = 2020
        try w.dana.updateChild(theirs, today: today)
        var mine = read
        mine.name = "Ana"
        do {
            try w.store.updateChild(mine, today: today)
            Issue.record("a stale correction was saved")
        } catch StoreError.stale(let stale) {
            #expect(stale.record == .child && stale.id == w.ana)
            #expect(stale.phrase.text(.english).hasPrefix("Dana changed this child's record"))
            #expect(stale.currentVersion == read.version + 1)
        }
        let now = try child(w, w.ana)
        #expect(now.name == "A.N." && now.birthYear == 2020, "theirs stands")
    }

    @Test("a move recorded in error is taken out with a reason, kept in the audit sentence", arguments: TestEngine.all)
    func removeMove(_ engine: TestEngine) throws {
        let w = try world(engine)
        let removed = try move(w, w.ana, .removed)
        let version = try child(w, w.ana).version
        #expect(throws: StoreError.invalid(field: .reason, reason: "invalid.sayWhyMoveRemoved")) {
            try w.dana.removeChildMove(removed, reason: "  ", expecting: version)
        }
        #expect(try moveCount(w) == 4, "nothing removed without a reason")
        try w.dana.removeChildMove(removed, reason: "the court entered Ben's removal twice", expecting: version)
        #expect(try moveCount(w) == 3)
        #expect(try child(w, w.ana).version == version + 1)
        let line = try lastAudit(w)
        #expect(line.sentence(.english) == "Dana took out a move of a child of case 26-7-00012-3: removed on 2025-03-01"
                + ": the court entered Ben's removal twice")
        #expect(line.what.text(.spanish).hasPrefix("quitó un cambio de un hijo o hija de "))
        #expect(!(try lastAuditDetail(w)).contains("A.N."))
        #expect(try w.store.verifyAuditLog().intact)
    }

    @Test("a removal on moves another terminal changed since is refused; a move already gone is not found", arguments: TestEngine.all)
    func staleRemovalRefused(_ engine: TestEngine) throws {
        let w = try world(engine)
        let removed = try move(w, w.ben, .removed)
        let read = try child(w, w.ben)
        _ = try w.dana.addChildMove(ChildMove(childId: w.ben, date: StoreFixture.day("2025-04-01"), move: .fosterCare),
                                    expecting: read.version)
        do {
            try w.store.removeChildMove(removed, reason: "entered twice", expecting: read.version)
            Issue.record("a stale removal was saved")
        } catch StoreError.stale(let stale) {
            #expect(stale.record == .child && stale.id == w.ben)
            #expect(stale.phrase.text(.english).hasPrefix("Dana changed this child's moves"))
        }
        #expect(try moveCount(w) == 5, "nothing removed")
        // Another terminal took it out first: the second removal finds nothing to take out.
        let now = try child(w, w.ben).version
        try w.dana.removeChildMove(removed, reason: "entered twice", expecting: now)
        #expect(throws: StoreError.notFound("notFound.childMove")) {
            try w.store.removeChildMove(removed, reason: "entered twice", expecting: now + 1)
        }
        #expect(try moveCount(w) == 4)
    }

    @Test("a move the recorded outcome rests on stays until the outcome is changed; others go", arguments: TestEngine.all)
    func outcomeRestsOnMove(_ engine: TestEngine) throws {
        let w = try world(engine)
        try w.store.setCaseOutcome(caseId: w.caseId, outcome: .reunified, on: StoreFixture.day("2026-03-15"), reason: nil,
                                   despiteMoves: false, expecting: nil)
        let home = try move(w, w.ben, .returnedHome)
        let refusal = Phrase("invalid.outcomeRestsOnMove", ["outcome": .word("caseOutcome.reunified"),
                                                            "day": .day(StoreFixture.day("2026-03-15"), .short(thisYear: 2026))])
        #expect(throws: StoreError.invalid(field: .childMove, reason: refusal)) {
            try w.store.removeChildMove(home, reason: "entered on the wrong child", expecting: try child(w, w.ben).version)
        }
        #expect(refusal.text(.english)
                == "The case's outcome, reunified on Sun 15 Mar, rests on this move; change or clear the outcome first (O)")
        #expect(try moveCount(w) == 4, "nothing removed")
        // Ben's removal says nothing about how the case ended: it may go.
        try w.store.removeChildMove(try move(w, w.ben, .removed), reason: "entered twice", expecting: nil)
        // With the outcome cleared first, the move goes too.
        try w.store.setCaseOutcome(caseId: w.caseId, outcome: nil, on: nil, reason: "Ben is not home yet", despiteMoves: false,
                                   expecting: nil)
        try w.store.removeChildMove(home, reason: "entered on the wrong child", expecting: nil)
        #expect(try moveCount(w) == 2)
    }

    @Test("an outcome recorded despite the moves does not hold a move back: it disagreed with them already", arguments: TestEngine.all)
    func outcomeDespiteMoves(_ engine: TestEngine) throws {
        let w = try world(engine)
        try w.store.setCaseOutcome(caseId: w.caseId, outcome: .adoption, on: today, reason: nil, despiteMoves: true, expecting: nil)
        try w.store.removeChildMove(try move(w, w.ben, .returnedHome), reason: "entered on the wrong child", expecting: nil)
        #expect(try moveCount(w) == 3)
    }
}
