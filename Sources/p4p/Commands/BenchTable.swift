import Foundation

/// `p4p bench`'s figures as a table for people: one row an action, p50 / p99 / max with units,
/// the goal beside them and whether it is met; with --compare, both databases side by side and
/// the second's p99 over the first's.
enum BenchTable {
    static func lines(_ all: [BenchFigures]) -> [String] {
        var header = ["action"]
        for (index, _) in all.enumerated() {
            let prefix = all.count == 2 ? (index == 0 ? "A " : "B ") : ""
            header += ["p50", "p99", "max", "n"].map { prefix + $0 }
        }
        if all.count == 2 { header += ["p99 B/A"] }
        header += ["goal", "met"]
        var rows = [header]

        rows.append(row("first frame, in-process", all.map { Percentiles($0.firstFrameInProcess) }, goals: all.map { _ in nil }))
        rows.append(row("first frame, whole process", all.map { Percentiles($0.firstFrameProcess) }, goals: all.map { _ in 150 },
                        goalOn: \.p50))
        for action in BenchAction.allCases {
            rows.append(row(action.label, all.map { Percentiles($0.samples[action] ?? []) },
                            goals: all.map { action.goal(onServer: $0.onServer) }))
        }
        var memory = ["peak memory, PIN sign-in"]
        for figures in all {
            memory += [figures.pinPeakMegabytes.map { String(format: "%.1f MB", $0) } ?? "skipped", "", "", ""]
        }
        if all.count == 2 { memory.append(ratio(all[0].pinPeakMegabytes, all[1].pinPeakMegabytes)) }
        let peaks = all.compactMap(\.pinPeakMegabytes)
        memory += ["≤ 50 MB", peaks.isEmpty ? "" : (peaks.allSatisfy { $0 <= 50 } ? "yes" : "NO")]
        rows.append(memory)
        return aligned(rows)
    }

    /// One action's row: each database's p50, p99, max and count; each database's goal on the
    /// p99 (the whole-process first frame's on its median), "≤ 20 / ≤ 50 ms" when they differ.
    private static func row(_ label: String, _ figures: [Percentiles?], goals: [Double?],
                            goalOn measure: KeyPath<Percentiles, Double> = \.p99) -> [String] {
        var cells = [label]
        for percentiles in figures {
            if let percentiles {
                cells += [time(percentiles.p50), time(percentiles.p99), time(percentiles.max), "\(percentiles.count)"]
            } else {
                cells += ["skipped", "", "", ""]
            }
        }
        if figures.count == 2 { cells.append(ratio(figures[0]?[keyPath: measure], figures[1]?[keyPath: measure])) }
        let stated = goals.map { $0.map { String(format: "≤ %g", $0) } ?? "—" }
        let judged = zip(figures, goals).compactMap { percentiles, goal in goal.flatMap { limit in percentiles.map { ($0, limit) } } }
        let goal = Set(stated).count == 1 ? stated[0] : stated.joined(separator: " / ")
        cells.append(goal == "—" ? "" : goal + " ms" + (measure == \Percentiles.p50 ? " (p50)" : ""))
        cells.append(judged.isEmpty ? "" : (judged.allSatisfy { $0.0[keyPath: measure] <= $0.1 } ? "yes" : "NO"))
        return cells
    }

    static func time(_ milliseconds: Double) -> String {
        switch milliseconds {
        case ..<10: return String(format: "%.2f ms", milliseconds)
        case ..<1000: return String(format: "%.1f ms", milliseconds)
        default: return String(format: "%.2f s", milliseconds / 1000)
        }
    }

    private static func ratio(_ first: Double?, _ second: Double?) -> String {
        guard let first, let second, first > 0 else { return "" }
        return String(format: "%.2f×", second / first)
    }

    /// Columns padded to their widest cell: the label left, figures right.
    private static func aligned(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { cells in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || column >= columns - 2 ? cell + padding : padding + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
