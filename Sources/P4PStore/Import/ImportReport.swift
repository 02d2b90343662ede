/// The docket import's summary in words, for standard output and the dashboard: counts, line
/// numbers, reasons and the court's unknown hearing words. Never a parent's name or a case number.
public enum ImportReport {
    public static func text(_ s: ImportSummary, file: String) -> String {
        lines(s, file: file).joined(separator: "\n")
    }

    public static func lines(_ s: ImportSummary, file: String) -> [String] {
        var lines: [String] = []
        let days = s.range.map { $0.lowerBound == $0.upperBound ? ", \($0.lowerBound.iso)" : ", \($0.lowerBound.iso) to \($0.upperBound.iso)" } ?? ""
        lines.append("\(file): \(count(s.rows, "row"))\(days).")
        lines.append("Added: \(count(s.casesAdded, "case")), \(count(s.parentsAdded, "parent")), \(count(s.hearingsAdded, "hearing")).")
        let moved = s.hearingsMoved > 0 ? " (\(s.hearingsMoved) moved to another day)" : ""
        lines.append("Updated: \(count(s.hearingsUpdated, "hearing"))\(moved).")
        lines.append("Left alone, already on file: \(count(s.hearingsUnchanged, "hearing")), \(count(s.parentsUnchanged, "parent")).")
        let known = s.skipped.filter { $0.role != nil }
        if !known.isEmpty {
            var byRole: [(String, Int)] = []
            for party in known {
                if let i = byRole.firstIndex(where: { $0.0 == party.role }) { byRole[i].1 += 1 } else { byRole.append((party.role!, 1)) }
            }
            lines.append("Not parents, skipped: \(count(known.count, "row")) (" + byRole.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ").")
        }
        let unrecognised = s.skipped.filter { $0.role == nil }.map(\.line)
        if !unrecognised.isEmpty {
            lines.append("Party role not recognised, skipped (check these): \(lineList(unrecognised)).")
        }
        if !s.duplicates.isEmpty {
            lines.append("Duplicates, imported once: " + s.duplicates.map { "line \($0.line) (same as line \($0.sameAs))" }.joined(separator: ", ") + ".")
        }
        if !s.unknownTypes.isEmpty {
            lines.append("Unknown hearing types, imported as Other: "
                         + s.unknownTypes.map { "\"\($0.text)\" (\(lineList($0.lines)))" }.joined(separator: ", ") + ".")
            lines.append("  Teach one with `p4p import alias \"TEXT\" CODE`; `p4p import aliases` lists those known.")
        }
        if !s.rejected.isEmpty {
            lines.append("Rejected: \(count(s.rejected.count, "row")), not imported:")
            for row in s.rejected { lines.append("  line \(row.line): " + row.reasons.joined(separator: "; ")) }
        }
        if s.dryRun {
            lines.append("Dry run: nothing was written.")
        } else if s.changesAnything {
            lines.append("Saved in one transaction; follow-ups re-planned for \(count(s.casesReplanned, "case")).")
        } else {
            lines.append("Nothing new: nothing was written.")
        }
        // The file's name, roles and reasons come from outside: no escape sequence gets through.
        return lines.map(\.withoutControlCharacters)
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func lineList(_ numbers: [Int]) -> String {
        (numbers.count == 1 ? "line " : "lines ") + numbers.map(String.init).joined(separator: ", ")
    }
}
