
/// What happens to a family: a case's dates and outcome, its children and each child's dated
/// moves. Every write checks the version its form read, is audited, and is refused to an ally
/// unless one of the case's parents is theirs. A date or outcome already set is changed only
/// with a reason, kept in the audit entry.
extension ProgramStore {
    /// Corrects a case's petition date, removal date and county, as the form read it
    /// (`dependencyCase.version`). Its number and outcome are not changed here.
    public func updateCase(_ dependencyCase: DependencyCase, reason: String?) throws {
        guard let id = dependencyCase.id else { throw StoreError.notFound("notFound.case") }
        let reason = Validate.optional(reason)
        _ = try writeNoting(action: CaseAudit.caseUpdated, entity: "case") { db in
            try authorize(.editCase(caseId: id), db)
            try check(ReadVersion(.dependencyCase, id: id, version: dependencyCase.version), db)
            guard let old = try DependencyCase.fetchOne(db, key: id) else { throw StoreError.notFound("notFound.case") }
            var record = old
            record.county = Validate.optional(dependencyCase.county)
            record.petitionDate = dependencyCase.petitionDate
            record.removalDate = dependencyCase.removalDate
            let laterChange = (old.petitionDate != nil && old.petitionDate != record.petitionDate)
                || (old.removalDate != nil && old.removalDate != record.removalDate)
            if laterChange && reason == nil { throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyDateChanged") }
            let fields = try record.databaseChanges(from: old).keys.sorted()
            try record.update(db)
            try stamp(.dependencyCase, id: id, .edited, db)
            return AuditNote(entityId: id, detail: CaseAudit.fields(fields, reason: laterChange ? reason : nil))
        }
    }

    /// Records the case's outcome on its day, or clears it (`outcome` nil). Refused when it
    /// contradicts the children's last moves, unless `despiteMoves`; a change to an outcome
    /// already set needs a reason.
    public func setCaseOutcome(caseId: ID, outcome: CaseOutcome?, on day: Day?, reason: String?,
                               despiteMoves: Bool, expecting version: Int?) throws {
        let reason = Validate.optional(reason)
        if outcome != nil && day == nil { throw StoreError.invalid(field: .outcomeDate, reason: "invalid.outcomeNeedsDay") }
        let day = outcome == nil ? nil : day
        let action = outcome == nil ? CaseAudit.outcomeCleared : CaseAudit.outcomeRecorded
        _ = try writeNoting(action: action, entity: "case") { db in
            try authorize(.editCase(caseId: caseId), db)
            try check(version.map { ReadVersion(.dependencyCase, id: caseId, version: $0) }, db)
            guard var record = try DependencyCase.fetchOne(db, key: caseId) else { throw StoreError.notFound("notFound.case") }
            if let outcome, let day {
                if let removal = record.removalDate, day < removal {
                    throw StoreError.invalid(field: .outcomeDate, reason: "invalid.outcomeBeforeRemoval")
                }
                let evidence = try Self.outcomeEvidence(caseId: caseId, db)
                if evidence.contradicts(outcome) && !despiteMoves {
                    throw StoreError.invalid(field: .caseOutcome, reason: CaseAudit.contradiction(evidence))
                }
            }
            let laterChange = record.outcome != nil && (record.outcome != outcome || record.outcomeDate != day)
            if laterChange && reason == nil { throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyOutcomeChanged") }
            record.outcome = outcome
            record.outcomeDate = day
            try record.update(db)
            try stamp(.dependencyCase, id: caseId, outcome == nil ? .outcomeCleared : .outcomeRecorded, db)
            return AuditNote(entityId: caseId, detail: CaseAudit.outcome(outcome, on: day, reason: laterChange ? reason : nil,
                                                                         despiteMoves: despiteMoves))
        }
    }

    /// A child of the case: a first name or initials, and a birth year not after `today`'s.
    @discardableResult
    public func addChild(_ child: Child, today: Day) throws -> ID {
        var record = try Self.cleaned(child, today: today)
        record.id = nil
        record.version = 1
        var childId: ID = 0
        _ = try writeNoting(action: CaseAudit.childAdded, entity: "case") { db in
            try authorize(.editCase(caseId: child.caseId), db)
            guard try DependencyCase.exists(db, key: child.caseId) else { throw StoreError.notFound("notFound.case") }
            try record.insert(db)
            childId = record.id!
            return AuditNote(entityId: child.caseId, detail: CaseAudit.child(childId))
        }
        return childId
    }

    /// Corrects a child's name or birth year, as the form read it (`child.version`).
    public func updateChild(_ child: Child, today: Day) throws {
        guard let id = child.id else { throw StoreError.notFound("notFound.child") }
        let cleaned = try Self.cleaned(child, today: today)
        _ = try writeNoting(action: CaseAudit.childUpdated, entity: "case") { db in
            guard let old = try Child.fetchOne(db, key: id) else { throw StoreError.notFound("notFound.child") }
            try authorize(.editCase(caseId: old.caseId), db)
            try check(ReadVersion(.child, id: id, version: child.version), db)
            var record = old
            record.name = cleaned.name
            record.birthYear = cleaned.birthYear
            let fields = try record.databaseChanges(from: old).keys.sorted()
            try record.update(db)
            try stamp(.child, id: id, .edited, db)
            return AuditNote(entityId: old.caseId, detail: CaseAudit.child(id) + "; " + CaseAudit.fields(fields, reason: nil))
        }
    }

    /// One more dated move in a child's placement history, as the form read the child.
    @discardableResult
    public func addChildMove(_ move: ChildMove, expecting childVersion: Int?) throws -> ID {
        var record = move
        record.id = nil
        var moveId: ID = 0
        _ = try writeNoting(action: CaseAudit.moveAdded, entity: "case") { db in
            guard let child = try Child.fetchOne(db, key: move.childId) else { throw StoreError.notFound("notFound.child") }
            try authorize(.editCase(caseId: child.caseId), db)
            try check(childVersion.map { ReadVersion(.child, id: child.id!, version: $0) }, db)
            let same = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM child_moves WHERE child_id = ? AND date = ? AND move = ?)",
                                         arguments: [move.childId, move.date, move.move.rawValue]) == true
            if same { throw StoreError.invalid(field: .childMove, reason: "invalid.moveAlreadyRecorded") }
            try record.insert(db)
            moveId = record.id!
            try stamp(.child, id: child.id!, .moveRecorded, db)
            return AuditNote(entityId: child.caseId, detail: CaseAudit.move(record))
        }
        return moveId
    }

