import Foundation
import GRDB
import GRDBSQLite
import Testing
import P4PDemo
@testable import P4PStore

/// Every statement the screens and reports run reads what it shows through an index, with the
/// same plan whether the file has no statistics (the program never runs ANALYZE), statistics of
/// its own, or statistics of a statewide file: a plan that changes with statistics is a plan
/// that may turn into a full scan on someone's ten-year database.
@Suite("Query plans of every screen and report")
struct QueryPlanTests {
    static let today = Day(iso: "2026-11-23")!

    /// Tables that grow with the years: none of them may be read whole.
    static let largeTables: Set<String> = [
        "parents", "cases", "case_parents", "children", "child_moves", "hearings", "hearing_parents", "contacts",
        "referrals", "follow_ups", "class_sessions", "class_attendance", "audit_log", "training_entries",
        "parent_circumstances",
    ]

    /// Rows a statewide program keeps after ten years, per table, for the statistics it would have.
    static let statewideRows: [String: Int] = [
        "parents": 240_000, "cases": 160_000, "case_parents": 240_000, "children": 300_000, "child_moves": 900_000,
        "hearings": 1_000_000, "hearing_parents": 1_500_000, "contacts": 4_900_000, "referrals": 600_000,
        "follow_ups": 3_500_000, "class_sessions": 15_000, "class_attendance": 200_000, "audit_log": 10_500_000,
        "training_entries": 20_000, "parent_circumstances": 300_000, "allies": 300, "users": 320,
    ]

    @Test("no statement reads a large table whole, and every plan is the same without, with, and with statewide statistics")
    func everyStatementThroughAnIndex() throws {
        let directory = try StoreTestDirectory()
        let path = directory.path("desk.sqlite")
        do {
            let store = try SQLiteStore.create(at: path)
            try store.fillWithDemoData(DemoOptions(scale: .small, seed: 3, today: Self.today, withUsers: true))
            store.close()
        }
        let (statements, wholeHistory) = try Self.statementsOfEveryRead(path)
        #expect(statements.count > 60, "the reads ran: \(statements.count) statements")
        #expect(wholeHistory.count == 7, "the outcomes report's own reads: \(wholeHistory.count)")

        let partialIndexes = try Self.partialIndexes(path)
        var plans: [[String: [String]]] = []
        for statistics in [Statistics.none, .own, .statewide] {
            try statistics.apply(path)
            plans.append(try Self.plans(of: statements, path))
        }
        var scans: [String] = []
        var changed: [String] = []
        for sql in statements {
            let unanalyzed = plans[0][sql] ?? []
            for (index, statistics) in [Statistics.none, .own, .statewide].enumerated() {
                let plan = plans[index][sql] ?? []
                for line in plan where !wholeHistory.contains(sql) && Self.readsWhole(line, sql, plan: plan, partialIndexes: partialIndexes) {
                    scans.append("\(statistics): \(line)\n    in: \(Self.oneLine(sql))")
                }
            }
            for index in 1..<plans.count where Self.accessPaths(plans[index][sql] ?? []) != Self.accessPaths(unanalyzed) {
                changed.append("\(Self.oneLine(sql))\n    without: \(unanalyzed)\n    with: \(plans[index][sql] ?? [])")
            }
        }
        #expect(scans.isEmpty, Comment(rawValue: "\(scans.count) full scans:\n" + scans.joined(separator: "\n")))
        #expect(changed.isEmpty, Comment(rawValue: "\(changed.count) plans change with statistics:\n" + changed.joined(separator: "\n")))
    }

