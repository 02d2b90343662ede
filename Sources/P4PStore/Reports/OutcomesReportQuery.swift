
extension ProgramStore {
    /// The outcomes report for a period, read in one transaction; supervisors and admins only.
    /// `today` tells which hearings still "scheduled" are past and unrecorded.
    public func outcomesReport(_ period: ReportPeriod, county: String? = nil, today: Day) throws -> OutcomesReport {
        try engine.read { db in
            try authorize(.readReports, db)
            return try OutcomesReportQuery(db: db, period: period, county: county, today: today).report()
        }
    }
}

/// The outcomes report's reads. The SQL only selects rows and compares ISO days as text, as any
/// engine can; day differences (30 days, 365 days, days to permanency) are counted in Swift.
struct OutcomesReportQuery {
    let db: any SQLSession
    let period: ReportPeriod
    let county: String?
    let today: Day

    var arguments: SQLArguments { ["from": period.from.iso, "to": period.to.iso, "county": county] }

    /// What the report knows of one parent, up to the period's last day.
    struct ParentFacts {
        var served = false
        var attended101: [Day] = []
        var offered101 = false
        /// Days of attended sessions of any course.
        var attendedSessions: [Day] = []
        var allySince: Day?
        var reachedContacts = 0

        func mentored(by last: Day) -> Bool {
            guard let since = allySince, last.days(since: since) >= 30 else { return false }
            return reachedContacts >= 2
        }

        func groups(by last: Day) -> Set<OutcomeGroup> {
            var groups: Set<OutcomeGroup> = [served ? .served : .neverServed]
            if let first101 = attended101.min() {
                groups.insert(.dependency101Attended)
                if mentored(by: last), attendedSessions.contains(where: { $0 > first101 }) { groups.insert(.fullModel) }
            } else if offered101 {
                groups.insert(.dependency101NotAttended)
            }
            if mentored(by: last) { groups.insert(.mentored) }
            return groups
        }
    }

    func report() throws -> OutcomesReport {
        // Parents on cases (of the county), and their cases.
        var casesOf: [ID: Set<ID>] = [:]
        var parentsOf: [ID: Set<ID>] = [:]
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT cp.parent_id, cp.case_id FROM case_parents cp CROSS JOIN cases c ON c.id = cp.case_id
            WHERE CAST(:county AS TEXT) IS NULL OR c.county = :county
            """, arguments: arguments) {
            casesOf[row["parent_id"], default: []].insert(row["case_id"])
            parentsOf[row["case_id"], default: []].insert(row["parent_id"])
        }
        var facts: [ID: ParentFacts] = Dictionary(uniqueKeysWithValues: casesOf.keys.map { ($0, ParentFacts()) })

        for id in try ID.fetchAll(db, sql: """
            SELECT hp.parent_id FROM hearings h CROSS JOIN hearing_parents hp ON hp.hearing_id = h.id
            WHERE hp.engagement = 'met' AND h.date <= :to
            UNION SELECT parent_id FROM contacts WHERE reached = 1 AND date <= :to
            UNION SELECT ca.parent_id FROM class_sessions s INDEXED BY class_sessions_by_day
            CROSS JOIN class_attendance ca ON ca.session_id = s.id WHERE ca.attended = 1 AND s.date <= :to
            """, arguments: arguments) { facts[id]?.served = true }

        for row in try SQLRow.fetchAll(db, sql: """
            SELECT ca.parent_id, s.date, ca.attended, COALESCE(co.counts_as_dependency101, 0) AS d101
            FROM class_sessions s INDEXED BY class_sessions_by_day CROSS JOIN class_attendance ca ON ca.session_id = s.id
            LEFT JOIN courses co ON co.code = s.course WHERE s.date <= :to
            """, arguments: arguments) {
            let id: ID = row["parent_id"]
            guard facts[id] != nil, let day = Day(iso: row["date"]) else { continue }
            let attended: Bool = row["attended"], d101: Bool = row["d101"]
            if attended { facts[id]!.attendedSessions.append(day) }
            if d101 { if attended { facts[id]!.attended101.append(day) } else { facts[id]!.offered101 = true } }
        }

        for row in try SQLRow.fetchAll(db, sql: """
            SELECT p.id, p.ally_since, (SELECT count(*) FROM contacts c WHERE c.parent_id = p.id AND c.reached = 1 AND c.date <= :to) AS reached
            FROM parents p
            """, arguments: arguments) {
            let id: ID = row["id"]
            guard facts[id] != nil else { continue }
            facts[id]!.allySince = (row["ally_since"] as String?).flatMap { Day(iso: $0) }
            facts[id]!.reachedContacts = row["reached"]
        }

        let groupsOf = facts.mapValues { $0.groups(by: period.to) }
        var parentCount: [OutcomeGroup: Int] = [:]
        for groups in groupsOf.values { for g in groups { parentCount[g, default: 0] += 1 } }

        // Hearings in the period: attendance at held ones, findings at review and permanency ones.
        var attendance: [OutcomeGroup: Ratio] = [:], services: [OutcomeGroup: Ratio] = [:], visitation: [OutcomeGroup: Ratio] = [:]
        var unrecorded = 0
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT hp.parent_id, h.date, h.status, hp.parent_attended, hp.services_compliance, hp.visitation_compliance, t.code
            FROM hearings h CROSS JOIN hearing_parents hp ON hp.hearing_id = h.id CROSS JOIN hearing_types t ON t.id = h.type_id
            WHERE h.date BETWEEN :from AND :to
            """, arguments: arguments) {
            let id: ID = row["parent_id"]
            guard let groups = groupsOf[id] else { continue }
            let status: String = row["status"], date: String = row["date"]
            if status == "scheduled" && date < today.iso { unrecorded += 1; continue }
            guard status == "held" else { continue }
            for g in groups {
                if let present = row["parent_attended"] as Bool? { attendance[g, default: Ratio(0, of: 0)].add(present) }
                let code: String = row["code"]
                guard code == "review" || code == "permanency" else { continue }
                if let finding = row["services_compliance"] as String?, finding != "not addressed" {
                    services[g, default: Ratio(0, of: 0)].add(finding == "compliant")
                }
                if let finding = row["visitation_compliance"] as String?, finding != "not addressed" {
                    visitation[g, default: Ratio(0, of: 0)].add(finding == "compliant")
                }
            }
        }

