import ServerTestSupport
import Foundation
import P4PDemo
import P4PPostgres
import P4PStore
import Testing

/// The demo program on a SQLite file and the same file copied to a server: every read the
/// desk makes (the three panes on several days, filtered and paged; a parent's detail; the
/// reports; the audit log) gives the same answer on both engines, and so does every write.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct DemoOnBothEnginesTests {
    static let today = Day(iso: "2026-11-23")!

    /// The small demo on a new file and copied into a new database of the server.
    final class TwoEngines {
        let folder: String
        let file: SQLiteStore
        let server: ProgramStore
        let copied: FileCopy.Copied

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            file = try SQLiteStore.create(at: folder + "/desk.sqlite")
            try file.load(try ProgramLoad.demo(DemoOptions(today: DemoOnBothEnginesTests.today, withUsers: true)))
            let connection = try ThrowawayServer.shared!.freshDatabase()
            try ServerSchema.apply(on: connection)
            copied = try FileCopy.copy(from: file, named: "demo.sqlite", on: connection)
            server = try ServerStore.open(connection.address, actor: file.actor, passwords: ThrowawayServer.shared!.passwords)
            connection.close()
        }

        deinit {
            file.close()
            try? FileManager.default.removeItem(atPath: folder)
        }

        /// What `read` gives on each engine, expected equal; where not, the first lines of their
        /// `dump`s that differ.
        func same<T: Equatable>(_ what: String, _ read: (any DeskStore) throws -> T,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
            let onFile = try read(file)
            let onServer: T
            do {
                onServer = try read(server)
            } catch {
                Issue.record("\(what), on the server: \(error)", sourceLocation: sourceLocation)
                return
            }
            guard onFile != onServer else { return }
            var fileDump = "", serverDump = ""
            dump(onFile, to: &fileDump)
            dump(onServer, to: &serverDump)
            Issue.record("\(what): \(Self.firstDifference(fileDump, serverDump))", sourceLocation: sourceLocation)
        }

        /// Where two dumps part, with a few lines before: a readable failure.
        static func firstDifference(_ file: String, _ server: String) -> String {
            let a = file.split(separator: "\n"), b = server.split(separator: "\n")
            guard let at = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) ?? (a.count == b.count ? nil : min(a.count, b.count)) else {
                return "none"
            }
            let from = max(0, at - 4)
            return "\n  file:   " + a[from..<min(a.count, at + 2)].joined(separator: "\n          ")
                + "\n  server: " + b[from..<min(b.count, at + 2)].joined(separator: "\n          ")
        }
    }

    @Test func everyReadOfTheDeskIsTheSameOnBothEngines() throws {
        let engines = try TwoEngines()
        #expect(engines.copied.auditEntries > 0)
        try Self.everyRead(engines)
        let page = PageRequest(offset: 0, limit: 40)
        try engines.same("audit log") { try $0.auditLog(AuditFilter(), page: page) }
        try engines.same("a parent's audit log") { try $0.auditLog(AuditFilter(parentId: 3), page: page) }
    }

    /// The same day's work done on both engines leaves the same data: the same ids given, the
    /// same follow-ups planned, the same stale save refused in the same words.
    @Test func theSameWritesLeaveTheSameDataOnBothEngines() throws {
        let engines = try TwoEngines()
        let today = Self.today
        let page = PageRequest(offset: 0, limit: 5)
        let waiting = try engines.file.unassignedParents(asOf: today, matching: nil, page: page).rows
        let overdue = try engines.file.overdueFollowUps(asOf: today, matching: nil, page: page).rows
        let docket = try engines.file.docket(on: today, matching: nil, page: page).rows
        let ally = try engines.file.caseloads().first { $0.active }!.ally.id
        try #require(waiting.count >= 2 && overdue.count >= 2 && !docket.isEmpty)
        for store in [engines.file, engines.server] as [any DeskStore] {
            try store.assignAlly(parentId: waiting[0].parentId, allyId: ally, on: today, reason: nil, expecting: waiting[0].version)
            try store.logContact(Contact(parentId: overdue[0].parentId, allyId: overdue[0].ally?.id, date: today, mode: .phone,
                                         minutes: 15, reached: true, topics: "court date"),
                                 completing: overdue[0].followUpId, referrals: ["housing"], today: today)
            try store.snoozeFollowUp(id: overdue[1].followUpId, to: today.adding(days: 7), reason: "in treatment",
                                     today: today, expecting: overdue[1].version)
            let parent = try store.createParent(Parent(name: "Ana Núñez", language: "Spanish", county: "Pierce", waitingSince: today))
            let caseId = try store.createCase(DependencyCase(caseNumber: "26-7-09999-1", county: "Pierce", petitionDate: today),
                                              parents: [.existing(parent, role: .mother)],
                                              firstHearing: Hearing(caseId: 0, typeId: 1, date: today.adding(days: 3),
                                                                    time: TimeOfDay(hhmm: "09:30"), courtroom: "3"),
                                              today: today)
            try store.addChild(Child(caseId: caseId, name: "Mateo", birthYear: 2019), today: today)
            try store.recordCourtOutcome(CourtOutcome(hearingId: docket[0].hearingId, engagement: [:], coveringAllyId: ally,
                                                      status: .held, today: today, readVersion: docket[0].version))
            try store.closeMissedReminders(asOf: today)
            try store.saveAlly(Ally(name: "Marisol Quintero", languages: ["English", "Spanish"], county: "King"))
        }
        try Self.everyRead(engines)
        // A form read before another terminal's save is refused in the same words on both.
        var refusals: [String] = []
        for store in [engines.file, engines.server] as [any DeskStore] {
            var stale = try #require(try store.parentDetail(id: waiting[1].parentId)).parent
            stale.version -= 1
            stale.phone = "(253) 555-0199"
            do {
                try store.updateParent(stale, today: today)
            } catch let error as StoreError {
                refusals.append(error.phrase.text(.english))
            }
        }
        #expect(refusals.count == 2)
        #expect(refusals.first == refusals.last)
    }

    /// The retention purge removes the same personal data on a server as on a file, and leaves
    /// the same figures: years on, with a retention of 7 years, every file the demo closed goes.
    @Test func thePurgeRemovesTheSameOnBothEngines() throws {
        let engines = try TwoEngines()
        let later = Day(iso: "2040-03-01")!, closedBefore = Day(iso: "2033-03-01")!
        let period = ReportPeriod(from: Day(iso: "2024-11-01")!, to: Self.today)!
        var counts: [PurgeCounts] = []
        for store in [engines.file, engines.server] {
            try store.setSetting(SQLiteStore.retentionYearsKey, to: "7")
            let before = try store.programReport(period)
            counts.append(try store.purge(closedBefore: closedBefore, today: later, dryRun: true))
            counts.append(try store.purge(closedBefore: closedBefore, today: later, dryRun: false))
            #expect(try store.programReport(period) == before, "the figures stay")
        }
        #expect(counts[0].parents > 0 && counts[0].contacts > 0)
        #expect(counts.allSatisfy { $0 == counts[0] }, "\(counts)")
        // Each database makes its own pseudonyms' key: the same parents carry one, not the same one.
        try engines.same("parents purged") { try $0.findParents(nameStartingWith: "P-", limit: 400).map(\.id).sorted() }
    }

    /// Every read the desk makes, expected the same on both engines.
    static func everyRead(_ engines: TwoEngines) throws {
        let today = Self.today
        let page = PageRequest(offset: 0, limit: 40)
        for offset in [-7, -1, 0, 1, 3] {
            let day = today.adding(days: offset)
            try engines.same("docket \(day)") { try $0.docket(on: day, matching: nil, page: page) }
            try engines.same("docket pane \(day)") { try $0.docketDay(on: day, matching: nil, page: page, courtAsOf: today) }
            try engines.same("unassigned \(day)") { try $0.unassignedParents(asOf: day, matching: nil, page: page) }
            try engines.same("overdue \(day)") { try $0.overdueFollowUps(asOf: day, matching: nil, page: page) }
        }
        for filter in ["a", "nu", "Rev", "%"] {
            try engines.same("docket /\(filter)") { try $0.docket(on: today, matching: filter, page: page) }
            try engines.same("unassigned /\(filter)") { try $0.unassignedParents(asOf: today, matching: filter, page: page) }
            try engines.same("overdue /\(filter)") { try $0.overdueFollowUps(asOf: today, matching: filter, page: page) }
        }
        try engines.same("overdue, second page") {
            try $0.overdueFollowUps(asOf: today, matching: nil, page: PageRequest(offset: 40, limit: 40))
        }
        try engines.same("caseloads") { try $0.caseloads() }
        for id: ID in [1, 2, 3, 5, 8, 13, 21, 34] {
            try engines.same("parent \(id)") { try $0.parentDetail(id: id) }
            try engines.same("ally fit \(id)") { try $0.allyFit(for: id) }
            try engines.same("circumstances \(id)") { try $0.circumstances(ofParent: id) }
        }
        try engines.same("find parents") { try $0.findParents(nameStartingWith: "ma", limit: 10) }
        try engines.same("hearing types") { try $0.hearingTypes() }
        try engines.same("courses") { try $0.courses() }
        try engines.same("class sessions") { try $0.classSessions(from: today.adding(days: -30), limit: 20) }
        try engines.same("parents to invite") { try $0.parentsToInvite(limit: 20) }
        try engines.same("policy") { try $0.followUpPolicy(asOf: today) }
        try engines.same("users") { try $0.users() }
        try engines.same("allies") { try $0.allyRecords() }
        try engines.same("experiences") { try $0.experiences() }
        try engines.same("counties") { try $0.reportCounties() }
        try engines.same("morning review") { try $0.morningReview(today: today, limit: 10) }
        let month = ReportPeriod(month: "2026-11")!
        try engines.same("program report") { try $0.programReport(month) }
        try engines.same("outcomes report") { try $0.outcomesReport(month, county: nil, today: today) }
    }
}
