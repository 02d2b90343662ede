import Foundation
import Testing
import P4PDemo
@testable import P4PStore

/// What the export is for: a state office recomputing a figure of the outcomes report from the
/// de-identified tables alone. Months cannot give the report's 365 days exactly, so the office
/// gets bounds: the README's "What months cost" says how, and this checks it on the demo.
@Suite("Figures recomputed from de-identified exports")
struct RecomputedFromExportTests {
    @Test("children reunified within 12 months: the same denominator, and bounds around the report's count")
    func reunificationWithinBounds() throws {
        let directory = try StoreTestDirectory()
        let store = try SQLiteStore.create(at: directory.path("desk.sqlite"))
        let today = Day(iso: "2026-11-23")!
        try store.fillWithDemoData(DemoOptions(scale: .small, seed: 4, today: today))
        let period = ReportPeriod(from: Day(iso: "2025-01-01")!, to: Day(iso: "2025-12-31")!)!
        let report = try store.outcomesReport(period, today: today)
        let recomputed = try Recomputed(store, from: "2025-01", to: "2025-12")

        for group in [OutcomeGroup.served, .neverServed] {
            let figure = try #require(report.groups.first { $0.group == group }).reunifiedChildren
            let bounds = recomputed.reunifiedChildren(served: group == .served)
            #expect(bounds.of == figure.of, "\(group): children removed in the period")
            #expect(bounds.atLeast <= figure.count && figure.count <= bounds.atMost,
                    "\(group): \(bounds.atLeast) ≤ \(figure.count) ≤ \(bounds.atMost)")
        }
        #expect(report.groups.first { $0.group == .served }!.reunifiedChildren.of > 10, "the demo has something to count")
    }

    /// The report's definitions, worked from months.
    struct Recomputed {
        let from: String, to: String
        var servedCases: Set<String> = []
        var casesWithParents: Set<String> = []
        /// Each child's case and moves (move, month) in the order they happened.
        var children: [String: (case: String, moves: [(String, String)])] = [:]
        var caseRemoval: [String: String] = [:]

        init(_ store: SQLiteStore, from: String, to: String) throws {
            self.from = from; self.to = to
            func records(_ table: ExportTable) throws -> [[String: String]] {
                var rows: [[String]] = []
                try store.export(table, deidentified: true) { rows.append($0) }
                return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
            }
            let sessionMonth = Dictionary(uniqueKeysWithValues: try records(.classSessions).map { ($0["session"]!, $0["date"]!) })
            var served: Set<String> = []
            for row in try records(.hearingAttendance) where row["engagement"] == "met" && row["date"]! <= to { served.insert(row["parent"]!) }
            for row in try records(.contacts) where row["reached"] == "1" && row["date"]! <= to { served.insert(row["parent"]!) }
            for row in try records(.classAttendance) where row["attended"] == "1" && sessionMonth[row["session_id"]!]! <= to {
                served.insert(row["parent"]!)
            }
            for row in try records(.parentCases) {
                casesWithParents.insert(row["case"]!)
                if served.contains(row["parent"]!) { servedCases.insert(row["case"]!) }
            }
            for row in try records(.cases) where !row["removal_date"]!.isEmpty { caseRemoval[row["case"]!] = row["removal_date"]! }
            for row in try records(.children) { children[row["child"]!] = (row["case"]!, []) }
            for row in try records(.placements) { children[row["child"]!]?.moves.append((row["move"]!, row["date"]!)) }
        }

        /// Whole months from one "YYYY-MM" to another.
        static func months(_ a: String, _ b: String) -> Int {
            let (ya, ma) = (Int(a.prefix(4))!, Int(a.suffix(2))!), (yb, mb) = (Int(b.prefix(4))!, Int(b.suffix(2))!)
            return (yb - ya) * 12 + (mb - ma)
        }

        /// Removed in the period; home fewer than 12 months after the removal's month (certainly
        /// within 365 days), or at most 12 (possibly).
        func reunifiedChildren(served: Bool) -> (atLeast: Int, atMost: Int, of: Int) {
            var result = (atLeast: 0, atMost: 0, of: 0)
            for (_, child) in children where casesWithParents.contains(child.case) && servedCases.contains(child.case) == served {
                let removedAt = child.moves.firstIndex { $0.0 == "removed" }
                guard let removal = removedAt.map({ child.moves[$0].1 }) ?? caseRemoval[child.case],
                      from <= removal, removal <= to else { continue }
                result.of += 1
                let after = child.moves[(removedAt ?? 0)...]
                guard let home = after.first(where: { $0.0 == "returned home" && $0.1 >= removal })?.1 else { continue }
                let months = Self.months(removal, home)
                if months < 12 { result.atLeast += 1 }
                if months <= 12 { result.atMost += 1 }
            }
            return result
        }
    }
}
