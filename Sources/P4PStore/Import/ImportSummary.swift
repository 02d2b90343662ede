/// What a docket import did, or would do on a dry run. Counts, line numbers, reasons and the
/// court's unknown hearing words; never a parent's name or a case number.
public struct ImportSummary: Equatable, Sendable {
    /// Rows after the header that are not blank.
    public var rows = 0
    public var range: ClosedRange<Day>?

    public var casesAdded = 0
    public var parentsAdded = 0
    public var hearingsAdded = 0
    /// Hearings on file whose time, courtroom or judicial officer changed, or that moved to
    /// another day (`hearingsMoved` of them).
    public var hearingsUpdated = 0
    public var hearingsMoved = 0
    /// Already on file as the calendar has them.
    public var hearingsUnchanged = 0
    public var parentsUnchanged = 0
    /// Cases whose parents' follow-ups were re-planned.
    public var casesReplanned = 0

    public var rejected: [RejectedRow] = []
    public var duplicates: [DuplicateRow] = []
    public var skipped: [SkippedParty] = []
    /// Hearing words no alias knows, imported as "other", with the lines that used them.
    public var unknownTypes: [UnknownHearingType] = []

    public var dryRun = false

    /// False when nothing was added or changed: a second import of the same file.
    public var changesAnything: Bool { casesAdded + parentsAdded + hearingsAdded + hearingsUpdated > 0 }

    /// Counts only: what the audit entry keeps.
    /// Written in English (`audit.importCounts`), read back in the reader's language.
    public var auditDetail: String {
        Phrase("audit.importCounts", [
            "rows": .number(rows), "casesAdded": .number(casesAdded), "parentsAdded": .number(parentsAdded),
            "hearingsAdded": .number(hearingsAdded), "hearingsUpdated": .number(hearingsUpdated),
            "hearingsMoved": .number(hearingsMoved), "hearingsUnchanged": .number(hearingsUnchanged),
            "parentsUnchanged": .number(parentsUnchanged), "rejected": .number(rejected.count),
            "duplicates": .number(duplicates.count), "skipped": .number(skipped.count),
            "unknownTypes": .number(unknownTypes.count),
        ]).text(.english)
    }

    public init() {}
}

public struct UnknownHearingType: Equatable, Sendable {
    /// The court's words, as the calendar has them (cleaned of control characters).
    public var text: String
    public var lines: [Int]
}
