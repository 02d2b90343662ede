
/// What a purge takes out (or would): how many records lose their personal data.
public struct PurgeCounts: Equatable, Sendable {
    /// Parents whose names, phones and closing reasons go; their cases' numbers and their
    /// children's names go only where every parent on the case goes.
    public var parents = 0, children = 0, cases = 0
    /// Records whose free text goes: contacts' notes and topics, referrals' notes, snooze reasons.
    public var contacts = 0, referrals = 0, followUps = 0

    public init() {}

    /// "parents 3, children 2, ...": the audit entry's detail, figures only (`audit.purgeCounts`).
    var phrase: Phrase {
        Phrase("audit.purgeCounts", ["parents": .number(parents), "children": .number(children), "cases": .number(cases),
                                     "contacts": .number(contacts), "referrals": .number(referrals), "followUps": .number(followUps)])
    }
}

/// Records kept no longer than allowed: the personal data of files closed before a day is
/// removed, in one transaction, while every row the reports count stays (names become the
/// same pseudonyms the de-identified exports use), so report figures do not change. The audit
/// log is left whole: its entries hold ids, not names.
extension ProgramStore {
    /// Years a closed file is kept (`p4p setting set retention.years N`); unset, nothing is purged.
    public static let retentionYearsKey = "retention.years"

    /// Removes (or with `dryRun` only counts) the personal data of files closed before
    /// `closedBefore`. Refused when the retention setting is unset or the day is later than
    /// today less the years kept.
    public func purge(closedBefore: Day, today: Day, dryRun: Bool) throws -> PurgeCounts {
        if dryRun {
            return try engine.read { db in
                try authorize(.purgeRecords, db)
                try Self.checkRetention(closedBefore, today: today, db)
                return try Self.purgeScope(closedBefore, db).counts
            }
        }
        var counts = PurgeCounts()
        _ = try writeNoting(action: "records purged", entity: nil) { db in
            try authorize(.purgeRecords, db)
            try Self.checkRetention(closedBefore, today: today, db)
            let scope = try Self.purgeScope(closedBefore, db)
            counts = scope.counts
            try scope.apply(pseudonyms: try Pseudonyms.load(db), db)
            if !scope.parentIds.isEmpty {
                try stamp(.parent, where: "id IN (\(Self.placeholders(scope.parentIds.count)))",
                          scope.parentIds, .purged, db)
            }
            return AuditNote(entityId: nil, detail: counts.phrase.text(.english))
        }
        return counts
    }

    /// The first day a file may still be kept: today less `retention.years`.
    static func checkRetention(_ closedBefore: Day, today: Day, _ db: any SQLSession) throws {
        guard let years = try db.setting(retentionYearsKey).flatMap({ Int($0) }), years > 0 else {
            throw StoreError.invalid(field: .closedBefore, reason: "invalid.retentionNotSet")
        }
        let year = today.year - years
        let latest = Day(year: year, month: today.month, day: min(today.dayOfMonth, Day.daysIn(month: today.month, year: year)))!
        guard closedBefore <= latest else {
            throw StoreError.invalid(field: .closedBefore, reason: Phrase("invalid.purgeTooRecent", [
                "years": .number(years), "day": .day(latest, .long)]))
        }
    }

