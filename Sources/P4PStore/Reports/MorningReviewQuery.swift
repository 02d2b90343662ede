
extension ProgramStore {
    /// The morning review as of `today`, read in one transaction; supervisors and admins only.
    /// Each list reads `limit` rows through an index and counts the rest.
    public func morningReview(today: Day, limit: Int) throws -> MorningReview {
        try engine.read { db in
            try authorize(.readReports, db)
            let limit = max(0, limit)
            let overdue = try Self.overdueByAlly(db, today, limit)
            let deadlines = try Self.deadlineLists(db, today, limit)  // the court's (MorningDeadlines.swift)
            return MorningReview(
                today: today,
                uncoveredHearings: try Self.uncoveredHearings(db, today, limit),
                firstHearings: try Self.firstHearingsToday(db, today, limit),
                longestWaiting: try Self.longestWaiting(db, today, limit),
                pastHearingsNotRecorded: try Self.pastHearingsNotRecorded(db, today, limit),
                casesMissingDates: try Self.casesMissingDates(db, limit),
                deadlinesAtRisk: deadlines.atRisk, nearTermination: deadlines.nearTermination, timeline: deadlines.timeline,
                overdueByAlly: overdue.page, overdueTotal: overdue.total,
                caseloads: try Self.fullestCaseloads(db, limit),
                alliesAtLimit: try Self.alliesAtLimit(db),
                trainingShort: try Self.alliesShortOfTraining(db, today, limit),
                thisMonth: try Self.monthFigures(db, .monthToDate(today)),
                lastMonth: try Self.monthFigures(db, .monthBefore(today)))
        }
    }

    /// Hearings that need a Parent Ally: today's, neither cancelled nor continued.
    private static let needsCover = "h.date = :day AND h.status IN ('scheduled', 'held')"

