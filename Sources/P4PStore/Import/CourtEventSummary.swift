/// What a court-event import did, or would do on a dry run: counts, line numbers and reasons;
/// never a child's name or a case number.
public struct CourtEventSummary: Equatable, Sendable {
    /// Rows after the header that are not blank.
    public var rows = 0
    public var casesAdded = 0
    public var childrenAdded = 0
    public var movesAdded = 0
    /// Moves the file gives that are already on file (the same child, day and move).
    public var movesAlreadyOnFile = 0
    public var removalDatesFilled = 0
    public var casesDismissed = 0
    /// Dismissals of cases whose outcome was already recorded: left as they are.
    public var outcomesAlreadySet = 0
    public var rejected: [RejectedRow] = []
    public var dryRun = false

    public init(rows: Int = 0, rejected: [RejectedRow] = []) {
        self.rows = rows
        self.rejected = rejected
    }

    /// False when the file brings nothing new: a second import of the same file.
    public var changesAnything: Bool { casesAdded + childrenAdded + movesAdded + removalDatesFilled + casesDismissed > 0 }

    /// Counts only, written in English (`audit.courtEventCounts`), read back in the reader's language.
    public var auditDetail: String {
        Phrase("audit.courtEventCounts", [
            "rows": .number(rows), "cases": .number(casesAdded), "children": .number(childrenAdded),
            "moves": .number(movesAdded), "removals": .number(removalDatesFilled), "dismissed": .number(casesDismissed),
            "unchanged": .number(movesAlreadyOnFile), "rejected": .number(rejected.count),
        ]).text(.english)
    }
}

/// The summary in words, for standard output: one phrase a line.
public enum CourtEventReport {
    public static func text(_ s: CourtEventSummary, file: Phrase, in language: Language) -> String {
        phrases(s, file: file).map { $0.text(language).withoutControlCharacters }.joined(separator: "\n")
    }

    public static func phrases(_ s: CourtEventSummary, file: Phrase) -> [Phrase] {
        var lines: [Phrase] = [Phrase("importReport.file", ["file": .phrase(file), "rows": count(s.rows, "importReport.row")])]
        lines.append(Phrase("courtEvents.added", ["cases": count(s.casesAdded, "importReport.case"),
                                                  "children": count(s.childrenAdded, "courtEvents.child"),
                                                  "moves": count(s.movesAdded, "courtEvents.move")]))
        lines.append(Phrase("courtEvents.filled", ["removals": .number(s.removalDatesFilled), "dismissed": .number(s.casesDismissed)]))
        lines.append(Phrase("courtEvents.leftAlone", ["moves": count(s.movesAlreadyOnFile, "courtEvents.move"),
                                                      "outcomes": .number(s.outcomesAlreadySet)]))
        lines += ImportReport.rejectedAndEnding(s.rejected, dryRun: s.dryRun, changesAnything: s.changesAnything,
                                                saved: "courtEvents.saved")
        return lines
    }

    private static func count(_ n: Int, _ key: String) -> Phrase.Arg { .phrase(.counted(n, key)) }
}
