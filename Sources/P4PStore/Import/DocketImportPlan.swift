/// What importing a calendar will write, worked out from the calendar and an `ImportBasis` alone,
/// without touching the database: the cases to make, the parents to add, the hearings to update
/// or add, and the summary a person reads. A dry run shows this summary; a real import writes
/// this plan, re-planned first if the basis moved on meanwhile.
///
/// - A new case number makes the case and its parents, unassigned, waiting since `today`.
/// - A parent is known by case and name (`NameMatch`); a new one joins the case from the first
///   day the calendar shows them.
/// - A hearing is known by case, day and hearing type; a change of time, courtroom or judicial
///   officer updates it. A hearing on file that the calendar no longer lists on its day, while
///   listing the same case and type on another day, has moved (see `moved`).
/// - Nothing is deleted; hearings already held, continued or cancelled stay as they are.
/// - Every case that gains a parent or a hearing, or whose hearing changes, has its parents'
///   follow-ups re-planned.
public struct DocketImportPlan: Sendable {
    /// What the import would do, as of the basis it was planned on.
    public internal(set) var summary: ImportSummary
    let file: DocketFile
    let today: Day
    let basis: ImportBasis
    /// Every case the calendar names, in the order it first names them.
    let cases: [PlannedCase]

    struct PlannedCase: Sendable {
        var caseNumber: String
        /// Nil when the case is new.
        var caseId: ID?
        var newParents: [CalendarParty] = []
        /// Hearings on file as they will be: the calendar's day, time, courtroom and officer.
        var updatedHearings: [Hearing] = []
        var newHearings: [CalendarHearing] = []

        var changesAnything: Bool {
            caseId == nil || !newParents.isEmpty || !updatedHearings.isEmpty || !newHearings.isEmpty
        }
    }

    init(file: DocketFile, today: Day, basis: ImportBasis) throws {
        self.file = file
        self.today = today
        self.basis = basis
        var summary = ImportSummary()
        summary.rows = file.rowCount
        summary.range = file.range
        summary.rejected = file.rejected
        summary.duplicates = file.duplicates
        summary.skipped = file.skipped
        guard let range = file.range else {
            self.summary = summary
            cases = []
            return
        }
        let ids = Dictionary(basis.types.map { ($0.code, $0.id!) }, uniquingKeysWith: { first, _ in first })
        guard let other = ids[HearingTypeAliases.fallbackCode] else {
            throw StoreError.invalid(field: .hearingTypes, reason: "invalid.noOtherType")
        }
        var unknown: [String: Int] = [:]
        let calendarCases = CalendarCase.group(file.rows) { row in
            if let code = HearingTypeAliases.code(for: row.hearingType, program: basis.aliases, types: basis.types),
               let id = ids[code] {
                return id
            }
            let key = HearingTypeAliases.normalise(row.hearingType)
            if let i = unknown[key] {
                summary.unknownTypes[i].lines.append(row.line)
            } else {
                unknown[key] = summary.unknownTypes.count
                summary.unknownTypes.append(UnknownHearingType(text: row.hearingType, lines: [row.line]))
            }
            return other
        }
        cases = calendarCases.map { calendarCase in
            let onFile = basis.cases[ImportBasis.caseKey(calendarCase.caseNumber)]
            var planned = PlannedCase(caseNumber: calendarCase.caseNumber, caseId: onFile?.id)
            if onFile == nil { summary.casesAdded += 1 }
            Self.planParties(calendarCase.parties, known: onFile?.parents ?? [], &planned, &summary)
            Self.planHearings(calendarCase.hearings, onFile: onFile?.hearings ?? [], range: range, &planned, &summary)
            if planned.changesAnything { summary.casesReplanned += 1 }
            return planned
        }
        self.summary = summary
    }

    private static func planParties(_ parties: [CalendarParty], known onFile: [ImportBasis.ParentOnFile],
                                    _ planned: inout PlannedCase, _ summary: inout ImportSummary) {
        // Parents this import adds count as known for the case's later parties.
        var known = onFile.map { (id: $0.id, name: $0.name) }
        for party in parties {
            if NameMatch.find(party.name, among: known) != nil {
                summary.parentsUnchanged += 1
                continue
            }
            planned.newParents.append(party)
            known.append((id: 0, name: party.name)) // no id until it is written
            summary.parentsAdded += 1
        }
    }

    private static func planHearings(_ hearings: [CalendarHearing], onFile: [Hearing], range: ClosedRange<Day>,
                                     _ planned: inout PlannedCase, _ summary: inout ImportSummary) {
        var claimed = Set<ID>()
        var unmatched: [CalendarHearing] = []
        // First the hearings the calendar lists on the day they are on file.
        for hearing in hearings {
            guard let old = onFile.first(where: { $0.typeId == hearing.typeId && $0.date == hearing.date && !claimed.contains($0.id!) }) else {
                unmatched.append(hearing)
                continue
            }
            claimed.insert(old.id!)
            if let new = updated(old, to: hearing) {
                planned.updatedHearings.append(new)
                summary.hearingsUpdated += 1
            } else {
                summary.hearingsUnchanged += 1
            }
        }
        // Then the rest: moved from a day the calendar covers, or new.
        for hearing in unmatched.sorted(by: { $0.date < $1.date }) {
            if let old = moved(hearing, onFile: onFile, listed: hearings, claimed: claimed, range: range) {
                claimed.insert(old.id!)
                planned.updatedHearings.append(updated(old, to: hearing) ?? old)
                summary.hearingsUpdated += 1
                summary.hearingsMoved += 1
            } else {
                planned.newHearings.append(hearing)
                summary.hearingsAdded += 1
            }
        }
    }

    /// The hearing on file that `hearing` replaces, if any. A reissued calendar moves a hearing
    /// when it lists the case's hearing of that type on a new day and no longer on the old one,
    /// and the old day lies within the days the calendar covers (so it would have listed it).
    /// Only a scheduled hearing moves; the nearest such day wins. A hearing on file outside the
    /// calendar's days is not evidence of anything: the new one is added beside it.
    static func moved(_ hearing: CalendarHearing, onFile: [Hearing], listed: [CalendarHearing],
                      claimed: Set<ID>, range: ClosedRange<Day>) -> Hearing? {
        onFile.filter { old in
            old.typeId == hearing.typeId && old.status == .scheduled && range.contains(old.date)
                && !claimed.contains(old.id!)
                && !listed.contains(where: { $0.typeId == old.typeId && $0.date == old.date })
        }.min(by: { abs($0.date.days(since: hearing.date)) < abs($1.date.days(since: hearing.date)) })
    }

    /// The calendar's day, time, courtroom and officer on a scheduled hearing; a blank in the
    /// calendar keeps what is on file. Nil when nothing would change.
    static func updated(_ old: Hearing, to hearing: CalendarHearing) -> Hearing? {
        guard old.status == .scheduled else { return nil }
        var new = old
        new.date = hearing.date
        new.time = hearing.time ?? old.time
        new.courtroom = hearing.courtroom ?? old.courtroom
        new.judicialOfficer = hearing.judicialOfficer ?? old.judicialOfficer
        return new == old ? nil : new
    }
}
