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
            copied = try FileCopy.copy(from: file, to: connection)
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
        let page = PageRequest(offset: 0, limit: 40)
        for offset in [-7, -1, 0, 1, 3] {
            let day = Self.today.adding(days: offset)
            try engines.same("docket \(day)") { try $0.docket(on: day, matching: nil, page: page) }
            try engines.same("unassigned \(day)") { try $0.unassignedParents(asOf: day, matching: nil, page: page) }
            try engines.same("overdue \(day)") { try $0.overdueFollowUps(asOf: day, matching: nil, page: page) }
        }
        for filter in ["a", "nu", "Rev", "%"] {
            try engines.same("docket /\(filter)") { try $0.docket(on: Self.today, matching: filter, page: page) }
            try engines.same("unassigned /\(filter)") { try $0.unassignedParents(asOf: Self.today, matching: filter, page: page) }
            try engines.same("overdue /\(filter)") { try $0.overdueFollowUps(asOf: Self.today, matching: filter, page: page) }
        }
        try engines.same("overdue, second page") {
            try $0.overdueFollowUps(asOf: Self.today, matching: nil, page: PageRequest(offset: 40, limit: 40))
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
        try engines.same("class sessions") { try $0.classSessions(from: Self.today.adding(days: -30), limit: 20) }
        try engines.same("parents to invite") { try $0.parentsToInvite(limit: 20) }
        try engines.same("policy") { try $0.followUpPolicy(asOf: Self.today) }
        try engines.same("users") { try $0.users() }
        try engines.same("allies") { try $0.allyRecords() }
        try engines.same("experiences") { try $0.experiences() }
        try engines.same("counties") { try $0.reportCounties() }
        try engines.same("morning review") { try $0.morningReview(today: Self.today, limit: 10) }
        let month = ReportPeriod(month: "2026-11")!
        try engines.same("program report") { try $0.programReport(month) }
        try engines.same("outcomes report") { try $0.outcomesReport(month, county: nil, today: Self.today) }
        try engines.same("audit log") { try $0.auditLog(AuditFilter(), page: page) }
        try engines.same("a parent's audit log") { try $0.auditLog(AuditFilter(parentId: 3), page: page) }
    }
}
