import Foundation
import GRDB
import P4PPostgres
import ServerTestSupport
import Testing
@testable import P4PStore

/// A store test's engine (for every file of this target), named in the test's name.
typealias TestEngine = ServerTestSupport.TestEngine

extension ServerTestSupport.TestEngine: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// A fresh directory under the system's temporary directory, removed when released.
final class StoreTestDirectory: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("p4p-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names in the directory, sorted: proves what an operation did or did not create.
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A real store in its own temporary directory (a SQLite file) or its own server database,
/// with small builders that insert records through the store's own records. Every builder
/// returns the new row's id.
final class StoreFixture: @unchecked Sendable {
    let directory: StoreTestDirectory
    let engine: TestEngine
    let store: ProgramStore
    /// The SQLite file, for tests of what only a file does.
    var file: SQLiteStore { store as! SQLiteStore }
    var path: String { file.path }

    init(_ engine: TestEngine = .file) throws {
        directory = try StoreTestDirectory()
        self.engine = engine
        switch engine {
        case .file: store = try SQLiteStore.create(at: directory.path("desk.sqlite"))
        case .server: store = try ThrowawayServer.shared!.freshStore()
        }
    }

    // A server's store is not closed here: a test may still hold the store after its last use
    // of the fixture, and its connections close when the store goes.

    /// `body` in one write transaction, outside the store's rules (no audit, no permission).
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T { try store.engine.write(body) }

    /// `YYYY-MM-DD` as a Day; a typo in a test is a crash, not a silent wrong date.
    static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { fatalError("bad test date \(iso)") }
        return day
    }

    static func time(_ hhmm: String) -> TimeOfDay {
        guard let time = TimeOfDay(hhmm: hhmm) else { fatalError("bad test time \(hhmm)") }
        return time
    }

    func hearingTypeId(_ code: String) throws -> ID {
        try store.engine.read { db in
            guard let id = try ID.fetchOne(db, sql: "SELECT id FROM hearing_types WHERE code = ?",
                                           arguments: [code]) else {
                throw StoreError.notFound(Phrase("notFound.hearingType", ["code": .text(code)]))
            }
            return id
        }
    }

    @discardableResult
    func ally(_ name: String, limit: Int = 12, active: Bool = true) throws -> ID {
        try write { db in
            var ally = Ally(name: name, caseloadLimit: limit, active: active)
            try ally.insert(db)
            return ally.id!
        }
    }

    @discardableResult
    func parent(_ name: String, waitingSince: Day = StoreFixture.day("2026-11-01"), ally: ID? = nil,
                status: ParentStatus = .open, language: String = "English",
                interpreterNeeded: Bool = false, county: String? = nil) throws -> ID {
        try write { db in
            var parent = Parent(name: name, language: language, interpreterNeeded: interpreterNeeded,
                                county: county, status: status,
                                closingReason: status == .closed ? "case closed" : nil,
                                allyId: ally, allySince: ally == nil ? nil : waitingSince,
                                waitingSince: waitingSince)
            try parent.insert(db)
            return parent.id!
        }
    }

    @discardableResult
    func dependencyCase(_ number: String, petition: Day? = nil) throws -> ID {
        try write { db in
            var record = DependencyCase(caseNumber: number, county: "King", petitionDate: petition,
                                        removalDate: petition)
            try record.insert(db)
            return record.id!
        }
    }

    func link(parent: ID, to caseId: ID, as role: ParentRole, joinedOn: Day? = nil) throws {
        try write { db in
            try CaseParent(caseId: caseId, parentId: parent, role: role, joinedOn: joinedOn).insert(db)
        }
    }

    @discardableResult
    func child(_ name: String, case caseId: ID, birthYear: Int? = nil) throws -> ID {
        try write { db in
            var child = Child(caseId: caseId, name: name, birthYear: birthYear)
            try child.insert(db)
            return child.id!
        }
    }

    /// A case with one parent, in one go: the common shape in the list tests.
    @discardableResult
    func caseWithParent(_ number: String, parent: ID, as role: ParentRole = .mother) throws -> ID {
        let caseId = try dependencyCase(number)
        try link(parent: parent, to: caseId, as: role)
        return caseId
    }

    @discardableResult
    func hearing(case caseId: ID, on date: Day, at time: String? = "09:00", courtroom: String? = "1",
                 type code: String = "shelter-72", status: HearingStatus = .scheduled,
                 ally: ID? = nil, judicialOfficer: String? = nil) throws -> ID {
        let typeId = try hearingTypeId(code)
        return try write { db in
            var hearing = Hearing(caseId: caseId, typeId: typeId, date: date,
                                  time: time.map(StoreFixture.time), courtroom: courtroom,
                                  judicialOfficer: judicialOfficer, status: status, allyId: ally)
            try hearing.insert(db)
            return hearing.id!
        }
    }

    func engagement(_ engagement: CourtEngagement, hearing: ID, parent: ID, attended: Bool? = true) throws {
        try write { db in
            try HearingParent(hearingId: hearing, parentId: parent, engagement: engagement,
                              parentAttended: attended).insert(db)
        }
    }

    @discardableResult
    func contact(parent: ID, ally: ID?, on date: Day, at time: String? = nil, mode: ContactMode = .phone,
                 reached: Bool = true, topics: String? = nil) throws -> ID {
        try write { db in
            var contact = Contact(parentId: parent, allyId: ally, date: date, time: time.map(StoreFixture.time),
                                  mode: mode, minutes: 15, reached: reached, topics: topics)
            try contact.insert(db)
            return contact.id!
        }
    }

    @discardableResult
    func followUp(parent: ID, ally: ID?, due: Day, kind: String = "check-in", doneOn: Day? = nil) throws -> ID {
        try write { db in
            var followUp = FollowUp(parentId: parent, allyId: ally, dueDate: due, kind: kind, doneOn: doneOn)
            try followUp.insert(db)
            return followUp.id!
        }
    }

    @discardableResult
    func classAttendance(parent: ID, on date: Day, attended: Bool) throws -> ID {
        try write { db in
            var session = ClassSession(date: date, time: StoreFixture.time("18:00"), location: "Room 2")
            try session.insert(db)
            try ClassAttendance(sessionId: session.id!, parentId: parent, invitedOn: date.adding(days: -7),
                                attended: attended).insert(db)
            return session.id!
        }
    }
}

/// Everything on one page, for tests that check a whole list.
let storeTestAllRows = PageRequest(offset: 0, limit: 1000)