    private static func uncoveredHearings(_ db: any SQLSession, _ day: Day, _ limit: Int) throws -> ListPage<MorningReview.UncoveredHearing> {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM hearings h WHERE \(needsCover) AND h.ally_id IS NULL",
                                     arguments: ["day": day]) ?? 0
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT h.id, h.time, h.courtroom, c.case_number, t.code, t.short_name,
                   EXISTS (SELECT 1 FROM case_parents cp
                           WHERE \(FirstHearingSQL.onTheCaseByThen) AND \(FirstHearingSQL.isFirst)) AS is_first
            FROM hearings h
            CROSS JOIN cases c ON c.id = h.case_id
            CROSS JOIN hearing_types t ON t.id = h.type_id
            WHERE \(needsCover) AND h.ally_id IS NULL
            ORDER BY h.time IS NULL, h.time, h.courtroom, c.case_number, h.id LIMIT :limit
            """, arguments: ["day": day, "limit": limit])
        let names = try parentNames(db, hearingIds: rows.map { $0["id"] })
        return ListPage(total: total, offset: 0, rows: rows.map { row in
            MorningReview.UncoveredHearing(
                hearingId: row["id"], time: row["time"], courtroom: row["courtroom"], caseNumber: row["case_number"],
                hearingType: HearingType.shortWords(code: row["code"], shortName: row["short_name"]), parentNames: names[row["id"]] ?? [], isFirstHearing: row["is_first"])
        })
    }

    /// The parents on each hearing's case by its day, mothers first, as the docket lists them.
    private static func parentNames(_ db: any SQLSession, hearingIds: [ID]) throws -> [ID: [String]] {
        guard !hearingIds.isEmpty else { return [:] }
        let marks = hearingIds.map { _ in "?" }.joined(separator: ",")
        var names: [ID: [String]] = [:]
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT h.id, p.name FROM hearings h
            \(FirstHearingSQL.parentsOnTheCase) JOIN parents p ON p.id = cp.parent_id
            WHERE h.id IN (\(marks))
            ORDER BY CASE cp.role WHEN 'mother' THEN 0 WHEN 'father' THEN 1 ELSE 2 END, p.name
            """, arguments: SQLArguments(hearingIds)) {
            names[row["id"], default: []].append(row["name"])
        }
        return names
    }

    private static func firstHearingsToday(_ db: any SQLSession, _ day: Day, _ limit: Int) throws -> ListPage<MorningReview.FirstHearingToday> {
        let condition = "\(needsCover) AND \(FirstHearingSQL.isFirst)"
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM hearings h \(FirstHearingSQL.parentsOnTheCase) WHERE \(condition)",
                                     arguments: ["day": day]) ?? 0
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT p.id, p.name, h.time, h.courtroom, t.code, t.short_name, covering.name AS covering, assigned.name AS assigned
            FROM hearings h
            \(FirstHearingSQL.parentsOnTheCase)
            JOIN parents p ON p.id = cp.parent_id
            JOIN hearing_types t ON t.id = h.type_id
            LEFT JOIN allies covering ON covering.id = h.ally_id
            LEFT JOIN allies assigned ON assigned.id = p.ally_id
            WHERE \(condition)
            ORDER BY h.time IS NULL, h.time, h.courtroom, p.name, p.id LIMIT :limit
            """, arguments: ["day": day, "limit": limit])
        return ListPage(total: total, offset: 0, rows: rows.map { row in
            MorningReview.FirstHearingToday(
                parentId: row["id"], parentName: row["name"], time: row["time"], courtroom: row["courtroom"],
                hearingType: HearingType.shortWords(code: row["code"], shortName: row["short_name"]), coveringAlly: row["covering"], assignedAlly: row["assigned"])
        })
    }

    /// Hearings before today still 'scheduled', oldest first: a range of the partial index
    /// hearings_scheduled, which holds no recorded hearing.
    static func pastHearingsNotRecorded(_ db: any SQLSession, _ day: Day, _ limit: Int) throws -> ListPage<MorningReview.UnrecordedHearing> {
        let condition = "h.date < :day AND h.status = 'scheduled'"
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM hearings h WHERE \(condition)", arguments: ["day": day]) ?? 0
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT h.id, h.date, h.time, h.courtroom, c.case_number, t.code, t.short_name, a.name AS covering
            FROM hearings h
            JOIN cases c ON c.id = h.case_id
            JOIN hearing_types t ON t.id = h.type_id
            LEFT JOIN allies a ON a.id = h.ally_id
            WHERE \(condition)
            ORDER BY h.date, h.time IS NULL, h.time, h.courtroom, h.id LIMIT :limit
            """, arguments: ["day": day, "limit": limit])
        let names = try parentNames(db, hearingIds: rows.map { $0["id"] })
        return ListPage(total: total, offset: 0, rows: rows.map { row in
            MorningReview.UnrecordedHearing(
                hearingId: row["id"], date: row["date"], time: row["time"], courtroom: row["courtroom"],
                caseNumber: row["case_number"], hearingType: HearingType.shortWords(code: row["code"], shortName: row["short_name"]),
                parentNames: names[row["id"]] ?? [], coveringAlly: row["covering"])
        })
    }

    /// Cases with an open parent and no removal or petition date, by case number: the partial
    /// index cases_missing_dates holds only cases missing one (its WHERE is this one's first
    /// term, word for word); each case's parents through case_parents' key.
    /// The names on each case, mothers first: one indexed read for the cases listed.
    static func parentNames(_ db: any SQLSession, caseIds ids: [ID]) throws -> [ID: [String]] {
        var names: [ID: [String]] = [:]
        guard !ids.isEmpty else { return names }
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT cp.case_id, p.name FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
            WHERE cp.case_id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            ORDER BY CASE cp.role WHEN 'mother' THEN 0 WHEN 'father' THEN 1 ELSE 2 END, p.name
            """, arguments: SQLArguments(ids)) {
            names[row["case_id"], default: []].append(row["name"])
        }
        return names
    }

    static func casesMissingDates(_ db: any SQLSession, _ limit: Int) throws -> ListPage<MorningReview.CaseMissingDates> {
        let from = """
            FROM cases c INDEXED BY cases_missing_dates
            WHERE (c.removal_date IS NULL OR c.petition_date IS NULL)
              AND EXISTS (SELECT 1 FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
                          WHERE cp.case_id = c.id AND p.status = 'open')
            """
        let total = try Int.fetchOne(db, sql: "SELECT count(*) \(from)") ?? 0
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT c.id, c.case_number, c.county, c.removal_date, c.petition_date \(from)
            ORDER BY c.case_number, c.id LIMIT ?
            """, arguments: [limit])
        let names = try parentNames(db, caseIds: rows.map { $0["id"] })
        return ListPage(total: total, offset: 0, rows: rows.map { row in
            MorningReview.CaseMissingDates(
                caseId: row["id"], caseNumber: row["case_number"], county: row["county"], removalDate: row["removal_date"],
                petitionDate: row["petition_date"], parentNames: names[row["id"]] ?? [])
        })
    }

    /// Open parents with no ally, by the partial index parents_unassigned (waiting_since order).
    private static func longestWaiting(_ db: any SQLSession, _ day: Day, _ limit: Int) throws -> ListPage<MorningReview.WaitingParent> {
        let from = "FROM parents p INDEXED BY parents_unassigned WHERE p.ally_id IS NULL AND p.status = 'open'"
        let total = try Int.fetchOne(db, sql: "SELECT count(*) \(from)") ?? 0
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT p.id, p.name, p.waiting_since, p.language, p.interpreter_needed,
                   (SELECT min(h.date) FROM case_parents cp JOIN hearings h ON h.case_id = cp.case_id
                    WHERE cp.parent_id = p.id AND h.date >= :day AND h.status = 'scheduled') AS next_hearing
            \(from) ORDER BY p.waiting_since, p.id LIMIT :limit
            """, arguments: ["day": day, "limit": limit])
        return ListPage(total: total, offset: 0, rows: rows.map { row in
            MorningReview.WaitingParent(
                parentId: row["id"], name: row["name"], waitingSince: row["waiting_since"], language: row["language"],
                interpreterNeeded: row["interpreter_needed"], nextHearing: row["next_hearing"])
        })
    }

    /// Open parents' follow-ups due before today and not done (the partial index
    /// follow_ups_open), grouped by the ally they are planned for; most overdue first.
    private static func overdueByAlly(_ db: any SQLSession, _ day: Day, _ limit: Int)
        throws -> (page: ListPage<MorningReview.AllyOverdue>, total: Int) {
        let grouped = """
            SELECT f.ally_id, count(*) AS overdue, min(f.due_date) AS oldest
            FROM follow_ups f INDEXED BY follow_ups_open CROSS JOIN parents p ON p.id = f.parent_id
            WHERE f.done_on IS NULL AND f.due_date < :day AND p.status = 'open'
              AND (f.expires_on IS NULL OR f.expires_on >= :day)
            GROUP BY f.ally_id
            """
        let sums = try SQLRow.fetchOne(db, sql: "SELECT count(*) AS allies, COALESCE(sum(overdue), 0) AS overdue FROM (\(grouped)) AS grouped",
                                    arguments: ["day": day])
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT g.*, a.name FROM (\(grouped)) g LEFT JOIN allies a ON a.id = g.ally_id
            ORDER BY g.overdue DESC, g.oldest, a.name LIMIT :limit
            """, arguments: ["day": day, "limit": limit])
        let page = ListPage(total: sums?["allies"] ?? 0, offset: 0, rows: rows.map { row -> MorningReview.AllyOverdue in
            let allyId: ID? = row["ally_id"]
            return MorningReview.AllyOverdue(ally: allyId.map { NamedRef(id: $0, name: row["name"] ?? "") },
                                             overdue: row["overdue"], oldestDue: row["oldest"])
        })
        return (page, sums?["overdue"] ?? 0)
    }

    /// Active allies by how full they are: open parents over their own limit.
    private static func fullestCaseloads(_ db: any SQLSession, _ limit: Int) throws -> ListPage<Caseload> {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM allies WHERE active = 1") ?? 0
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT * FROM (
                SELECT a.id, a.name, a.caseload_limit,
                       (SELECT count(*) FROM parents p WHERE p.ally_id = a.id AND p.status = 'open') AS open_parents
                FROM allies a WHERE a.active = 1
            ) AS loads
            ORDER BY CASE WHEN caseload_limit > 0 THEN open_parents * 1.0 / caseload_limit
                          WHEN open_parents > 0 THEN 1e9 ELSE 0 END DESC, open_parents DESC, name, id
            LIMIT ?
            """, arguments: [limit])
        return ListPage(total: total, offset: 0, rows: rows.map { row in
            Caseload(ally: NamedRef(id: row["id"], name: row["name"]), openParents: row["open_parents"],
                     limit: row["caseload_limit"], active: true)
        })
    }

    private static func alliesAtLimit(_ db: any SQLSession) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM allies a WHERE a.active = 1
              AND (SELECT count(*) FROM parents p WHERE p.ally_id = a.id AND p.status = 'open') >= a.caseload_limit
            """) ?? 0
    }

    private static func monthFigures(_ db: any SQLSession, _ period: ReportPeriod) throws -> MorningReview.MonthFigures {
        MorningReview.MonthFigures(
            period: period,
            reachedAtFirstHearing: try ProgramFigureSQL.reachedAtFirstHearing(db, period),
            dependency101: try ProgramFigureSQL.dependency101(db, period),
            contactsReached: try ProgramFigureSQL.contacts(db, period).reached)
    }
}

extension DeskStore {
    /// The morning review with lists of the usual length.
    public func morningReview(today: Day) throws -> MorningReview {
        try morningReview(today: today, limit: MorningReview.defaultLimit)
    }
}
