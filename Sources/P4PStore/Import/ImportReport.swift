/// The docket import's summary in words, for standard output and the dashboard: counts, line
/// numbers, reasons and the court's unknown hearing words. Never a parent's name or a case number.
public enum ImportReport {
    public static func text(_ s: ImportSummary, file: Phrase, in language: Language) -> String {
        lines(s, file: file, in: language).joined(separator: "\n")
    }

    /// One line a phrase, in `language`. The file's name, roles and reasons come from outside:
    /// no escape sequence gets through.
    public static func lines(_ s: ImportSummary, file: Phrase, in language: Language) -> [String] {
        phrases(s, file: file).map { $0.text(language).withoutControlCharacters }
    }

    public static func phrases(_ s: ImportSummary, file: Phrase) -> [Phrase] {
        var lines: [Phrase] = []
        let rows = count(s.rows, "importReport.row")
        switch s.range {
        case nil: lines.append(Phrase("importReport.file", ["file": .phrase(file), "rows": rows]))
        case let range? where range.lowerBound == range.upperBound:
            lines.append(Phrase("importReport.fileDay", ["file": .phrase(file), "rows": rows, "day": .day(range.lowerBound, .iso)]))
        case let range?:
            lines.append(Phrase("importReport.fileDays", ["file": .phrase(file), "rows": rows,
                                                          "from": .day(range.lowerBound, .iso), "to": .day(range.upperBound, .iso)]))
        }
        lines.append(Phrase("importReport.added", ["cases": count(s.casesAdded, "importReport.case"),
                                                   "parents": count(s.parentsAdded, "importReport.parent"),
                                                   "hearings": count(s.hearingsAdded, "importReport.hearing")]))
        let updated = count(s.hearingsUpdated, "importReport.hearing")
        lines.append(s.hearingsMoved > 0
            ? Phrase("importReport.updatedMoved", ["hearings": updated, "moved": .number(s.hearingsMoved)])
            : Phrase("importReport.updated", ["hearings": updated]))
        lines.append(Phrase("importReport.leftAlone", ["hearings": count(s.hearingsUnchanged, "importReport.hearing"),
                                                       "parents": count(s.parentsUnchanged, "importReport.parent")]))
        let known = s.skipped.compactMap(\.role)
        if !known.isEmpty {
            var byRole: [(String, Int)] = []
            for role in known {
                if let i = byRole.firstIndex(where: { $0.0 == role }) { byRole[i].1 += 1 } else { byRole.append((role, 1)) }
            }
            let roles = byRole.map { Phrase("importReport.roleCount", ["role": .phrase(partyWords($0.0)), "count": .number($0.1)]) }
            lines.append(Phrase("importReport.notParents", ["rows": count(known.count, "importReport.row"),
                                                            "roles": .list(roles, separator: ", ")]))
        }
        let unrecognised = s.skipped.filter { $0.role == nil }.map(\.line)
        if !unrecognised.isEmpty {
            lines.append(Phrase("importReport.unrecognised", ["lines": lineList(unrecognised)]))
        }
        if !s.duplicates.isEmpty {
            let items = s.duplicates.map { Phrase("importReport.duplicate", ["line": .number($0.line), "sameAs": .number($0.sameAs)]) }
            lines.append(Phrase("importReport.duplicates", ["list": .list(items, separator: ", ")]))
        }
        if !s.unknownTypes.isEmpty {
            let items = s.unknownTypes.map { Phrase("importReport.unknownType", ["text": .text($0.text), "lines": lineList($0.lines)]) }
            lines.append(Phrase("importReport.unknownTypes", ["list": .list(items, separator: ", ")]))
            lines.append("importReport.teachAlias")
        }
        lines += rejectedAndEnding(s.rejected, dryRun: s.dryRun, changesAnything: s.changesAnything,
                                   saved: Phrase("importReport.saved", ["cases": count(s.casesReplanned, "importReport.case")]))
        return lines
    }

    /// Every import's last lines: its rejected rows by line with their reasons, then whether it
    /// was a dry run, saved (`saved`), or brought nothing new.
    static func rejectedAndEnding(_ rejected: [RejectedRow], dryRun: Bool, changesAnything: Bool, saved: Phrase) -> [Phrase] {
        var lines: [Phrase] = []
        if !rejected.isEmpty {
            lines.append(Phrase("importReport.rejected", ["rows": count(rejected.count, "importReport.row")]))
            for row in rejected {
                lines.append(Phrase("importReport.rejectedLine", ["line": .number(row.line), "reasons": .list(row.reasons, separator: "; ")]))
            }
        }
        lines.append(dryRun ? "importReport.dryRun" : changesAnything ? saved : "importReport.nothingNew")
        return lines
    }

    /// "3 rows", "1 fila".
    private static func count(_ n: Int, _ key: String) -> Phrase.Arg { .phrase(.counted(n, key)) }

    /// "line 4", "lines 4, 9".
    private static func lineList(_ numbers: [Int]) -> Phrase.Arg {
        .phrase(.counted(numbers.count, "importReport.lines", ["list": .text(numbers.map(String.init).joined(separator: ", "))]))
    }

    /// A skipped party's role in words ("attorney", "abogado/a"); one the catalogue lacks, as written.
    private static func partyWords(_ label: String) -> Phrase {
        let key = W("partyKind.\(label)")
        return Catalogue.has(key) ? Phrase(key) : .asIs(label)
    }
}
