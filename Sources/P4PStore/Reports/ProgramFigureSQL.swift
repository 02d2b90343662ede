
/// Each figure of the program report as one aggregate query over a period: rows are counted by
/// SQLite, never fetched, and each query starts from a date index. The README's "Reports and
/// their definitions" says the same in words; change both together.
enum ProgramFigureSQL {
    static func arguments(_ period: ReportPeriod) -> SQLArguments { ["from": period.from, "to": period.to] }

    /// Parents with a reached contact, met at a hearing, or at a class, in the period.
    static func parentsServed(_ db: any SQLSession, _ period: ReportPeriod) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (
                SELECT parent_id FROM contacts WHERE date BETWEEN :from AND :to AND reached = 1
                UNION
                SELECT hp.parent_id FROM hearings h JOIN hearing_parents hp ON hp.hearing_id = h.id
                WHERE h.date BETWEEN :from AND :to AND hp.engagement = 'met'
                UNION
                SELECT ca.parent_id FROM class_sessions s JOIN class_attendance ca ON ca.session_id = s.id
                WHERE s.date BETWEEN :from AND :to AND ca.attended = 1
            ) AS served
            """, arguments: arguments(period)) ?? 0
    }

    /// Parents' first hearings held in the period, and those where the parent was met.
    static func reachedAtFirstHearing(_ db: any SQLSession, _ period: ReportPeriod) throws -> Ratio {
        let row = try SQLRow.fetchOne(db, sql: """
            SELECT count(*) AS first_hearings, COALESCE(sum(hp.engagement = 'met'), 0) AS reached
            FROM hearings h
            \(FirstHearingSQL.parentsOnTheCase)
            LEFT JOIN hearing_parents hp ON hp.hearing_id = h.id AND hp.parent_id = cp.parent_id
            WHERE h.date BETWEEN :from AND :to AND h.status = 'held' AND \(FirstHearingSQL.isFirst)
            """, arguments: arguments(period))
        return Ratio(row?["reached"] ?? 0, of: row?["first_hearings"] ?? 0)
    }

    /// Parents on the roster of a session held in the period of a course that counts as
    /// Dependency 101, and those who came.
    static func dependency101(_ db: any SQLSession, _ period: ReportPeriod) throws -> Ratio {
        let row = try SQLRow.fetchOne(db, sql: """
            SELECT count(DISTINCT ca.parent_id) AS invited,
                   count(DISTINCT CASE WHEN ca.attended = 1 THEN ca.parent_id END) AS attended
            FROM class_sessions s INDEXED BY class_sessions_by_day CROSS JOIN class_attendance ca ON ca.session_id = s.id
            CROSS JOIN courses c ON c.code = s.course AND c.counts_as_dependency101 = 1
            WHERE s.date BETWEEN :from AND :to
            """, arguments: arguments(period))
        return Ratio(row?["attended"] ?? 0, of: row?["invited"] ?? 0)
    }

    /// Parents first met in the period (their earliest hearing with the outcome `met` is dated
    /// in it, whatever became of the hearing), and those of them marked attended at a Dependency
    /// 101 session dated on or before the period's last day, whether or not they were put on a
    /// roster. From hearings_by_day, each parent's earlier meetings by hearing_parents_by_parent.
    static func dependency101AmongFirstMet(_ db: any SQLSession, _ period: ReportPeriod) throws -> Ratio {
        let row = try SQLRow.fetchOne(db, sql: """
            SELECT count(*) AS met, COALESCE(sum(EXISTS (
                SELECT 1 FROM class_attendance ca JOIN class_sessions s ON s.id = ca.session_id
                JOIN courses c ON c.code = s.course AND c.counts_as_dependency101 = 1
                WHERE ca.parent_id = f.parent_id AND ca.attended = 1 AND s.date <= :to
            )), 0) AS attended
            FROM (
                SELECT DISTINCT hp.parent_id FROM hearings h CROSS JOIN hearing_parents hp ON hp.hearing_id = h.id
                WHERE h.date BETWEEN :from AND :to AND hp.engagement = 'met'
                  AND NOT EXISTS (SELECT 1 FROM hearing_parents e JOIN hearings eh ON eh.id = e.hearing_id
                                  WHERE e.parent_id = hp.parent_id AND e.engagement = 'met' AND eh.date < :from)
            ) f
            """, arguments: arguments(period))
        return Ratio(row?["attended"] ?? 0, of: row?["met"] ?? 0)
    }

    /// Contacts in the period by mode (all modes, zeros too), and how many reached the parent.
    static func contacts(_ db: any SQLSession, _ period: ReportPeriod) throws -> (byMode: [Tally], reached: Ratio) {
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT mode, count(*) AS contacts, COALESCE(sum(reached), 0) AS reached
            FROM contacts WHERE date BETWEEN :from AND :to GROUP BY mode
            """, arguments: arguments(period))
        var counts: [String: Int] = [:]
        var reached = 0
        for row in rows {
            counts[row["mode"]] = row["contacts"]
            reached += row["reached"] as Int
        }
        let known = ContactMode.allCases.map(\.rawValue)
        let others = counts.keys.filter { !known.contains($0) }.sorted()
        let byMode = (known + others).map { Tally($0, counts[$0] ?? 0) }
        return (byMode, Ratio(reached, of: counts.values.reduce(0, +)))
    }

    /// Referrals made in the period by kind, most first.
    static func referralsByKind(_ db: any SQLSession, _ period: ReportPeriod) throws -> [Tally] {
        try SQLRow.fetchAll(db, sql: """
            SELECT kind, count(*) AS n FROM referrals WHERE date BETWEEN :from AND :to
            GROUP BY kind ORDER BY n DESC, kind
            """, arguments: arguments(period)).map { Tally($0["kind"], $0["n"]) }
    }

    /// Hearings held in the period, and those a Parent Ally covered.
    static func hearingsCovered(_ db: any SQLSession, _ period: ReportPeriod) throws -> Ratio {
        let row = try SQLRow.fetchOne(db, sql: """
            SELECT count(*) AS held, count(ally_id) AS covered FROM hearings
            WHERE date BETWEEN :from AND :to AND status = 'held'
            """, arguments: arguments(period))
        return Ratio(row?["covered"] ?? 0, of: row?["held"] ?? 0)
    }

    /// Cases whose outcome date falls in the period, by outcome (every outcome, zeros too).
    static func casesClosedByOutcome(_ db: any SQLSession, _ period: ReportPeriod) throws -> [Tally] {
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT outcome, count(*) AS n FROM cases INDEXED BY cases_by_outcome_date
            WHERE outcome IS NOT NULL AND outcome_date BETWEEN :from AND :to GROUP BY outcome
            """, arguments: arguments(period))
        let counts = Dictionary(uniqueKeysWithValues: rows.map { ($0["outcome"] as String, $0["n"] as Int) })
        return CaseOutcome.allCases.map { Tally($0.rawValue, counts[$0.rawValue] ?? 0) }
    }

    /// "12 months after": the same date a year on, and 29 February becomes 1 March. Written on
    /// the ISO text itself, so it means the same on every engine.
    private static func yearAfter(_ column: String) -> String {
        let nextYear = "(CAST(substr(\(column), 1, 4) AS INTEGER) + 1)"
        return "(CASE WHEN substr(\(column), 6) = '02-29' THEN \(nextYear) || '-03-01' ELSE \(nextYear) || substr(\(column), 5) END)"
    }

    /// `column` within a few days either side of a year before the period (`:yearBeforeFrom`,
    /// `:yearBeforeTo`, from `yearBefore`): the range an index can search, narrowed to the exact
    /// cohort by `yearAfter`.
    private static func aYearBefore(_ column: String) -> String {
        "\(column) BETWEEN :yearBeforeFrom AND :yearBeforeTo"
    }

    /// The period and the days a year before it, a few days wider each side.
    private static func yearBefore(_ period: ReportPeriod) -> SQLArguments {
        arguments(period) + ["yearBeforeFrom": period.from.adding(days: -366 - 3), "yearBeforeTo": period.to.adding(days: -365 + 3)]
    }

    /// Cases whose removal was 12 months before a day of the period, and those reunified by then.
    static func reunifiedWithin12Months(_ db: any SQLSession, _ period: ReportPeriod) throws -> Ratio {
        let row = try SQLRow.fetchOne(db, sql: """
            SELECT count(*) AS cohort,
                   COALESCE(sum(outcome = 'reunified' AND outcome_date <= \(yearAfter("removal_date"))), 0) AS reunified
            FROM cases INDEXED BY cases_by_removal_date
            WHERE \(aYearBefore("removal_date")) AND \(yearAfter("removal_date")) BETWEEN :from AND :to
            """, arguments: yearBefore(period))
        return Ratio(row?["reunified"] ?? 0, of: row?["cohort"] ?? 0)
    }

    static let permanentOutcomes = "('reunified', 'adoption', 'guardianship')"

    /// Days from removal to the outcome date, over cases reaching permanency in the period: the
    /// middle one or two are read by offset, so no list of cases is fetched.
    static func daysToPermanency(_ db: any SQLSession, _ period: ReportPeriod) throws -> MedianDays {
        let from = """
            FROM cases INDEXED BY cases_by_outcome_date
            WHERE outcome IN \(permanentOutcomes) AND removal_date IS NOT NULL AND outcome_date BETWEEN :from AND :to
            """
        // Each case's days from removal to outcome, counted here: no engine's date arithmetic in the figure.
        let days = try SQLRow.fetchAll(db, sql: "SELECT removal_date, outcome_date \(from)", arguments: arguments(period))
            .compactMap { row -> Int? in
                guard let removed = row["removal_date"] as Day?, let ended = row["outcome_date"] as Day? else { return nil }
                return ended.days(since: removed)
            }
        return MedianDays(days: days)
    }

    /// Cases reunified 12 months before a day of the period, and those where a parent of the case
    /// is a party to another case whose removal came after the reunification and within the year.
    static func reentryWithin12Months(_ db: any SQLSession, _ period: ReportPeriod) throws -> Ratio {
        let row = try SQLRow.fetchOne(db, sql: """
            SELECT count(*) AS cohort, COALESCE(sum(EXISTS (
                SELECT 1 FROM case_parents cp
                JOIN case_parents again ON again.parent_id = cp.parent_id AND again.case_id <> cp.case_id
                JOIN cases n ON n.id = again.case_id
                WHERE cp.case_id = c.id AND n.removal_date > c.outcome_date
                  AND n.removal_date <= \(yearAfter("c.outcome_date"))
            )), 0) AS reentered
            FROM cases c INDEXED BY cases_by_outcome_date
            WHERE c.outcome = 'reunified' AND \(aYearBefore("c.outcome_date"))
              AND \(yearAfter("c.outcome_date")) BETWEEN :from AND :to
            """, arguments: yearBefore(period))
        return Ratio(row?["reentered"] ?? 0, of: row?["cohort"] ?? 0)
    }
}
