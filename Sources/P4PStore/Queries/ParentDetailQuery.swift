
extension ProgramStore {
    /// The most follow-ups the detail screen lists; older ones stay in the database. Contacts
    /// are listed whole: the detail is the parent's contact history.
    static let detailListLimit = 50

    public func parentDetail(id: ID) throws -> ParentDetail? {
        try engine.read { db in
            guard let parent = try Parent.fetchOne(db, key: id) else { return nil }
            let ally = try parent.allyId.flatMap { try Ally.fetchOne(db, key: $0) }
            return ParentDetail(
                parent: parent, ally: ally,
                cases: try caseSummaries(db, parentId: id),
                hearings: try hearingLines(db, parentId: id),
                contacts: try contactLines(db, parentId: id),
                followUps: try followUpLines(db, parentId: id),
                dependency101Attended: try Day.fetchOne(db, sql: """
                    SELECT min(s.date) FROM class_attendance ca JOIN class_sessions s ON s.id = ca.session_id
                    JOIN courses c ON c.code = s.course AND c.counts_as_dependency101 = 1
                    WHERE ca.parent_id = ? AND ca.attended = 1
                    """, arguments: [id]))
        }
    }

    private func caseSummaries(_ db: any SQLSession, parentId: ID) throws -> [ParentDetail.CaseSummary] {
        let links = try CaseParent.fetchAll(db, sql: "SELECT * FROM case_parents WHERE parent_id = ?", arguments: [parentId])
        let deadlines = try CaseTimelineReader.nextDeadlines(db, caseIds: links.map(\.caseId))
        return try links.compactMap { link in
            guard let dependencyCase = try DependencyCase.fetchOne(db, key: link.caseId) else { return nil }
            let children = try Child.fetchAll(db, sql: "SELECT * FROM children WHERE case_id = ? ORDER BY id", arguments: [link.caseId])
            let others = try SQLRow.fetchAll(db, sql: """
                SELECT p.id, p.name FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
                WHERE cp.case_id = ? AND cp.parent_id <> ? ORDER BY p.name
                """, arguments: [link.caseId, parentId]).map { NamedRef(id: $0["id"], name: $0["name"]) }
            return .init(dependencyCase: dependencyCase, role: link.role, children: children, otherParents: others,
                         moves: try Self.childMoves(caseId: link.caseId, db), nextDeadline: deadlines[link.caseId])
        }
    }

    private func hearingLines(_ db: any SQLSession, parentId: ID) throws -> [ParentDetail.HearingLine] {
        try SQLRow.fetchAll(db, sql: """
            SELECT h.*, t.name AS type_name, t.code AS type_code, c.case_number, a.name AS ally_name, hp.engagement,
                   hp.parent_attended, hp.services_compliance, hp.visitation_compliance
            FROM case_parents cp
            JOIN hearings h ON h.case_id = cp.case_id
            JOIN hearing_types t ON t.id = h.type_id
            JOIN cases c ON c.id = h.case_id
            LEFT JOIN allies a ON a.id = h.ally_id
            LEFT JOIN hearing_parents hp ON hp.hearing_id = h.id AND hp.parent_id = cp.parent_id
            WHERE cp.parent_id = ?
            ORDER BY h.date, h.time
            """, arguments: [parentId]).map { row in
            ParentDetail.HearingLine(
                hearing: try Hearing(row: row), typeName: row["type_name"], typeCode: row["type_code"], caseNumber: row["case_number"],
                coveringAlly: row["ally_name"],
                engagement: (row["engagement"] as String?).flatMap(CourtEngagement.init(rawValue:)),
                attended: row["parent_attended"],
                servicesCompliance: (row["services_compliance"] as String?).flatMap(ComplianceFinding.init(rawValue:)),
                visitationCompliance: (row["visitation_compliance"] as String?).flatMap(ComplianceFinding.init(rawValue:)))
        }
    }

    /// Every contact with the parent, newest first, with the referrals made at each
    /// (contacts_by_parent, referrals_by_parent).
    private func contactLines(_ db: any SQLSession, parentId: ID) throws -> [ParentDetail.ContactLine] {
        var referrals: [ID: [String]] = [:]
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT contact_id, kind FROM referrals WHERE parent_id = ? AND contact_id IS NOT NULL ORDER BY date, id
            """, arguments: [parentId]) {
            referrals[row["contact_id"], default: []].append(row["kind"])
        }
        return try SQLRow.fetchAll(db, sql: """
            SELECT c.*, a.name AS ally_name, u.name AS user_name FROM contacts c
            LEFT JOIN allies a ON a.id = c.ally_id LEFT JOIN users u ON u.id = c.user_id
            WHERE c.parent_id = ? ORDER BY c.date DESC, c.time DESC, c.id DESC
            """, arguments: [parentId]).map { row in
            let contact = try Contact(row: row)
            return ParentDetail.ContactLine(contact: contact, allyName: row["ally_name"],
                                            userName: row["user_name"], referrals: contact.id.flatMap { referrals[$0] } ?? [])
        }
    }

    private func followUpLines(_ db: any SQLSession, parentId: ID) throws -> [ParentDetail.FollowUpLine] {
        // Open ones first (soonest due), then the most recently done.
        try SQLRow.fetchAll(db, sql: """
            SELECT f.*, a.name AS ally_name FROM follow_ups f LEFT JOIN allies a ON a.id = f.ally_id
            WHERE f.parent_id = ?
            ORDER BY f.done_on IS NOT NULL, CASE WHEN f.done_on IS NULL THEN f.due_date END,
                     f.done_on DESC, f.id
            LIMIT ?
            """, arguments: [parentId, Self.detailListLimit]).map { row in
            ParentDetail.FollowUpLine(followUp: try FollowUp(row: row), allyName: row["ally_name"])
        }
    }
}
