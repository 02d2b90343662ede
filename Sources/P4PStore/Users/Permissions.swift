import GRDB

/// What a signed-in user may do, decided here, inside the store, so no screen or script can go
/// round it. An ally sees and works their own caseload, records court for anyone on today's
/// docket, teaches Dependency 101, and may take an unassigned parent when the program allows;
/// a supervisor does everything but manage users and settings; an admin does everything.
public enum Act: Sendable, Equatable {
    case openDetail(parentId: ID)
    case recordCourtOutcome(hearingId: ID)
    /// From Unassigned: `allyId` takes the parent.
    case assignAlly(parentId: ID, allyId: ID)
    /// Reassign or unassign.
    case changeAlly(parentId: ID)
    case logContact(parentId: ID)
    case snooze(followUpId: ID)
    /// Cases, parents and hearings: add or correct.
    case enterRecords
    case teachClass
    case changeSettings
    case manageUsers
    /// Read the audit log.
    case readAudit
    /// Export a table or back up the database.
    case exportData
    /// Read the morning review and the program reports.
    case readReports
}

extension SQLiteStore {
    /// The setting that lets a Parent Ally take an unassigned parent for themself ("yes"/"no").
    public static let alliesMayTakeUnassigned = "allies.may-take-unassigned"

    public func refusal(for act: Act, today: Day?) throws -> String? {
        switch roleDecision(act) {
        case .allowed: return nil
        case .refused(let reason): return reason
        // Only then is a read needed: a key stays fast for everyone else.
        case .dependsOnRecords: return try read { db in try allyRefusal(for: act, today: today, db) }
        }
    }

    /// Throws the refusal, if any: called first inside each write's transaction.
    func authorize(_ act: Act, today: Day? = nil, _ db: Database) throws {
        switch roleDecision(act) {
        case .allowed: return
        case .refused(let reason): throw StoreError.notAllowed(reason)
        case .dependsOnRecords:
            if let reason = try allyRefusal(for: act, today: today, db) { throw StoreError.notAllowed(reason) }
        }
    }

    private enum Decision { case allowed, refused(String), dependsOnRecords }

    /// What the role alone decides.
    private func roleDecision(_ act: Act) -> Decision {
        guard let user else { return .allowed }
        switch (user.role, act) {
        case (.admin, _): return .allowed
        case (_, .manageUsers), (_, .changeSettings): return .refused("Only an admin manages users and settings")
        case (.supervisor, _): return .allowed
        case (.ally, .teachClass): return .allowed
        case (.ally, .changeAlly): return .refused("Only a supervisor moves a parent to another ally or back to Unassigned")
        case (.ally, .enterRecords): return .refused("Only a supervisor adds or edits cases, parents and hearings")
        case (.ally, .readAudit): return .refused("Only a supervisor reads the audit log")
        case (.ally, .exportData): return .refused("Only a supervisor exports or backs up the program's data")
        case (.ally, .readReports): return .refused("Only a supervisor reads the reports")
        case (.ally, .openDetail), (.ally, .logContact), (.ally, .snooze), (.ally, .recordCourtOutcome), (.ally, .assignAlly):
            return .dependsOnRecords
        }
    }

    /// An ally's acts that depend on whose parent, which day, and the program's setting.
    private func allyRefusal(for act: Act, today: Day?, _ db: Database) throws -> String? {
        switch act {
        case .openDetail(let parentId):
            return try isOwn(parentId, db) ? nil : "A Parent Ally opens only their own parents; ask a supervisor"
        case .logContact(let parentId):
            return try isOwn(parentId, db) ? nil : "A Parent Ally logs contacts for their own parents only"
        case .snooze(let followUpId):
            let parentId = try ID.fetchOne(db, sql: "SELECT parent_id FROM follow_ups WHERE id = ?", arguments: [followUpId])
            return try parentId.map { try isOwn($0, db) } == true ? nil : "A Parent Ally snoozes their own follow-ups only"
        case .recordCourtOutcome(let hearingId):
            let date = try Day.fetchOne(db, sql: "SELECT date FROM hearings WHERE id = ?", arguments: [hearingId])
            return date == today ? nil : "A Parent Ally records court for today's docket only"
        case .assignAlly(let parentId, let allyId):
            let allowed = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?",
                                              arguments: [Self.alliesMayTakeUnassigned]) == "yes"
            guard allowed else { return "Only a supervisor assigns; an admin can let allies take parents" }
            let waiting = try ID.fetchOne(db, sql: "SELECT ally_id FROM parents WHERE id = ?", arguments: [parentId]) == nil
            return allyId == user?.allyId && waiting ? nil : "A Parent Ally can take an unassigned parent for themself only"
        default:
            return nil
        }
    }

    private func isOwn(_ parentId: ID, _ db: Database) throws -> Bool {
        guard let allyId = user?.allyId else { return false }
        return try ID.fetchOne(db, sql: "SELECT ally_id FROM parents WHERE id = ?", arguments: [parentId]) == allyId
    }
}
