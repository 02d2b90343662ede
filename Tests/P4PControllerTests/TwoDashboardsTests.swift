import Foundation
import GRDB
import Testing
@testable import P4PController
@testable import P4PStore

/// Two dashboards on one file, as two supervisors at two terminals: each has its own session
/// and its own connections. A save made on what a form read is refused when the other saved
/// first; nothing is written over, and what was typed stays.
@Suite struct TwoDashboardsTests {
    let today = Day(iso: "2026-12-01")!

    /// Sam's and Dana's dashboards on one demo file, both signed in as supervisors.
    func twoDashboards() throws -> (sam: DeskSession, dana: DeskSession, store: SQLiteStore, clock: TestClock) {
        let (_, store) = try demoSession(today: today)
        try store.addUser(name: "Sam Rivera", role: .supervisor, secret: "975310", parameters: .fastForTests)
        try store.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
        let clock = TestClock()
        func dashboard(_ name: String, _ pin: String) throws -> DeskSession {
            let session = DeskSession(store: try SQLiteStore.open(at: store.path), today: today, clock: { clock.now })
            session.start()
            try pressKeys(session, "\(name.prefix(3)) Enter \(pin) Enter")
            return session
        }
        return (try dashboard("Sam Rivera", "975310"), try dashboard("Dana Brooks", "246810"), store, clock)
    }

    func assignments(_ store: SQLiteStore, parent: ID) throws -> Int {
        try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'ally assigned' AND entity_id = ?",
                             arguments: [parent])
        } ?? 0
    }

    @Test func bothAssignTheSameParentTheSecondIsRefusedInWords() throws {
        let (sam, dana, store, _) = try twoDashboards()
        try pressKeys(sam, "2 a")
        try pressKeys(dana, "2 a")
        let parentId = try #require(sam.state.unassigned.selectedRow?.parentId)
        #expect(dana.state.unassigned.selectedRow?.parentId == parentId)
        try pressKeys(sam, "C-s")
        #expect(sam.state.message.english == "Parent Ally assigned")
        let allyName = try #require(try store.parentDetail(id: parentId)?.ally?.name)

        try pressKeys(dana, "C-s")
        let form = try #require(dana.state.form, "the form stays open")
        let message = try #require(form.state.message.english)
        #expect(message.hasPrefix("Not saved: Sam Rivera assigned this parent to \(allyName) at "), "\(message)")
        #expect(dana.state.message.english != "Parent Ally assigned")
        #expect(try assignments(store, parent: parentId) == 1)
        #expect(dana.state.refusedSaves == 1)
        // Saving again is refused again: from Unassigned nothing replaces an ally someone gave.
        try pressKeys(dana, "C-s")
        #expect(try assignments(store, parent: parentId) == 1)
    }

    @Test func aStaleEditKeepsWhatWasTypedAndASecondSaveIsAKnowingOne() throws {
        let (sam, dana, store, _) = try twoDashboards()
        try pressKeys(sam, "2 e Tab Tab C-u 206-555-0100")
        try pressKeys(dana, "2 e Tab Tab C-u 206-555-0199")
        let parentId = try #require(sam.state.unassigned.selectedRow?.parentId)
        try pressKeys(sam, "C-s")
        try pressKeys(dana, "C-s")
        let form = try #require(dana.state.form)
        #expect(form.state.message.english?.hasPrefix("Not saved: Sam Rivera changed this parent's record at ") == true)
        #expect(form.state.fields.first { $0.id == .phone }?.editor.text == "206-555-0199", "nothing typed is lost")
        #expect(try store.parentDetail(id: parentId)?.parent.phone == "206-555-0100")
        try pressKeys(dana, "C-s")
        #expect(dana.state.form == nil)
        #expect(try store.parentDetail(id: parentId)?.parent.phone == "206-555-0199")
    }

    @Test func aContactCompletingAFollowUpTheOtherCompletedIsRefusedAtCompletes() throws {
        let (sam, dana, store, _) = try twoDashboards()
        try pressKeys(sam, "3 c")
        try pressKeys(dana, "3 c")
        let followUp = try #require(sam.state.overdue.selectedRow?.followUpId)
        try pressKeys(sam, "SamCalled C-s")
        try pressKeys(dana, "DanaCalled C-s")
        let form = try #require(dana.state.form)
        let completes = try #require(form.state.fields.first { $0.id == .completes })
        #expect(completes.message.english?.hasPrefix("Sam Rivera completed this follow-up at ") == true, "\(completes.message.english ?? "")")
        #expect(form.state.fields[form.state.focus].id == .completes)
        let contacts = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contacts WHERE notes = ?",
                                                               arguments: ["DanaCalled"]) }
        #expect(contacts == 0)
        // Completing nothing, the contact is kept.
        try pressKeys(dana, "none C-s")
        #expect(dana.state.form == nil)
        let done = try store.read { db in try FollowUp.fetchOne(db, key: followUp) }
        #expect(done?.contactId != nil)
    }

    @Test func aSaveThatFindsTheFileBusySaysSoAndTriesAgain() throws {
        let (sam, _, store, clock) = try twoDashboards()
        (sam.store as? SQLiteStore)?.waitForOtherWriters(upTo: 0.05)
        try pressKeys(sam, "2 a")
        let parentId = try #require(sam.state.unassigned.selectedRow?.parentId)
        // The holder waits its turn for the lock (a terminal may be finishing a write of its
        // own on a busy machine); holding it is what is tested.
        var patient = Configuration()
        patient.busyMode = .timeout(10)
        let holder = try DatabaseQueue(path: store.path, configuration: patient)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try pressKeys(sam, "C-s")
            #expect(sam.state.form?.state.message.english == "Another terminal is saving a large change; trying again…")
            clock.now += 0.5
            #expect(!sam.tick(), "not yet: once a second")
            try db.execute(sql: "COMMIT")
        }
        clock.now += 1
        #expect(sam.tick())
        #expect(sam.state.form == nil && sam.state.message.english == "Parent Ally assigned")
        #expect(try assignments(store, parent: parentId) == 1)
    }
}
