
extension ProgramStore {
    public func docket(on day: Day, matching: String?, page: PageRequest) throws -> ListPage<DocketEntry> {
        try engine.read { db in try docketPage(db, on: day, matching: matching, page: page) }
    }

    /// The day's docket and the court calendar the day keys step by, in one snapshot: a day
    /// change is one transaction, its settings read once (on a server, fewer round trips).
    public func docketDay(on day: Day, matching: String?, page: PageRequest, courtAsOf today: Day) throws -> DocketDay {
        try engine.read { db in
            DocketDay(page: try docketPage(db, on: day, matching: matching, page: page),
                      court: CourtCalendar(holidays: try Self.loadPolicy(db, today: today).holidays))
        }
    }

    private func docketPage(_ db: any SQLSession, on day: Day, matching: String?, page: PageRequest) throws -> ListPage<DocketEntry> {
        var filterSQL = ""
        var arguments: SQLArguments = ["day": day]
        if let pattern = SearchPattern(matching) {
            filterSQL = """
                AND (\(SearchPattern.contains("c.case_number")) OR \(SearchPattern.contains("h.courtroom"))
                     OR \(SearchPattern.contains("t.name"))
                     OR EXISTS (SELECT 1 FROM allies a WHERE a.id = h.ally_id AND \(SearchPattern.contains("a.name")))
                     OR EXISTS (SELECT 1 FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
                                WHERE cp.case_id = h.case_id AND \(SearchPattern.contains("p.name"))))
                """
            arguments += ["p": pattern.like]
        }
        let from = """
            FROM hearings h
            JOIN cases c ON c.id = h.case_id
            JOIN hearing_types t ON t.id = h.type_id
            WHERE h.date = :day \(filterSQL)
            """
        var pageArguments = arguments
        pageArguments += ["limit": page.limit, "offset": page.offset]
        // A day's hearings are few: the window counts them as it reads, not a second statement.
        // The covering ally's name is looked up for the rows shown, not joined: a server had
        // read every ally to hash them (on the state demo the statement ran 0.55 ms, now 0.19).
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT h.id, h.case_id, h.time, h.courtroom, h.status, h.judicial_officer, h.version,
                   c.case_number, t.name AS type_name, t.short_name AS type_short, t.code AS type_code,
                   h.ally_id, (SELECT a.name FROM allies a WHERE a.id = h.ally_id) AS ally_name,
                   count(*) OVER () AS day_total
            \(from)
            ORDER BY h.time IS NULL, h.time, h.courtroom, c.case_number, h.id
            LIMIT :limit OFFSET :offset
            """, arguments: pageArguments)
        let total: Int = try rows.first.map { $0["day_total"] } ?? page.total(given: 0) {
            try Int.fetchOne(db, sql: "SELECT count(*) \(from)", arguments: arguments) ?? 0
        }
        let parents = try docketParents(db, hearingIds: rows.map { $0["id"] })
        // The window's cases only: a few indexed reads a page (CaseTimelineReader).
        let deadlines = try CaseTimelineReader.nextDeadlines(db, caseIds: Array(Set(rows.map { $0["case_id"] as ID })).sorted())
        let warningDays = try Self.loadTimeline(db).warningDays
        let entries = rows.map { row -> DocketEntry in
            let id: ID = row["id"]
            let allyId: ID? = row["ally_id"]
            return DocketEntry(
                hearingId: id, caseId: row["case_id"], time: row["time"], courtroom: row["courtroom"],
                caseNumber: row["case_number"], hearingType: row["type_name"],
                hearingTypeShort: row["type_short"], hearingTypeCode: row["type_code"],
                status: HearingStatus(rawValue: row["status"]) ?? .scheduled,
                judicialOfficer: row["judicial_officer"], parents: parents[id] ?? [],
                coveringAlly: allyId.flatMap { ally in (row["ally_name"] as String?).map { NamedRef(id: ally, name: $0) } },
                version: row["version"],
                nextDeadline: deadlines[row["case_id"]],
                deadlineAtRisk: deadlines[row["case_id"]]?.isAtRisk(on: day, warningDays: warningDays) ?? false)
        }
        return ListPage(total: total, offset: page.offset, rows: entries)
    }

    /// The parents on each hearing's case (those who had joined it by then), and whether this is a parent's first hearing: no
    /// hearing on the case was held before it since the parent joined. A continued hearing was
    /// not held, so the hearing it was continued to is still the first.
    private func docketParents(_ db: any SQLSession, hearingIds: [ID]) throws -> [ID: [DocketParent]] {
        guard !hearingIds.isEmpty else { return [:] }
        let marks = hearingIds.map { _ in "?" }.joined(separator: ",")
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT h.id AS hearing_id, p.id, p.name, cp.role, hp.engagement, hp.parent_attended,
                   hp.services_compliance, hp.visitation_compliance,
                   NOT EXISTS (
                       SELECT 1 FROM hearings e
                       WHERE e.case_id = h.case_id AND e.status = 'held' AND e.id <> h.id
                         AND (e.date < h.date OR (e.date = h.date AND COALESCE(e.time, '') < COALESCE(h.time, '')))
                         AND (cp.joined_on IS NULL OR e.date >= cp.joined_on)
                   ) AS is_first
            FROM hearings h
            JOIN case_parents cp ON cp.case_id = h.case_id
            JOIN parents p ON p.id = cp.parent_id
            LEFT JOIN hearing_parents hp ON hp.hearing_id = h.id AND hp.parent_id = p.id
            WHERE h.id IN (\(marks)) AND (cp.joined_on IS NULL OR cp.joined_on <= h.date)
            ORDER BY CASE cp.role WHEN 'mother' THEN 0 WHEN 'father' THEN 1 ELSE 2 END, p.name
            """, arguments: SQLArguments(hearingIds))
        var result: [ID: [DocketParent]] = [:]
        for row in rows {
            let parent = DocketParent(
                id: row["id"], name: row["name"], role: ParentRole(rawValue: row["role"]) ?? .guardian,
                isFirstHearing: row["is_first"],
                engagement: (row["engagement"] as String?).flatMap(CourtEngagement.init(rawValue:)),
                attended: row["parent_attended"],
                servicesCompliance: (row["services_compliance"] as String?).flatMap(ComplianceFinding.init(rawValue:)),
                visitationCompliance: (row["visitation_compliance"] as String?).flatMap(ComplianceFinding.init(rawValue:)))
            result[row["hearing_id"], default: []].append(parent)
        }
        return result
    }
}
