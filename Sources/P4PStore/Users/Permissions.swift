
/// What a signed-in user may do, decided here, inside the store, so no screen or script can go
/// round it. An ally sees and works their own caseload, records court for anyone on today's
/// docket, teaches Dependency 101, and may take an unassigned parent when the program allows;
/// a supervisor does everything but manage users and settings; an admin does everything.
public enum Act: Sendable, Equatable {
    case openDetail(parentId: ID)
    case recordCourtOutcome(hearingId: ID)
    /// Who covers a coming hearing: planned by a supervisor.
    case planCoverage(hearingId: ID)
    /// From Unassigned: `allyId` takes the parent.
    case assignAlly(parentId: ID, allyId: ID)
    /// Reassign or unassign.
    case changeAlly(parentId: ID)
    case logContact(parentId: ID)
    case snooze(followUpId: ID)
    /// Cases, parents and hearings: add or correct.
    case enterRecords
    /// A case's dates and outcome, its children and their moves: an ally for a case of their
    /// own parent's.
    case editCase(caseId: ID)
    case teachClass
    case changeSettings
    case manageUsers
    /// Read the audit log.
    case readAudit
    /// Export a table or back up the database.
    case exportData
    /// Read the morning review and the program reports.
    case readReports
    /// Remove the personal data of files closed longer than the program keeps them.
    case purgeRecords
    /// Allies' program records: add, edit, deactivate.
    case manageAllies
    /// A parent's circumstances (sensitive): supervisors and the parent's own ally only.
    case seeCircumstances(parentId: ID)
}

extension ProgramStore {
    /// The setting that lets a Parent Ally take an unassigned parent for themself ("yes"/"no").
    public static let alliesMayTakeUnassigned = Permissions.alliesMayTakeUnassigned

    public func refusal(for act: Act, today: Day?) throws -> Phrase? {
        switch act.decision(for: user?.role) {
        case .allowed: return nil
        case .refused(let reason): return reason
        // Only then is a read needed: a key stays fast for everyone else.
        case .dependsOnRecords:
            return try engine.read { db in try Permissions(user: user).refusal(for: act, today: today, in: db) }
        }
    }

    /// Throws the refusal, if any: called first inside each write's transaction.
    func authorize(_ act: Act, today: Day? = nil, _ db: any SQLSession) throws {
        try Permissions(user: user).authorize(act, today: today, in: db)
    }
}

/// The signed-in user's permissions, decided the same on every engine, above `SQLSession`: the
/// role decides most acts alone (`Act.decision`); an ally's others depend on whose parent,
/// which day, and the program's setting, which the records say.
public struct Permissions: Sendable {
    public let user: User?

    public init(user: User?) { self.user = user }

    /// The setting that lets a Parent Ally take an unassigned parent for themself ("yes"/"no").
    public static let alliesMayTakeUnassigned = "allies.may-take-unassigned"

    /// Why the user may not, in words; nil when they may. `session` is read only when the
    /// records decide.
    public func refusal(for act: Act, today: Day?, in session: SQLSession) throws -> Phrase? {
        switch act.decision(for: user?.role) {
        case .allowed: return nil
        case .refused(let reason): return reason
        case .dependsOnRecords: return try allyRefusal(for: act, today: today, session)
        }
    }

    /// Throws the refusal, if any: called first inside each write's transaction.
    public func authorize(_ act: Act, today: Day? = nil, in session: SQLSession) throws {
        if let reason = try refusal(for: act, today: today, in: session) { throw StoreError.notAllowed(reason) }
    }

