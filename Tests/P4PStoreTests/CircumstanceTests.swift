import Foundation
import GRDB
import Testing
@testable import P4PStore

private let today = StoreFixture.day("2026-11-23")

/// A parent's circumstances: the same list as allies' lived experience, sensitive, so shown to
/// supervisors and the parent's own ally only and never exported.
@Suite("Parents' circumstances")
struct CircumstanceTests {
    struct World {
        let f: StoreFixture
        let rosa: ID, tom: ID, maria: ID
        let rosaUser: User, tomUser: User, supervisor: User

        init(_ engine: TestEngine) throws {
            f = try StoreFixture(engine)
            rosa = try f.store.saveAlly(Ally(name: "Rosa Delgado", languages: ["Spanish"], counties: ["King"],
                                             livedExperience: ["recovery"])).id
            tom = try f.store.saveAlly(Ally(name: "Tom Sampson", livedExperience: ["recovery", "special-needs"])).id
            maria = try f.parent("Maria Brooks", ally: rosa, language: "Spanish", county: "King")
            let fast = SecretHash.Parameters.fastForTests
            try f.store.addUser(name: "Rosa Delgado", role: .ally, secret: "111111", parameters: fast)
            try f.store.addUser(name: "Tom Sampson", role: .ally, secret: "222222", parameters: fast)
            try f.store.addUser(name: "Sup", role: .supervisor, secret: "333333", parameters: fast)
            let users = Dictionary(uniqueKeysWithValues: try f.store.users().map { ($0.name, $0) })
            rosaUser = users["Rosa Delgado"]!; tomUser = users["Tom Sampson"]!; supervisor = users["Sup"]!
            let parent = try f.store.engine.read { db in try Parent.fetchOne(db, key: maria)! }
            try f.store.actingStore(as: supervisor).updateParent(parent, circumstances: ["special-needs", "recovery"], today: today)
        }
    }

    @Test("saved with the parent's edit, in the list's order, audited without saying which", arguments: TestEngine.all)
    func saved(_ engine: TestEngine) throws {
        let w = try World(engine)
        #expect(try w.f.store.circumstances(ofParent: w.maria) == ["recovery", "special-needs"])
        let audit = try #require(try w.f.store.engine.read { db in try AuditEntry.fetchOne(db, sql: "SELECT * FROM \(AuditEntry.table) ORDER BY id DESC") })
        #expect(audit.action == "parent updated" && audit.detail == "fields: circumstances")
        #expect(try w.f.store.engine.read { db in try Parent.fetchOne(db, key: w.maria)?.version } == 2)
        let parent = try w.f.store.engine.read { db in try Parent.fetchOne(db, key: w.maria)! }
        #expect(throws: StoreError.invalid(field: .circumstances, reason: Phrase("invalid.noSuchExperience", ["code": .text("x")]))) {
            try w.f.store.updateParent(parent, circumstances: ["x"], today: today)
        }
        #expect(try w.f.store.circumstances(ofParent: w.maria) == ["recovery", "special-needs"])
    }

    @Test("supervisors and the parent's own ally see them; another ally is refused", arguments: TestEngine.all)
    func whoSees(_ engine: TestEngine) throws {
        let w = try World(engine)
        #expect(try w.f.store.actingStore(as: w.supervisor).circumstances(ofParent: w.maria).count == 2)
        #expect(try w.f.store.actingStore(as: w.rosaUser).circumstances(ofParent: w.maria).count == 2)
        #expect(throws: StoreError.notAllowed("refusal.allyOwnParentsOnly")) {
            try w.f.store.actingStore(as: w.tomUser).circumstances(ofParent: w.maria)
        }
    }

    @Test("the assign picker shows shared experience to a supervisor, and nothing of it to another ally", arguments: TestEngine.all)
    func pickerReasons(_ engine: TestEngine) throws {
        let w = try World(engine)
        let asSupervisor = try w.f.store.actingStore(as: w.supervisor).allyFit(for: w.maria)
        let tom = try #require(asSupervisor.first { $0.ally.id == w.tom })
        #expect(tom.reasons.map { $0.text(.english) } == ["recovery", "child with special needs", "0/12"])
        let asTom = try w.f.store.actingStore(as: w.tomUser).allyFit(for: w.maria)
        #expect(asTom.first { $0.ally.id == w.tom }?.reasons.map { $0.text(.english) } == ["0/12"])
    }

    @Test("no export, identified or de-identified, carries a parent's circumstances")
    func neverExported() throws {
        let w = try World(.file)
        // Maria's two; other codes share words with referral kinds ("housing").
        let words = ["recovery", "special-needs"].flatMap { code in
            [code, Experience(code: code).words.text(.english), Experience(code: code).words.text(.spanish)]
        }
        for table in ExportTable.allCases {
            for deidentified in [true, false] {
                var cells: [String] = []
                _ = try w.f.file.export(table, deidentified: deidentified) { cells += $0 }
                #expect(!cells.contains { cell in words.contains { cell.localizedCaseInsensitiveContains($0) } },
                        "\(table.rawValue) deidentified: \(deidentified)")
                #expect(!cells.contains { $0.contains("circumstance") || $0.contains("experience") })
            }
        }
        #expect(!ExportTable.allCases.map(\.rawValue).contains { $0.contains("circumstance") })
    }
}