    static func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    /// Closed parents whose file saw nothing on or after `closedBefore`: not a change, contact,
    /// hearing, case outcome or follow-up; not those purged already. The latest of these is never earlier than the day
    /// the file closed, so a file is never taken early.
    static func purgeScope(_ closedBefore: Day, _ db: any SQLSession) throws -> PurgeScope {
        let parentIds = try ID.fetchAll(db, sql: """
            SELECT p.id FROM parents p
            WHERE p.status = 'closed'
              -- Purged already, and nothing personal written since.
              AND NOT (COALESCE(p.last_change, '') = 'purged' AND p.phone IS NULL AND p.preferred_name IS NULL
                       AND p.closing_reason IS NULL)
              AND \(db.dialect.greatest)(
                COALESCE(substr(p.changed_at, 1, 10), ''), p.waiting_since,
                COALESCE((SELECT max(date) FROM contacts WHERE parent_id = p.id), ''),
                COALESCE((SELECT max(h.date) FROM hearings h JOIN case_parents cp ON cp.case_id = h.case_id
                        WHERE cp.parent_id = p.id), ''),
                COALESCE((SELECT max(c.outcome_date) FROM cases c JOIN case_parents cp ON cp.case_id = c.id
                        WHERE cp.parent_id = p.id), ''),
                COALESCE((SELECT max(COALESCE(done_on, due_date)) FROM follow_ups WHERE parent_id = p.id), '')
            ) < ?
            ORDER BY p.id
            """, arguments: [closedBefore])
        return try PurgeScope(parentIds: parentIds, db)
    }
}

/// The records one purge touches, read inside its transaction.
struct PurgeScope {
    let parentIds: [ID]
    /// Cases every one of whose parents is purged, and their children.
    let caseIds: [ID]
    let childIds: [ID]
    let counts: PurgeCounts

    init(parentIds: [ID], _ db: any SQLSession) throws {
        self.parentIds = parentIds
        let inParents = Self.list(parentIds)
        caseIds = parentIds.isEmpty ? [] : try ID.fetchAll(db, sql: """
            SELECT DISTINCT cp.case_id FROM case_parents cp WHERE cp.parent_id IN (\(inParents))
              AND NOT EXISTS (SELECT 1 FROM case_parents other
                              WHERE other.case_id = cp.case_id AND other.parent_id NOT IN (\(inParents)))
            ORDER BY cp.case_id
            """)
        childIds = caseIds.isEmpty ? [] : try ID.fetchAll(db, sql: "SELECT id FROM children WHERE case_id IN (\(Self.list(caseIds))) ORDER BY id")
        var counts = PurgeCounts()
        counts.parents = parentIds.count
        counts.cases = caseIds.count
        counts.children = childIds.count
        if !parentIds.isEmpty {
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            counts.contacts = try count("""
                SELECT count(*) FROM contacts WHERE parent_id IN (\(inParents)) AND (notes IS NOT NULL OR topics IS NOT NULL)
                """)
            counts.referrals = try count("SELECT count(*) FROM referrals WHERE parent_id IN (\(inParents)) AND note IS NOT NULL")
            counts.followUps = try count("SELECT count(*) FROM follow_ups WHERE parent_id IN (\(inParents)) AND snooze_reason IS NOT NULL")
        }
        self.counts = counts
    }

    /// Ids are the database's own integers: written into the statement, never text from outside.
    private static func list(_ ids: [ID]) -> String { ids.map(String.init).joined(separator: ", ") }

    /// Names become pseudonyms (lists still show a row; the name index follows through its
    /// trigger); phones, preferred names, closing reasons and free text go.
    func apply(pseudonyms: Pseudonyms, _ db: any SQLSession) throws {
        guard !parentIds.isEmpty else { return }
        let inParents = Self.list(parentIds)
        for id in parentIds {
            try db.execute(sql: """
                UPDATE parents SET name = ?, preferred_name = NULL, phone = NULL, closing_reason = NULL WHERE id = ?
                """, arguments: [pseudonyms.name(.parent, id), id])
        }
        for id in caseIds {
            try db.execute(sql: "UPDATE cases SET case_number = ? WHERE id = ?", arguments: [pseudonyms.name(.case, id), id])
        }
        for id in childIds {
            try db.execute(sql: "UPDATE children SET name = ? WHERE id = ?", arguments: [pseudonyms.name(.child, id), id])
        }
        try db.execute(sql: "UPDATE contacts SET notes = NULL, topics = NULL WHERE parent_id IN (\(inParents))")
        try db.execute(sql: "UPDATE referrals SET note = NULL WHERE parent_id IN (\(inParents))")
        try db.execute(sql: "UPDATE follow_ups SET snooze_reason = NULL WHERE parent_id IN (\(inParents))")
    }
}