    /// Each screen's, detail's, review's and report's reads, as a supervisor and as a Parent
    /// Ally, with and without a filter, the first page and a later one.
    ///
    /// The outcomes report is the one exception to reading only what is shown: the evaluation
    /// counts every parent on record by group (served, mentored, ...) and follows every child's
    /// moves, so it reads its seven tables once each, whole, by design; its plans must still not
    /// change with statistics. Its statements are returned apart.
    private static func statementsOfEveryRead(_ path: String) throws -> (all: [String], wholeHistory: Set<String>) {
        let log = StatementLog.listen(to: path)
        defer { StatementLog.stopListening(to: path) }
        let store = try SQLiteStore.open(at: path)
        defer { store.close() }
        let users = try store.users()
        let supervisor = try store.actingStore(as: try #require(users.first { $0.role == .supervisor }))
        let ally = try store.actingStore(as: try #require(users.first { $0.role == .ally && $0.allyId != nil }))
        let longest = try #require(try store.read { db in
            try ID.fetchOne(db, sql: "SELECT parent_id FROM contacts GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1")
        })
        let waiting = try store.read { db in try ID.fetchOne(db, sql: "SELECT id FROM parents WHERE ally_id IS NULL AND status = 'open'") }
        let session = try store.read { db in try ID.fetchOne(db, sql: "SELECT id FROM class_sessions ORDER BY date DESC") }
        let first = PageRequest(offset: 0, limit: 20), later = PageRequest(offset: 20, limit: 20)
        let month = ReportPeriod(monthOf: today)
        let before = log.statements.count

        for reader in [supervisor, ally] as [any DeskStore] {
            for day in [today, today.adding(days: -7), today.adding(days: 3)] {
                for filter in [nil, "ma"] as [String?] {
                    for page in [first, later] {
                        _ = try reader.docket(on: day, matching: filter, page: page)
                        _ = try reader.docketDay(on: day, matching: filter, page: page, courtAsOf: today)
                        _ = try reader.unassignedParents(asOf: day, matching: filter, page: page)
                        _ = try reader.overdueFollowUps(asOf: day, matching: filter, page: page)
                    }
                }
            }
            _ = try reader.parentDetail(id: longest)
            _ = try reader.findParents(nameStartingWith: "ma", limit: 8)
            _ = try reader.classSessions(from: today, limit: 20)
            _ = try reader.courses()
            _ = try reader.hearingTypes()
            _ = try reader.courtCalendar(asOf: today)
            if let session { _ = try reader.classRoster(sessionId: session) }
        }
        _ = try supervisor.caseloads()
        if let waiting { _ = try supervisor.allyFit(for: waiting) }
        _ = try supervisor.circumstances(ofParent: longest)
        _ = try supervisor.parentsToInvite(limit: 50)
        for filter in [AuditFilter(), AuditFilter(parentId: longest), AuditFilter(on: today),
                       AuditFilter(user: users[0].name), AuditFilter(since: today.adding(days: -30))] {
            _ = try supervisor.auditLog(filter, page: first)
            _ = try supervisor.auditLog(filter, page: later)
        }
        _ = try supervisor.morningReview(today: today, limit: 10)
        _ = try supervisor.programReport(month)
        let beforeOutcomes = log.statements.count
        _ = try supervisor.outcomesReport(month, county: nil, today: today)
        _ = try supervisor.outcomesReport(month, county: "Pierce", today: today)
        let afterOutcomes = log.statements.count
        _ = try supervisor.reportCounties()
        _ = try supervisor.allyRecords()

        var distinct: [String] = []
        var seen = Set<String>()
        // An empty IN list reads nothing, whatever its plan says.
        for sql in log.statements.dropFirst(before) where isQuery(sql) && !sql.contains("IN ()") && seen.insert(sql).inserted {
            distinct.append(sql)
        }
        let elsewhere = Set(log.statements[before..<beforeOutcomes]).union(log.statements[afterOutcomes...])
        // Its hearings are the period's only: those it reads as any report does.
        let wholeHistory = Set(log.statements[beforeOutcomes..<afterOutcomes])
            .filter { !elsewhere.contains($0) && !$0.contains("h.date BETWEEN :from AND :to") }
        return (distinct, wholeHistory)
    }

    private static func isQuery(_ sql: String) -> Bool {
        let start = sql.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        return (start.hasPrefix("SELECT") || start.hasPrefix("WITH")) && !start.contains("SQLITE_MASTER")
            && !start.contains("SQLITE_SCHEMA") && !start.contains("PRAGMA")
    }

    /// Each statement's plan, one line per step, read on a connection of its own so that the
    /// statistics on file are the ones it plans with.
    private static func plans(of statements: [String], _ path: String) throws -> [String: [String]] {
        var config = Configuration()
        config.prepareDatabase { db in db.add(function: SearchPattern.foldFunction) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            var plans: [String: [String]] = [:]
            for sql in statements {
                // Values do not change a plan without STAT4 statistics: every parameter is NULL.
                let statement = try db.makeStatement(sql: "EXPLAIN QUERY PLAN " + sql)
                statement.setUncheckedArguments(StatementArguments(
                    Array(repeating: DatabaseValue.null, count: Int(sqlite3_bind_parameter_count(statement.sqliteStatement)))))
                plans[sql] = try Row.fetchAll(statement).map { $0["detail"] as String }
            }
            return plans
        }
    }

