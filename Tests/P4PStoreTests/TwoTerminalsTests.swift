import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Two terminals on one file: each test opens the file twice (two pools, as two processes
/// would), lets one save, then saves on the other what it read before: refused in words, with
/// nothing written.
@Suite("Two terminals, one file")
struct TwoTerminalsTests {
    let f: StoreFixture
    /// Sam's terminal and Dana's, each with its own connections to the file.
    let sam: SQLiteStore
    let dana: SQLiteStore
    let today = StoreFixture.day("2026-12-01")

    init() throws {
        f = try StoreFixture()
        try f.file.addUser(name: "Sam Rivera", role: .supervisor, secret: "975310", parameters: .fastForTests)
        try f.file.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
        let users = try f.file.users()
        sam = try SQLiteStore.open(at: f.path).actingStore(as: users.first { $0.name == "Sam Rivera" }!)
        dana = try SQLiteStore.open(at: f.path).actingStore(as: users.first { $0.name == "Dana Brooks" }!)
    }

    private func parent(_ id: ID) throws -> Parent { try #require(try f.file.read { db in try Parent.fetchOne(db, key: id) }) }
    private func auditCount(_ action: String) throws -> Int {
        try f.file.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = ?", arguments: [action]) } ?? 0
    }
    private func refusal(_ body: () throws -> Void) -> StaleRecord? {
        do { try body() } catch StoreError.stale(let record) { return record } catch { Issue.record("\(error)") }
        return nil
    }

    @Test("both assign the same waiting parent: the second is refused, saying who assigned whom, and when")
    func assignTwice() throws {
        let fartun = try f.ally("Fartun Hassan")
        let rosa = try f.ally("Rosa Delgado")
        let maria = try f.parent("María Núñez")
        let read = try parent(maria).version  // both forms opened on the same row
        try sam.assignAlly(parentId: maria, allyId: fartun, on: today, reason: nil, expecting: read)
        let stale = try #require(refusal { try dana.assignAlly(parentId: maria, allyId: rosa, on: today, reason: nil, expecting: read) })
        #expect(stale.description.hasPrefix("Sam Rivera assigned this parent to Fartun Hassan at "))
        #expect(try parent(maria).allyId == fartun)
        #expect(try auditCount("ally assigned") == 1)
        // Without a version (a script), assigning an assigned parent is refused all the same.
        #expect(refusal { try dana.assignAlly(parentId: maria, allyId: rosa, on: today, reason: nil, expecting: nil) } != nil)
    }

    @Test("a reassignment on a stale read is refused; a knowing one is recorded from whom to whom")
    func reassign() throws {
        let fartun = try f.ally("Fartun Hassan")
        let rosa = try f.ally("Rosa Delgado")
        let denise = try f.ally("Denise Washington")
        let maria = try f.parent("María Núñez", ally: fartun)
        let read = try parent(maria).version
        try sam.assignAlly(parentId: maria, allyId: rosa, on: today, reason: "language", expecting: read)
        let stale = try #require(refusal {
            try dana.assignAlly(parentId: maria, allyId: denise, on: today, reason: "county", expecting: read)
        })
        #expect(stale.description.hasPrefix("Sam Rivera gave this parent to Rosa Delgado at "))
        #expect(try parent(maria).allyId == rosa)
        // Looked again and decided: saving on the version the refusal reported goes through.
        try dana.assignAlly(parentId: maria, allyId: denise, on: today, reason: "county", expecting: stale.currentVersion)
        let last = try f.file.read { db in try AuditEntry.order(Column("id").desc).fetchOne(db) }
        #expect(last?.detail == "ally \(denise) (was \(rosa)): county")
    }

    @Test("unassigning a parent another terminal just reassigned is refused")
    func unassign() throws {
        let fartun = try f.ally("Fartun Hassan")
        let rosa = try f.ally("Rosa Delgado")
        let maria = try f.parent("María Núñez", ally: fartun)
        let read = try parent(maria).version
        try sam.assignAlly(parentId: maria, allyId: rosa, on: today, reason: "language", expecting: read)
        #expect(refusal { try dana.unassignAlly(parentId: maria, reason: "on leave", today: today, expecting: read) } != nil)
        #expect(try parent(maria).allyId == rosa)
        #expect(try auditCount("ally unassigned") == 0)
    }

    @Test("an edit of a parent on a stale read is refused and writes nothing")
    func editParent() throws {
        let maria = try f.parent("María Núñez")
        var mine = try parent(maria)
        var theirs = mine
        theirs.phone = "206-555-0100"
        try sam.updateParent(theirs, today: today)
        mine.phone = "206-555-0199"
        let stale = try #require(refusal { try dana.updateParent(mine, today: today) })
        #expect(stale.description.hasPrefix("Sam Rivera changed this parent's record at "))
        #expect(try parent(maria).phone == "206-555-0100")
    }

    @Test("an edit of a hearing, or its court outcome, on a stale read is refused")
    func hearing() throws {
        let maria = try f.parent("María Núñez")
        let caseId = try f.caseWithParent("26-7-00101-1", parent: maria)
        let hearingId = try f.hearing(case: caseId, on: today)
        let read = try #require(try f.file.hearing(id: hearingId))
        var theirs = read
        theirs.courtroom = "Dept 4"
        try sam.updateHearing(theirs, today: today)
        var mine = read
        mine.courtroom = "Dept 2"
        let stale = try #require(refusal { try dana.updateHearing(mine, today: today) })
        #expect(stale.description.hasPrefix("Sam Rivera changed this hearing at "))
        let outcome = CourtOutcome(hearingId: hearingId, engagement: [maria: .declined], coveringAllyId: nil,
                                   status: .held, today: today, readVersion: read.version)
        #expect(refusal { try dana.recordCourtOutcome(outcome) } != nil)
        #expect(try f.file.hearing(id: hearingId)?.courtroom == "Dept 4")
        #expect(try f.file.hearing(id: hearingId)?.status == .scheduled)
    }

    @Test("a snooze on a stale read, and a contact completing a follow-up already completed, are refused")
    func followUps() throws {
        let rosa = try f.ally("Rosa Delgado")
        let maria = try f.parent("María Núñez", ally: rosa)
        let due = try f.followUp(parent: maria, ally: rosa, due: StoreFixture.day("2026-11-28"))
        let read = try f.file.overdueFollowUps(asOf: today, matching: nil, page: storeTestAllRows).rows.first!.version
        try sam.snoozeFollowUp(id: due, to: StoreFixture.day("2026-12-08"), reason: "in treatment", today: today, expecting: read)
        let stale = try #require(refusal {
            try dana.snoozeFollowUp(id: due, to: StoreFixture.day("2026-12-04"), reason: "away", today: today, expecting: read)
        })
        #expect(stale.description.hasPrefix("Sam Rivera snoozed this follow-up to Tue 8 Dec at "))

        let call = Contact(parentId: maria, allyId: rosa, date: today, mode: .phone, reached: true)
        try sam.logContact(call, completing: due, referrals: [], today: today)
        let contacts = try f.file.read { db in try Contact.fetchCount(db) }
        let completed = try #require(refusal { try dana.logContact(call, completing: due, referrals: [], today: today) })
        #expect(completed.description.hasPrefix("Sam Rivera completed this follow-up at "))
        #expect(try f.file.read { db in try Contact.fetchCount(db) } == contacts, "the refused contact was not written")
    }

    @Test("a file upgraded by a newer P4P Desk under a running terminal: its next write is refused, nothing written")
    func schemaMovedOn() throws {
        let maria = try f.parent("María Núñez")
        try f.file.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(Schema.version + 1)")
        }
        let before = try auditCount("parent updated")
        var changed = try parent(maria)
        changed.phone = "206-555-0100"
        #expect(throws: StoreError.schemaMovedOn(path: "desk.sqlite")) { try dana.updateParent(changed, today: today) }
        #expect(try parent(maria).phone == nil)
        #expect(try auditCount("parent updated") == before)
        #expect(StoreError.schemaMovedOn(path: "desk.sqlite").description.contains("Restart p4p"))
    }

    @Test("a save that cannot get the lock says so in words, not SQLite's")
    func busy() throws {
        let maria = try f.parent("María Núñez")
        dana.waitForOtherWriters(upTo: 0.05)
        let holder = try DatabaseQueue(path: f.path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            var changed = try parent(maria)
            changed.phone = "206-555-0100"
            #expect(throws: StoreError.busy) { try dana.updateParent(changed, today: today) }
            try db.execute(sql: "ROLLBACK")
        }
        #expect(StoreError.busy.description == "Another terminal is saving a large change; trying again…")
    }
}