    /// An ally's acts that depend on whose parent, which day, and the program's setting.
    private func allyRefusal(for act: Act, today: Day?, _ session: SQLSession) throws -> Phrase? {
        func value(_ sql: String, _ values: [SQLValue]) throws -> SQLValue {
            try session.rows(sql, values).first?.values[0] ?? .null
        }
        switch act {
        case .openDetail(let parentId):
            return try isOwn(parentId, session) || isCovering(parentId, on: today, session) ? nil : "refusal.allyOwnParentsOnly"
        case .logContact(let parentId):
            return try isOwn(parentId, session) ? nil : "refusal.allyOwnContactsOnly"
        case .snooze(let followUpId):
            let parentId = try value("SELECT parent_id FROM follow_ups WHERE id = ?", [.integer(followUpId)]).integer
            return try parentId.map { try isOwn($0, session) } == true ? nil : "refusal.allyOwnSnoozesOnly"
        case .recordCourtOutcome(let hearingId):
            let date = try value("SELECT date FROM hearings WHERE id = ?", [.integer(hearingId)]).text
            return date != nil && date == today?.iso ? nil : "refusal.allyTodaysDocketOnly"
        case .assignAlly(let parentId, let allyId):
            let allowed = try session.setting(Self.alliesMayTakeUnassigned) == "yes"
            guard allowed else { return "refusal.onlySupervisorAssigns" }
            let waiting = try value("SELECT ally_id FROM parents WHERE id = ?", [.integer(parentId)]) == .null
            return allyId == user?.allyId && waiting ? nil : "refusal.allyTakesForThemself"
        case .seeCircumstances(let parentId):
            return try isOwn(parentId, session) ? nil : "refusal.allyOwnParentsOnly"
        case .editCase(let caseId):
            guard let allyId = user?.allyId else { return "refusal.allyOwnCasesOnly" }
            let own = try value("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
                                         WHERE cp.case_id = ? AND p.ally_id = ?) THEN 1 ELSE 0 END
                """, [.integer(caseId), .integer(allyId)]) == .integer(1)
            return own ? nil : "refusal.allyOwnCasesOnly"
        default:
            return nil
        }
    }

    /// Need-to-know follows the work: the ally planned to cover a hearing of the parent's case
    /// that day may open the parent's file that day, though the parent is not theirs.
    private func isCovering(_ parentId: ID, on day: Day?, _ session: SQLSession) throws -> Bool {
        guard let allyId = user?.allyId, let day else { return false }
        return try session.rows("""
            SELECT CASE WHEN EXISTS (SELECT 1 FROM hearings h JOIN case_parents cp ON cp.case_id = h.case_id
                                     WHERE cp.parent_id = ? AND h.ally_id = ? AND h.date = ?) THEN 1 ELSE 0 END
            """, [.integer(parentId), .integer(allyId), .text(day.iso)]).first?.values[0] == .integer(1)
    }

    private func isOwn(_ parentId: ID, _ session: SQLSession) throws -> Bool {
        guard let allyId = user?.allyId else { return false }
        return try session.rows("SELECT ally_id FROM parents WHERE id = ?", [.integer(parentId)]).first?.values[0] == .integer(allyId)
    }
}

/// What the role alone decides about an act, whatever the records: one rule for the writes
/// (`authorize`), the questions before a form opens (`refusal`), and the screens that leave out
/// what a role may never do (the key bar and help).
public enum RoleDecision: Sendable, Equatable {
    case allowed
    case refused(Phrase)
    /// Whose parent, which day, or a setting decides: only the records can say.
    case dependsOnRecords
}

extension Act {
    /// The role's decision; nobody signed in (a database without users) may do everything.
    public func decision(for role: UserRole?) -> RoleDecision {
        guard let role else { return .allowed }
        switch (role, self) {
        case (.admin, _): return .allowed
        case (_, .manageUsers), (_, .changeSettings), (_, .purgeRecords): return .refused("refusal.onlyAdmin")
        case (.supervisor, _): return .allowed
        case (.ally, .teachClass): return .allowed
        case (.ally, .changeAlly): return .refused("refusal.onlySupervisorMoves")
        case (.ally, .planCoverage): return .refused("refusal.onlySupervisorPlansCoverage")
        case (.ally, .enterRecords): return .refused("refusal.onlySupervisorEdits")
        case (.ally, .readAudit): return .refused("refusal.onlySupervisorAudit")
        case (.ally, .exportData): return .refused("refusal.onlySupervisorExports")
        case (.ally, .readReports): return .refused("refusal.onlySupervisorReports")
        case (.ally, .manageAllies): return .refused("refusal.onlySupervisorAllies")
        case (.ally, .seeCircumstances): return .dependsOnRecords
        case (.ally, .openDetail), (.ally, .logContact), (.ally, .snooze), (.ally, .recordCourtOutcome), (.ally, .assignAlly),
             (.ally, .editCase):
            return .dependsOnRecords
        }
    }

    /// False when the role alone refuses it: a screen need not offer it.
    public func mayBeDone(by role: UserRole?) -> Bool {
        if case .refused = decision(for: role) { return false }
        return true
    }
}