    /// "SCAN p" or "SCAN contacts USING COVERING INDEX ..." where p is a large table: read whole.
    /// Not a partial index, which holds only the rows the statement wants, nor an index walked
    /// in the order shown up to a LIMIT (the plan has no sort): both read what is shown.
    static func readsWhole(_ line: String, _ sql: String, plan: [String], partialIndexes: Set<String>) -> Bool {
        guard line.hasPrefix("SCAN ") else { return false }
        let name = String(line.dropFirst("SCAN ".count).prefix { $0 != " " })
        guard table(named: name, in: sql).map(largeTables.contains) ?? false else { return false }
        if let index = line.firstMatch(of: /USING (?:COVERING )?INDEX (\w+)/)?.output.1 {
            if partialIndexes.contains(String(index)) { return false }
            let walkedToALimit = sql.uppercased().contains("LIMIT") && !plan.contains { $0.contains("TEMP B-TREE") }
            if walkedToALimit { return false }
        }
        return true
    }

    /// How each table is reached, in order: "SEARCH h hearings_by_day". Statistics may add a
    /// Bloom filter or split one index's search in two (MULTI-INDEX OR); neither changes what is
    /// read, so neither counts as another plan.
    static func accessPaths(_ plan: [String]) -> [String] {
        var paths: [String] = []
        for line in plan where line.hasPrefix("SCAN ") || line.hasPrefix("SEARCH ") {
            let words = line.split(separator: " ")
            // One row by its key, through the table or an index that holds the key: the same read.
            let byKey = line.contains("rowid=?") || line.contains("PRIMARY KEY")
            let index = byKey ? "key" : line.firstMatch(of: /INDEX (\w+)/).map { String($0.output.1) } ?? "table"
            let path = "\(words[0]) \(words[1]) \(index)"
            if paths.last != path { paths.append(path) }
        }
        return paths
    }

    /// Indexes that hold only some rows (their CREATE INDEX has a WHERE).
    private static func partialIndexes(_ path: String) throws -> Set<String> {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'"))
        }
    }

    /// The table a plan's name stands for: itself, or the table it is an alias of in `sql`.
    static func table(named name: String, in sql: String) -> String? {
        if largeTables.contains(name) { return name }
        let alias = try? Regex("(?i)(?:FROM|JOIN|,)\\s+(\\w+)\\s+(?:AS\\s+)?\(name)\\b")
        guard let alias, let match = sql.firstMatch(of: alias), let table = match.output[1].substring else { return nil }
        return String(table)
    }

    static func oneLine(_ sql: String) -> String {
        sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    enum Statistics: CustomStringConvertible {
        case none, own, statewide

        var description: String {
            switch self {
            case .none: return "no statistics"
            case .own: return "ANALYZE"
            case .statewide: return "statewide statistics"
            }
        }

        /// Writes the statistics: none, the file's own (ANALYZE), or its own with each table's
        /// row count raised to a statewide program's (the same spread of values per index).
        func apply(_ path: String) throws {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            try queue.writeWithoutTransaction { db in
                switch self {
                case .none:
                    return
                case .own:
                    try db.execute(sql: "ANALYZE")
                case .statewide:
                    for row in try Row.fetchAll(db, sql: "SELECT tbl, idx, stat FROM sqlite_stat1") {
                        let table: String = row["tbl"]
                        guard let rows = QueryPlanTests.statewideRows[table] else { continue }
                        var numbers = (row["stat"] as String).split(separator: " ").map(String.init)
                        guard let own = Int(numbers[0]), own > 0 else { continue }
                        numbers[0] = String(rows)
                        // An index's rows per key stay as they are: more parents, not more per parent.
                        try db.execute(sql: "UPDATE sqlite_stat1 SET stat = ? WHERE tbl = ? AND idx IS ?",
                                       arguments: [numbers.joined(separator: " "), table, row["idx"] as String?])
                    }
                }
            }
        }
    }
}