        // Children, their moves and their cases' removal dates.
        var caseRemoval: [ID: Day] = [:]
        for row in try SQLRow.fetchAll(db, sql: "SELECT id, removal_date FROM cases WHERE removal_date IS NOT NULL") {
            caseRemoval[row["id"]] = Day(iso: row["removal_date"])
        }
        var childrenOf: [ID: [ID]] = [:]
        for row in try SQLRow.fetchAll(db, sql: "SELECT id, case_id FROM children ORDER BY id") {
            let caseId: ID = row["case_id"]
            if parentsOf[caseId] != nil { childrenOf[caseId, default: []].append(row["id"]) }
        }
        var moves: [ID: [(Day, ChildMoveKind)]] = [:]
        for row in try SQLRow.fetchAll(db, sql: "SELECT child_id, date, move FROM child_moves ORDER BY date, id") {
            guard let day = Day(iso: row["date"]), let kind = ChildMoveKind(rawValue: row["move"]) else { continue }
            moves[row["child_id"], default: []].append((day, kind))
        }

        var reunifiedChildren: [OutcomeGroup: Ratio] = [:], reunifiedCases: [OutcomeGroup: Ratio] = [:]
        var reentry: [OutcomeGroup: Ratio] = [:], days: [OutcomeGroup: [Int]] = [:]
        var withoutRemoval = 0
        for (caseId, parents) in parentsOf {
            let groups = Self.caseGroups(parents.compactMap { groupsOf[$0] })
            var caseChildren: [ChildPath] = []
            for child in childrenOf[caseId] ?? [] {
                guard let path = ChildPath(moves: moves[child] ?? [], caseRemoval: caseRemoval[caseId]) else {
                    withoutRemoval += 1; continue
                }
                caseChildren.append(path)
            }
            for path in caseChildren where period.from <= path.removal && path.removal <= period.to {
                for g in groups {
                    reunifiedChildren[g, default: Ratio(0, of: 0)].add(path.reunifiedWithinYear)
                    if let d = path.daysToPermanency { days[g, default: []].append(d) }
                    if path.cameHome != nil { reentry[g, default: Ratio(0, of: 0)].add(path.reenteredWithinYear) }
                }
            }
            // The case's removal: its own date, else its children's first.
            guard let removal = caseRemoval[caseId] ?? caseChildren.map(\.removal).min(),
                  period.from <= removal, removal <= period.to, !caseChildren.isEmpty else { continue }
            let reunified = caseChildren.allSatisfy(\.reunifiedWithinYear)
            for g in groups { reunifiedCases[g, default: Ratio(0, of: 0)].add(reunified) }
        }

        let none = Ratio(0, of: 0)
        return OutcomesReport(
            period: period, county: county,
            groups: OutcomeGroup.allCases.map { g in
                OutcomeGroupFigures(group: g, parents: parentCount[g] ?? 0, attendance: attendance[g] ?? none,
                                    services: services[g] ?? none, visitation: visitation[g] ?? none,
                                    reunifiedChildren: reunifiedChildren[g] ?? none, reunifiedCases: reunifiedCases[g] ?? none,
                                    daysToPermanency: (days[g] ?? []).sorted(), reentry: reentry[g] ?? none)
            },
            unrecordedHearings: unrecorded, childrenWithoutRemoval: withoutRemoval)
    }

    /// A case is in a group when one of its parents is; in a "never" group only when none of its
    /// parents is in the group it stands against.
    static func caseGroups(_ parents: [Set<OutcomeGroup>]) -> Set<OutcomeGroup> {
        var groups = parents.reduce(into: Set<OutcomeGroup>()) { $0.formUnion($1) }
        if groups.contains(.served) { groups.remove(.neverServed) }
        if groups.contains(.dependency101Attended) { groups.remove(.dependency101NotAttended) }
        return groups
    }
}

/// One child's way through care, from its moves: removed on its first 'removed' move (else the
/// case's removal date), home on its first 'returned home' after that.
struct ChildPath {
    let removal: Day
    let cameHome: Day?
    let permanency: Day?
    let removedAgain: Day?

    init?(moves: [(Day, ChildMoveKind)], caseRemoval: Day?) {
        guard let removal = moves.first(where: { $0.1 == .removed })?.0 ?? caseRemoval else { return nil }
        self.removal = removal
        let after = moves.filter { $0.0 >= removal }
        cameHome = after.first { $0.1 == .returnedHome }?.0
        permanency = after.first { $0.1.permanency != nil }?.0
        removedAgain = cameHome.flatMap { home in after.first { $0.1 == .removed && $0.0 > home }?.0 }
    }

    var reunifiedWithinYear: Bool { cameHome.map { $0.days(since: removal) <= 365 } ?? false }
    var daysToPermanency: Int? { permanency.map { $0.days(since: removal) } }
    var reenteredWithinYear: Bool {
        guard let home = cameHome, let again = removedAgain else { return false }
        return again.days(since: home) <= 365
    }
}

extension Ratio {
    mutating func add(_ counts: Bool) { of += 1; if counts { count += 1 } }
}
