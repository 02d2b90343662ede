
extension ProgramStore {
    /// The activity report for one calendar month, read in one transaction; supervisors and
    /// admins only. Each figure is one grouped query from a date index; days are compared as
    /// ISO text, as any SQL engine can.
    public func activityReport(_ period: ReportPeriod) throws -> ActivityReport {
        try engine.read { db in
            try authorize(.readReports, db)
            return try ActivityReportQuery(db: db, period: period).report()
        }
    }
}

/// The activity report's queries, each grouped by the ally it credits (NULL: none).
struct ActivityReportQuery {
    let db: any SQLSession
    let period: ReportPeriod
    var arguments: SQLArguments { ProgramFigureSQL.arguments(period) }

    /// (ally, parent) for each way a parent was served in the period, by whom: a reached contact
    /// the ally made, a hearing the ally covered where the parent was met, a class session the
    /// ally taught that the parent attended.
    static let served = """
        SELECT ally_id, parent_id FROM contacts WHERE date BETWEEN :from AND :to AND reached = 1
        UNION
        SELECT h.ally_id, hp.parent_id FROM hearings h JOIN hearing_parents hp ON hp.hearing_id = h.id
        WHERE h.date BETWEEN :from AND :to AND hp.engagement = 'met'
        UNION
        SELECT s.ally_id, ca.parent_id FROM class_sessions s JOIN class_attendance ca ON ca.session_id = s.id
        WHERE s.date BETWEEN :from AND :to AND ca.attended = 1
        """

    /// Parents whose present ally was given them in the period.
    static let newParents = """
        SELECT ally_id, count(*) AS n FROM parents
        WHERE ally_id IS NOT NULL AND ally_since BETWEEN :from AND :to GROUP BY ally_id
        """

    static let hearingsCovered = """
        SELECT ally_id, count(*) AS n FROM hearings
        WHERE date BETWEEN :from AND :to AND status = 'held' AND ally_id IS NOT NULL GROUP BY ally_id
        """

    static let classesTaught = """
        SELECT ally_id, count(*) AS n FROM class_sessions
        WHERE date BETWEEN :from AND :to AND ally_id IS NOT NULL GROUP BY ally_id
        """

    /// A referral is credited to its own ally, else to the ally of the contact it was made at.
    static let referrals = """
        SELECT COALESCE(r.ally_id, c.ally_id) AS ally_id, count(*) AS n
        FROM referrals r LEFT JOIN contacts c ON c.id = r.contact_id
        WHERE r.date BETWEEN :from AND :to GROUP BY COALESCE(r.ally_id, c.ally_id)
        """

    static let contactsByMode = """
        SELECT ally_id, mode, count(*) AS n, COALESCE(sum(minutes), 0) AS minutes FROM contacts
        WHERE date BETWEEN :from AND :to GROUP BY ally_id, mode
        """

    /// NULL ally ids become this key: no ally is ever 0.
    private static let noAlly: ID = 0

    private func counts(_ sql: String) throws -> [ID: Int] {
        var counts: [ID: Int] = [:]
        for row in try SQLRow.fetchAll(db, sql: sql, arguments: arguments) {
            counts[(row["ally_id"] as ID?) ?? Self.noAlly, default: 0] += row["n"] as Int
        }
        return counts
    }

    func report() throws -> ActivityReport {
        let served = try counts("SELECT ally_id, count(DISTINCT parent_id) AS n FROM (\(Self.served)) AS served GROUP BY ally_id")
        let newParents = try counts(Self.newParents)
        let hearings = try counts(Self.hearingsCovered)
        let classes = try counts(Self.classesTaught)
        let referrals = try counts(Self.referrals)
        var modes: [ID: [ContactMode: ModeActivity]] = [:]
        for row in try SQLRow.fetchAll(db, sql: Self.contactsByMode, arguments: arguments) {
            guard let mode = ContactMode(rawValue: row["mode"]) else { continue }
            modes[(row["ally_id"] as ID?) ?? Self.noAlly, default: [:]][mode] = ModeActivity(mode, contacts: row["n"], minutes: row["minutes"])
        }
        func activity(_ key: ID, _ ally: NamedRef?) -> AllyActivity {
            AllyActivity(ally: ally, parentsServed: served[key] ?? 0, newParents: newParents[key] ?? 0,
                         byMode: ContactMode.allCases.map { modes[key]?[$0] ?? ModeActivity($0, contacts: 0, minutes: 0) },
                         hearingsCovered: hearings[key] ?? 0, classesTaught: classes[key] ?? 0, referrals: referrals[key] ?? 0)
        }
        var rows: [AllyActivity] = []
        for row in try SQLRow.fetchAll(db, sql: "SELECT id, name, active FROM allies ORDER BY name, id") {
            let line = activity(row["id"], NamedRef(id: row["id"], name: row["name"]))
            if row["active"] || !line.isEmpty { rows.append(line) }
        }
        let nobody = activity(Self.noAlly, nil)
        if !nobody.isEmpty { rows.append(nobody) }

        let everyone = rows
        let totals = AllyActivity(
            ally: nil,
            parentsServed: try Int.fetchOne(db, sql: "SELECT count(DISTINCT parent_id) FROM (\(Self.served)) AS served", arguments: arguments) ?? 0,
            newParents: everyone.reduce(0) { $0 + $1.newParents },
            byMode: ContactMode.allCases.map { mode in
                let lines = everyone.flatMap(\.byMode).filter { $0.mode == mode }
                return ModeActivity(mode, contacts: lines.reduce(0) { $0 + $1.contacts }, minutes: lines.reduce(0) { $0 + $1.minutes })
            },
            hearingsCovered: everyone.reduce(0) { $0 + $1.hearingsCovered },
            classesTaught: everyone.reduce(0) { $0 + $1.classesTaught },
            referrals: everyone.reduce(0) { $0 + $1.referrals })
        return ActivityReport(period: period, allies: rows, totals: totals)
    }
}
