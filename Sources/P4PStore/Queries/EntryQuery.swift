
/// A session of any course as a picker shows it.
public struct ClassSessionSummary: Hashable, Sendable {
    public var session: ClassSession
    /// Its course's name as the program stored it (`Course.words(code:name:)` for the reader's words).
    public var courseName: String
    public var invited: Int
    public var attended: Int
}

/// One parent on a session's roster.
public struct ClassRosterLine: Hashable, Sendable {
    public var parentId: ID
    public var name: String
    public var invitedOn: Day?
    public var attended: Bool
}

/// What the data-entry forms read: choices, the record being edited, who to invite. Each is
/// bounded and backed by an index, so a statewide file answers as fast as a small one.
extension ProgramStore {
    public func hearingTypes() throws -> [HearingType] {
        try engine.read { db in try HearingType.fetchAll(db, sql: "SELECT * FROM hearing_types ORDER BY sort_order, id") }
    }

    public func caseNumber(id: ID) throws -> String? {
        try engine.read { db in try String.fetchOne(db, sql: "SELECT case_number FROM cases WHERE id = ?", arguments: [id]) }
    }

    public func hearing(id: ID) throws -> Hearing? {
        try engine.read { db in try Hearing.fetchOne(db, key: id) }
    }

    /// Sessions from `from` on, soonest first: the ones worth inviting to or marking.
    public func classSessions(from day: Day, limit: Int) throws -> [ClassSessionSummary] {
        try engine.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT s.*, COALESCE(c.name, s.course) AS course_name,
                       (SELECT count(*) FROM class_attendance a WHERE a.session_id = s.id) AS invited,
                       (SELECT count(*) FROM class_attendance a WHERE a.session_id = s.id AND a.attended = 1) AS attended
                FROM class_sessions s LEFT JOIN courses c ON c.code = s.course
                WHERE s.date >= ? ORDER BY s.date, s.time, s.id LIMIT ?
                """, arguments: [day, limit]).map { row in
                ClassSessionSummary(session: try ClassSession(row: row), courseName: row["course_name"],
                                    invited: row["invited"], attended: row["attended"])
            }
        }
    }

    public func classRoster(sessionId: ID) throws -> [ClassRosterLine] {
        try engine.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT a.parent_id, p.name, a.invited_on, a.attended
                FROM class_attendance a JOIN parents p ON p.id = a.parent_id
                WHERE a.session_id = ? ORDER BY lower(p.name), p.id
                """, arguments: [sessionId]).map { row in
                ClassRosterLine(parentId: row["parent_id"], name: row["name"], invitedOn: row["invited_on"],
                                attended: row["attended"])
            }
        }
    }

    /// Open parents the policy says to invite to Dependency 101 (an open invitation follow-up),
    /// the longest due first.
    public func parentsToInvite(limit: Int) throws -> [NamedRef] {
        try engine.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT p.id, p.name FROM follow_ups f INDEXED BY follow_ups_open CROSS JOIN parents p ON p.id = f.parent_id
                WHERE f.done_on IS NULL AND f.kind = ? AND p.status = 'open'
                GROUP BY p.id, p.name ORDER BY min(f.due_date), p.id LIMIT ?
                """, arguments: [FollowUpKind.classInvitation, limit]).map { NamedRef(id: $0["id"], name: $0["name"]) }
        }
    }
}
