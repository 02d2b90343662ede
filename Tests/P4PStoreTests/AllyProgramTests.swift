import Foundation
import GRDB
import Testing
@testable import P4PStore

private let today = StoreFixture.day("2026-11-23")

private func lastAudits(_ f: StoreFixture, _ count: Int) throws -> [AuditEntry] {
    try f.store.engine.read { db in try AuditEntry.fetchAll(db, sql: "SELECT * FROM \(AuditEntry.table) ORDER BY id DESC LIMIT \(count)") }.reversed()
}

@Suite("Allies' program records")
struct AllyProgramTests {
    @Test("v10 turns an old file's free-text experience into codes, keeps unknown text as the program's own, and lists counties", arguments: TestEngine.all)
    func migration(_ engine: TestEngine) throws {
        let directory = try StoreTestDirectory()
        let path = directory.path("old.sqlite")
        try FileSecurity.createOwnerOnlyFile(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let before = Schema.migrations.prefix { $0.id != AlliesProgramMigration.id }
            for (index, migration) in before.enumerated() {
                try migration.run(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.id])
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
            }
            try db.execute(sql: """
                INSERT INTO allies (name, county, lived_experience) VALUES
                ('Rosa', 'King', '["substance use recovery","Foster care alumni","surviving cancer"]'), ('Tom', NULL, '[]')
                """)
        }
        try queue.close()
        let store = try SQLiteStore.open(at: path)
        let records = try store.allyRecords()
        let rosa = try #require(records.first { $0.ally.name == "Rosa" }?.ally)
        #expect(rosa.counties == ["King"] && rosa.county == "King" && rosa.version == 1)
        #expect(rosa.livedExperience == ["recovery", "foster-care", "surviving cancer"])
        #expect(records.first { $0.ally.name == "Tom" }?.ally.counties == [])
        let list = try store.experiences()
        #expect(list.map(\.code) == Experience.seeded + ["surviving cancer"])
        #expect(list.last?.words.text(.english) == "surviving cancer")
        #expect(list.first?.words.text(.spanish) == "recuperación")
        store.close()
    }

    @Test("add and edit: cleaned, versioned, audited by id; the county column follows the first county served", arguments: TestEngine.all)
    func addAndEdit(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let saved = try f.store.saveAlly(Ally(name: " Rosa Delgado ", phone: " ", languages: ["Spanish", " ", "English", "spanish"],
                                              counties: ["Pierce", "King"], livedExperience: ["recovery"], caseloadLimit: 10))
        #expect(saved.warning == nil)
        var rosa = try #require(try f.store.allyRecords().first?.ally)
        #expect(rosa.name == "Rosa Delgado" && rosa.phone == nil && rosa.languages == ["Spanish", "English"])
        #expect(rosa.version == 2, "created, then stamped")
        #expect(try f.store.engine.read { db in try String.fetchOne(db, sql: "SELECT county FROM allies") } == "Pierce")
        rosa.counties = ["King"]
        rosa.livedExperience = ["recovery", "housing"]
        try f.store.saveAlly(rosa)
        let edited = try #require(try f.store.allyRecords().first?.ally)
        #expect(edited.version == 3 && edited.livedExperience == ["recovery", "housing"])
        #expect(try f.store.engine.read { db in try String.fetchOne(db, sql: "SELECT county FROM allies") } == "King")
        let audit = try lastAudits(f, 2)
        #expect(audit.map(\.action) == ["ally added", "ally updated"])
        #expect(audit.allSatisfy { $0.entity == "ally" && $0.entityId == saved.id })
        #expect(audit.last?.detail == "fields: counties, lived_experience")
        // The form read version 2: another save since then is refused.
        rosa.caseloadLimit = 4
        #expect(throws: StoreError.self) { try f.store.saveAlly(rosa) }
        #expect(try f.store.allyRecords().first?.ally.caseloadLimit == 10)
    }

    @Test("bad input is refused with the field named, and nothing changes", arguments: TestEngine.all)
    func refusals(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        try f.store.saveAlly(Ally(name: "Rosa Delgado"))
        let before = try f.store.allyRecords()
        #expect(throws: StoreError.invalid(field: .allyName, reason: Phrase("invalid.allyExists", ["name": .text("rosa delgado")]))) {
            try f.store.saveAlly(Ally(name: "rosa delgado"))
        }
        #expect(throws: StoreError.invalid(field: .allyName, reason: "invalid.empty")) { try f.store.saveAlly(Ally(name: " ")) }
        #expect(throws: StoreError.invalid(field: .languages, reason: "invalid.empty")) {
            try f.store.saveAlly(Ally(name: "Tom", languages: [" "]))
        }
        #expect(throws: StoreError.invalid(field: .caseloadLimit, reason: "invalid.notNegative")) {
            try f.store.saveAlly(Ally(name: "Tom", caseloadLimit: -1))
        }
        #expect(throws: StoreError.invalid(field: .livedExperience, reason: Phrase("invalid.noSuchExperience", ["code": .text("astronaut")]))) {
            try f.store.saveAlly(Ally(name: "Tom", livedExperience: ["astronaut"]))
        }
        #expect(try f.store.allyRecords() == before)
    }

    @Test("a limit below the current caseload is saved with a warning", arguments: TestEngine.all)
    func limitBelowCaseload(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let id = try f.store.saveAlly(Ally(name: "Rosa Delgado")).id
        for name in ["A", "B", "C"] { try f.parent(name, ally: id) }
        try f.parent("Closed", ally: id, status: .closed)
        var rosa = try #require(try f.store.allyRecords().first?.ally)
        rosa.caseloadLimit = 2
        let saved = try f.store.saveAlly(rosa)
        #expect(saved.warning?.text(.english) == "The limit 2 is below the 3 open parents this ally carries now")
        let record = try #require(try f.store.allyRecords().first)
        #expect(record.ally.caseloadLimit == 2 && record.openParents == 3)
    }

    @Test("deactivating returns each open parent to Unassigned with the reason, each return audited", arguments: TestEngine.all)
    func deactivate(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rosa = try f.store.saveAlly(Ally(name: "Rosa Delgado")).id
        let other = try f.store.saveAlly(Ally(name: "Tom Sampson")).id
        let a = try f.parent("A", ally: rosa), b = try f.parent("B", ally: rosa)
        let closed = try f.parent("Closed", ally: rosa, status: .closed)
        let kept = try f.parent("Kept", ally: other)
        let followUp = try f.followUp(parent: a, ally: rosa, due: today)
        #expect(throws: StoreError.invalid(field: .reason, reason: "invalid.sayWhyDeactivated")) {
            try f.store.deactivateAlly(id: rosa, reason: " ", today: today)
        }
        #expect(try f.store.deactivateAlly(id: rosa, reason: "moved away", today: today) == 2)
        let parents = try f.store.engine.read { db in try Parent.fetchAll(db, sql: "SELECT * FROM \(Parent.table)").reduce(into: [ID: Parent]()) { $0[$1.id!] = $1 } }
        #expect(parents[a]?.allyId == nil && parents[b]?.allyId == nil && parents[a]?.waitingSince == today)
        #expect(parents[closed]?.allyId == rosa, "a closed file keeps its history")
        #expect(parents[kept]?.allyId == other)
        #expect(try f.store.engine.read { db in try FollowUp.fetchOne(db, key: followUp)?.allyId } == nil)
        let record = try #require(try f.store.allyRecords().first { $0.ally.id == rosa })
        #expect(record.ally.active == false && record.openParents == 0)
        let audit = try lastAudits(f, 3)
        #expect(audit.map(\.action) == ["ally unassigned", "ally unassigned", "ally deactivated"])
        #expect(audit.map(\.entityId) == [a, b, rosa])
        #expect(audit[0].detail == "was \(rosa): moved away")
        #expect(audit[2].detail == "parents 2: moved away")
        #expect(try f.store.verifyAuditLog().intact)
        // The audit log tells it in words, by name, in either language.
        let lines = try f.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 20)).rows.map { $0.what.text(.english) }
        #expect(lines.contains("deactivated Rosa Delgado; 2 open parents back to Unassigned: moved away"), "\(lines)")
        #expect(lines.contains("added the Parent Ally Tom Sampson"), "\(lines)")
    }

    @Test("only supervisors and admins change allies' records", arguments: TestEngine.all)
    func permissions(_ engine: TestEngine) throws {
        #expect(Act.manageAllies.decision(for: .ally) == .refused("refusal.onlySupervisorAllies"))
        #expect(Act.manageAllies.decision(for: .supervisor) == .allowed)
        #expect(Act.manageAllies.decision(for: .admin) == .allowed)
        #expect(Act.seeCircumstances(parentId: 1).decision(for: .ally) == .dependsOnRecords)
        #expect(Act.seeCircumstances(parentId: 1).decision(for: .supervisor) == .allowed)
    }

    @Test("the program may add to the list; a label already there is not added twice", arguments: TestEngine.all)
    func addExperience(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        #expect(try f.store.addExperience(label: "grief") == "grief")
        #expect(try f.store.addExperience(label: "Grief") == "grief")
        #expect(try f.store.experiences().map(\.code) == Experience.seeded + ["grief"])
        try f.store.saveAlly(Ally(name: "Rosa", livedExperience: ["grief"]))
    }
}
