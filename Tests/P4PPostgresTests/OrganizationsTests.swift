import ServerTestSupport
import Dispatch
import Foundation
import P4PDemo
import P4PPostgres
import P4PStore
import Testing

/// Two courthouses' files and a state office on one database, each connecting with its own
/// server role, none of them a superuser (a superuser would pass by row security): each host
/// organization reads and writes only its own families; the state office reads every
/// organization's figures and no one's name.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct OrganizationsTests {
    static let today = Day(iso: "2026-11-23")!
    static let october = ReportPeriod(month: "2026-10")!

    /// The program: the owner moved both files in under their organizations, and added the
    /// state office.
    final class Program {
        let server = ThrowawayServer.shared!
        let folder: String
        let north: SQLiteStore, south: SQLiteStore
        let database: String
        let owner: String, northRole: String, southRole: String, stateRole: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("organizations-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            north = try Self.demo(at: folder + "/north.sqlite", seed: 1)
            south = try Self.demo(at: folder + "/south.sqlite", seed: 2)
            // A name only the south's records hold.
            _ = try south.engine.write { try $0.execute("UPDATE parents SET name = 'Zed Southerner' WHERE id = 1", []) }
            owner = try server.role("owner")
            northRole = try server.role("north")
            southRole = try server.role("south")
            stateRole = try server.role("state")
            database = try server.database(ownedBy: owner)
            let connection = try connect(as: owner)
            defer { connection.close() }
            try ServerSchema.apply(on: connection)
            _ = try FileCopy.copy(from: north, named: "north.sqlite", into: .init(organization: "North", role: northRole), on: connection)
            #expect(throws: ServerError.self, "the same file goes in once") {
                try FileCopy.copy(from: north, named: "north-again.sqlite", into: .init(organization: "Elsewhere"), on: connection)
            }
            _ = try FileCopy.copy(from: south, named: "south.sqlite", into: .init(role: southRole), on: connection)
            try connection.transaction { session in
                _ = try ServerOrganization.save(name: "State office", role: stateRole, stateOffice: true, on: session, at: connection.address)
            }
        }

        static func demo(at path: String, seed: UInt64) throws -> SQLiteStore {
            let store = try SQLiteStore.create(at: path)
            try store.load(try ProgramLoad.demo(DemoOptions(seed: seed, today: OrganizationsTests.today, withUsers: true)))
            return store
        }

        func address(_ role: String) throws -> ServerAddress { try server.address(role: role, database: database) }
        func connect(as role: String) throws -> ServerConnection {
            try ServerConnection.connect(to: try address(role), passwords: server.passwords)
        }
        func store(as role: String) throws -> ProgramStore {
            try ServerStore.open(try address(role), actor: "test", passwords: server.passwords)
        }

        deinit {
            north.close(); south.close()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test func eachOrganizationReadsAndWritesOnlyItsOwnFamilies() throws {
        let program = try Program()
        let north = try program.store(as: program.northRole), south = try program.store(as: program.southRole)
        let page = PageRequest(offset: 0, limit: 40)
        // Each reads what its own file read, though both files' ids overlap.
        #expect(try north.docket(on: Self.today, matching: nil, page: page) == program.north.docket(on: Self.today, matching: nil, page: page))
        #expect(try south.docket(on: Self.today, matching: nil, page: page) == program.south.docket(on: Self.today, matching: nil, page: page))
        #expect(try north.parentDetail(id: 1) == program.north.parentDetail(id: 1))
        #expect(try south.parentDetail(id: 1) == program.south.parentDetail(id: 1))
        #expect(try north.findParents(nameStartingWith: "Zed", limit: 5).isEmpty)
        #expect(try south.findParents(nameStartingWith: "Zed", limit: 5).map(\.name) == ["Zed Southerner"])

        // Straight SQL as the north's role touches the north's rows only, and cannot write the south's.
        let northLink = try program.connect(as: program.northRole)
        defer { northLink.close() }
        let parents = try program.north.engine.read { try $0.rows("SELECT count(*) FROM parents", [])[0].values }
        #expect(try northLink.rows("SELECT count(*) FROM parents", [])[0].values == parents)
        #expect(try northLink.execute("UPDATE parents SET phone = '206-555-0000' WHERE id = 1", []) == 1)
        #expect(try south.parentDetail(id: 1) == program.south.parentDetail(id: 1), "the south's parent 1 is untouched")
        let southId = try northLink.rows("SELECT id FROM organizations WHERE role_name = ?", [.text(program.southRole)])[0].values[0]
        #expect(throws: ServerError.self, "a row for another organization is refused") {
            try northLink.execute("INSERT INTO allies (name, organization_id) VALUES ('Mallory', ?)", [southId])
        }
        #expect(throws: ServerError.self, "and so is moving one there") {
            try northLink.execute("UPDATE allies SET organization_id = ? WHERE id = 1", [southId])
        }
        // Each organization's audit chain is its own, and intact.
        #expect(try north.verifyAuditLog().firstBroken == nil)
        #expect(try south.verifyAuditLog().firstBroken == nil)
    }

    /// Another organization's commit reaches this terminal's listener and is let go: its panes
    /// read again only for its own organization's commits. Notices come in commit order, so once
    /// the north's own commit is heard, the south's earlier one was heard too, and dropped.
    @Test func anotherOrganizationsCommitMovesNothingHere() throws {
        let program = try Program()
        let north = try program.store(as: program.northRole)
        let start = try north.changes(since: nil).mark
        // Listening, made beside the first reads, says so by moving every counter once.
        try waitFor { try !north.changes(since: start).changed.isEmpty }
        let listening = try north.changes(since: nil).mark
        let southLink = try program.connect(as: program.southRole), northLink = try program.connect(as: program.northRole)
        defer { southLink.close(); northLink.close() }
        #expect(try southLink.execute("UPDATE allies SET phone = '206-555-0101' WHERE id = 1", []) == 1)
        #expect(try northLink.execute("UPDATE hearings SET courtroom = 'Dept 9' WHERE id = 1", []) == 1)
        try waitFor { try !north.changes(since: listening).changed.isEmpty }
        #expect(try north.changes(since: listening).changed == [.docket, .records], "the north's hearing, not the south's ally")
    }

    /// A write holds its organization's lock, not the database's: while a north write is open,
    /// the south saves, and another north save waits for it (the server shows it waiting).
    @Test func organizationsSaveSideBySide() throws {
        let program = try Program()
        let north = try program.store(as: program.northRole), south = try program.store(as: program.southRole)
        let waiting = try south.unassignedParents(asOf: Self.today, matching: nil, page: PageRequest(offset: 0, limit: 1)).rows[0]
        let ally = try south.caseloads().first { $0.active }!.ally.id
        let holder = try program.connect(as: program.northRole)
        let northId = try holder.rows("SELECT p4p_org()", [])[0].values[0].integer!
        holder.writesFor = northId
        let released = DispatchSemaphore(value: 0), northSaved = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? holder.transaction { _ in released.wait() }
            holder.close()
        }
        // The holder has the north's lock once a north save is seen waiting for it.
        DispatchQueue.global().async {
            _ = try? north.setSetting(SQLiteStore.trainingRequiredHoursKey, to: "10")
            northSaved.signal()
        }
        let observer = try program.connect(as: program.owner)
        defer { observer.close() }
        try waitFor { try observer.rows("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", []).count == 1 }
        // On the database's one lock the south would wait too, until the patience of a busy machine.
        let southSaved = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? south.assignAlly(parentId: waiting.parentId, allyId: ally, on: Self.today, reason: nil, expecting: waiting.version)
            southSaved.signal()
        }
        #expect(southSaved.wait(timeout: .now() + 600) == .success, "the south saved while the north's write was open")
        #expect(try south.unassignedParents(asOf: Self.today, matching: nil, page: PageRequest(offset: 0, limit: 50)).rows
            .allSatisfy { $0.parentId != waiting.parentId })
        #expect(try observer.rows("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", []).count == 1,
                "the north's save still waits while the south's went through")
        released.signal()
        #expect(northSaved.wait(timeout: .now() + 600) == .success)
        #expect(try north.setting(SQLiteStore.trainingRequiredHoursKey) == "10")
    }

    /// Waits until `condition` holds, checking as notices arrive; fails after a busy machine's patience.
    func waitFor(_ condition: () throws -> Bool) throws {
        for _ in 0..<6000 {
            if try condition() { return }
            usleep(10_000)
        }
        Issue.record("the condition never held")
    }

    @Test func theStateOfficeReadsEveryOrganizationsFiguresAndNoOnesName() throws {
        let program = try Program()
        let stateLink = try program.connect(as: program.stateRole)
        defer { stateLink.close() }
        for identifying in ["SELECT name FROM parents", "SELECT phone FROM parents", "SELECT case_number FROM cases",
                            "SELECT name FROM children", "SELECT notes FROM contacts", "SELECT name FROM allies",
                            "SELECT detail FROM audit_log WHERE organization_id <> (SELECT p4p_org())"] {
            let refused = (try? stateLink.rows(identifying, [])).map { $0.isEmpty } ?? true
            #expect(refused, "\(identifying)")
        }
        #expect(throws: ServerError.self, "the state office writes no family's record") {
            try stateLink.execute("UPDATE parents SET status = 'closed'", [])
        }

        let state = try program.store(as: program.stateRole)
        try state.addUser(name: "Morgan Analyst", role: .supervisor, secret: "135790", parameters: .fastForTests)
        let analyst = try state.actingStore(as: try state.users().first { $0.name == "Morgan Analyst" }!)
        let each = try analyst.eachOrganization { try $0.programReport(Self.october) }
        #expect(each.map(\.organization) == ["North", "south"])
        let northReport = try program.north.programReport(Self.october), southReport = try program.south.programReport(Self.october)
        #expect(each.map(\.value) == [northReport, southReport])
        let all = try #require(ProgramReport.combined(each.map(\.value)))
        #expect(all.parentsServed == northReport.parentsServed + southReport.parentsServed)
        #expect(all.hearingsCovered == Ratio(northReport.hearingsCovered.count + southReport.hearingsCovered.count,
                                             of: northReport.hearingsCovered.of + southReport.hearingsCovered.of))
        #expect(all.daysToPermanency.cases == northReport.daysToPermanency.cases + southReport.daysToPermanency.cases)

        // A host organization's store reads its own alone.
        let north = try program.store(as: program.northRole)
        #expect(try north.eachOrganization { try $0.programReport(Self.october) }.map(\.organization) == [nil])
    }
}
