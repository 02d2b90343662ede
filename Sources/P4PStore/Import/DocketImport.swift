import GRDB

/// Importing a court calendar export: the accepted rows in one transaction with one audit entry.
///
/// - A new case number makes the case and its parents, unassigned, waiting since `today`.
/// - A parent is known by case and name (no case, no accents); a new one joins the case from
///   the first day the calendar shows them.
/// - A hearing is known by case, day and hearing type; a change of time, courtroom or judicial
///   officer updates it. A hearing on file that the calendar no longer lists on its day, while
///   listing the same case and type on another day, has moved (see `DocketImport.moved`).
/// - Nothing is deleted; hearings already held, continued or cancelled are the program's record
///   and stay as they are.
/// - Follow-ups are re-planned for every case that gained a parent or a hearing, or whose hearing changed.
///
/// A dry run does all of it and rolls back; so does an import that changes nothing, which then
/// leaves no audit entry either: importing the same file twice changes nothing.
extension SQLiteStore {
    public func importDocket(_ file: DocketFile, today: Day, dryRun: Bool) throws -> ImportSummary {
        try pool.writeWithoutTransaction { db in
            var summary = ImportSummary()
            try db.inTransaction(.immediate) {
                try authorize(.enterRecords, db)
                summary = try DocketImport.apply(file, today: today, db)
                summary.dryRun = dryRun
                guard !dryRun, summary.changesAnything else { return .rollback }
                try appendAudit(AuditEntry(at: Self.timestamp(), actor: actor, action: "docket imported",
                                           entity: "docket", detail: summary.auditDetail), db)
                return .commit
            }
            return summary
        }
    }
}

enum DocketImport {
    static func apply(_ file: DocketFile, today: Day, _ db: Database) throws -> ImportSummary {
        var summary = ImportSummary()
        summary.rows = file.rowCount
        summary.range = file.range
        summary.rejected = file.rejected
        summary.duplicates = file.duplicates
        summary.skipped = file.skipped
        guard let range = file.range else { return summary }

        let types = try HearingType.fetchAll(db)
        let aliases = try SQLiteStore.loadAliases(db)
        let ids = Dictionary(types.map { ($0.code, $0.id!) }, uniquingKeysWith: { first, _ in first })
        guard let other = ids[HearingTypeAliases.fallbackCode] else {
            throw StoreError.invalid(field: "Hearing types", reason: "there is no type \"other\" for hearings no alias knows")
        }
        var unknown: [String: Int] = [:]
        let cases = CalendarCase.group(file.rows) { row in
            if let code = HearingTypeAliases.code(for: row.hearingType, program: aliases, types: types), let id = ids[code] {
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
        for calendarCase in cases {
            let (caseId, changed) = try importCase(calendarCase, range: range, today: today, db, &summary)
            if changed {
                try SQLiteStore.replan(db, caseId: caseId, today: today)
                summary.casesReplanned += 1
            }
        }
        return summary
    }

    /// One case: found or made, its parents, its hearings. True when anything changed.
    private static func importCase(_ calendarCase: CalendarCase, range: ClosedRange<Day>, today: Day,
                                   _ db: Database, _ summary: inout ImportSummary) throws -> (ID, Bool) {
        var changed = false
        let caseId: ID
        if let id = try ID.fetchOne(db, sql: "SELECT id FROM cases WHERE case_number = ? COLLATE NOCASE ORDER BY id LIMIT 1",
                                    arguments: [calendarCase.caseNumber]) {
            caseId = id
        } else {
            var record = DependencyCase(caseNumber: calendarCase.caseNumber)
            try record.insert(db)
            caseId = record.id!
            summary.casesAdded += 1
            changed = true
        }
        if try importParties(calendarCase.parties, caseId: caseId, today: today, db, &summary) { changed = true }
        if try importHearings(calendarCase.hearings, caseId: caseId, range: range, db, &summary) { changed = true }
        return (caseId, changed)
    }

    private static func importParties(_ parties: [CalendarParty], caseId: ID, today: Day,
                                      _ db: Database, _ summary: inout ImportSummary) throws -> Bool {
        var known = try Row.fetchAll(db, sql: """
            SELECT p.id, p.name FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
            WHERE cp.case_id = ? ORDER BY p.id
            """, arguments: [caseId]).map { (id: $0["id"] as ID, name: $0["name"] as String) }
        var changed = false
        for party in parties {
            if NameMatch.find(party.name, among: known) != nil {
                summary.parentsUnchanged += 1
                continue
            }
            var parent = Parent(name: party.name, language: party.language ?? "English",
                                interpreterNeeded: party.interpreterNeeded, waitingSince: today)
            try parent.insert(db)
            try CaseParent(caseId: caseId, parentId: parent.id!, role: party.role, joinedOn: party.firstDate).insert(db)
            known.append((parent.id!, party.name))
            summary.parentsAdded += 1
            changed = true
        }
        return changed
    }

    private static func importHearings(_ hearings: [CalendarHearing], caseId: ID, range: ClosedRange<Day>,
                                       _ db: Database, _ summary: inout ImportSummary) throws -> Bool {
        let onFile = try Hearing.filter(Column("case_id") == caseId).order(Column("date"), Column("id")).fetchAll(db)
        var claimed = Set<ID>()
        var unmatched: [CalendarHearing] = []
        var changed = false
        // First the hearings the calendar lists on the day they are on file.
        for hearing in hearings {
            guard let old = onFile.first(where: { $0.typeId == hearing.typeId && $0.date == hearing.date && !claimed.contains($0.id!) }) else {
                unmatched.append(hearing)
                continue
            }
            claimed.insert(old.id!)
            if try update(old, to: hearing, db) {
                summary.hearingsUpdated += 1
                changed = true
            } else {
                summary.hearingsUnchanged += 1
            }
        }
        // Then the rest: moved from a day the calendar covers, or new.
        for hearing in unmatched.sorted(by: { $0.date < $1.date }) {
            if let old = moved(hearing, onFile: onFile, listed: hearings, claimed: claimed, range: range) {
                claimed.insert(old.id!)
                _ = try update(old, to: hearing, db)
                summary.hearingsUpdated += 1
                summary.hearingsMoved += 1
            } else {
                var record = Hearing(caseId: caseId, typeId: hearing.typeId, date: hearing.date, time: hearing.time,
                                     courtroom: hearing.courtroom, judicialOfficer: hearing.judicialOfficer)
                try record.insert(db)
                summary.hearingsAdded += 1
            }
            changed = true
        }
        return changed
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
    /// calendar keeps what is on file. True when anything changed.
    private static func update(_ old: Hearing, to hearing: CalendarHearing, _ db: Database) throws -> Bool {
        guard old.status == .scheduled else { return false }
        var new = old
        new.date = hearing.date
        new.time = hearing.time ?? old.time
        new.courtroom = hearing.courtroom ?? old.courtroom
        new.judicialOfficer = hearing.judicialOfficer ?? old.judicialOfficer
        guard new != old else { return false }
        try new.update(db)
        return true
    }
}