    /// Takes a move recorded in error out of a child's history, as the form read the child
    /// (`childVersion`) and the move; the reason is kept in the audit entry. Refused while the
    /// case's recorded outcome rests on the move: the outcome is changed first, so the two never
    /// disagree unseen.
    public func removeChildMove(_ move: ChildMove, reason: String?, expecting childVersion: Int?) throws {
        guard let id = move.id else { throw StoreError.notFound("notFound.childMove") }
        guard let reason = Validate.optional(reason) else { throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyMoveRemoved") }
        _ = try writeNoting(action: CaseAudit.moveRemoved, entity: "case") { db in
            guard let child = try Child.fetchOne(db, key: move.childId) else { throw StoreError.notFound("notFound.child") }
            try authorize(.editCase(caseId: child.caseId), db)
            try check(childVersion.map { ReadVersion(.child, id: child.id!, version: $0) }, db)
            guard let stored = try ChildMove.fetchOne(db, key: id), stored.childId == child.id else {
                throw StoreError.notFound("notFound.childMove")
            }
            if let record = try DependencyCase.fetchOne(db, key: child.caseId), let outcome = record.outcome,
               OutcomeEvidence.outcome(outcome, restsOn: id, among: try Self.childMoves(caseId: child.caseId, db)) {
                throw StoreError.invalid(field: .childMove, reason: CaseAudit.outcomeRestsOnMove(outcome, on: record.outcomeDate))
            }
            try ChildMove.deleteOne(db, key: id)
            try stamp(.child, id: child.id!, .moveRemoved, db)
            return AuditNote(entityId: child.caseId, detail: CaseAudit.move(stored) + CaseAudit.reasonMark + reason)
        }
    }

    /// Every move of the case's children, each child's in order.
    static func childMoves(caseId: ID, _ db: any SQLSession) throws -> [ChildMove] {
        try ChildMove.fetchAll(db, sql: """
            SELECT m.* FROM child_moves m JOIN children c ON c.id = m.child_id
            WHERE c.case_id = ? ORDER BY m.child_id, m.date, m.id
            """, arguments: [caseId])
    }

    static func outcomeEvidence(caseId: ID, _ db: any SQLSession) throws -> OutcomeEvidence {
        OutcomeEvidence(moves: try childMoves(caseId: caseId, db))
    }

    static func cleaned(_ child: Child, today: Day) throws -> Child {
        var c = child
        c.name = try Validate.name(child.name, field: .childName)
        if let year = child.birthYear, !((today.year - 25)...today.year).contains(year) {
            throw StoreError.invalid(field: .birthYear, reason: Phrase("invalid.birthYear", ["from": .number(today.year - 25),
                                                                                             "to": .number(today.year)]))
        }
        return c
    }
}
