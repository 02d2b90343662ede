
/// Putting hearings on the docket and correcting them. Either changes every parent's schedule on
/// the case, so their follow-ups are re-planned in the same transaction.
extension ProgramStore {
    @discardableResult
    public func createHearing(_ hearing: Hearing, today: Day) throws -> ID {
        var record = Self.cleaned(hearing)
        record.id = nil
        return try writeNoting(action: "hearing created", entity: "hearing") { db in
            try authorize(.enterRecords, db)
            try Self.checkReferences(db, record)
            try record.insert(db)
            try Self.replan(db, caseId: record.caseId, today: today)
            return AuditNote(entityId: record.id, detail: "case \(record.caseId)")
        }.entityId!
    }

    /// Saves a correction made on the hearing as a form read it (`hearing.version`): refused when
    /// another terminal changed it since.
    public func updateHearing(_ hearing: Hearing, today: Day) throws {
        guard let id = hearing.id else { throw StoreError.notFound("notFound.hearing") }
        let record = Self.cleaned(hearing)
        _ = try writeNoting(action: "hearing updated", entity: "hearing") { db in
            try authorize(.enterRecords, db)
            try check(ReadVersion(.hearing, id: id, version: hearing.version), db)
            guard let old = try Hearing.fetchOne(db, key: id) else { throw StoreError.notFound("notFound.hearing") }
            guard old.caseId == record.caseId else {
                throw StoreError.invalid(field: .dependencyCase, reason: "invalid.hearingCannotMoveCase")
            }
            try Self.checkReferences(db, record)
            let detail = try Self.changedFields(record, from: old)
            try record.update(db)
            try stamp(.hearing, id: id, .edited, db)
            try Self.replan(db, caseId: record.caseId, today: today)
            return AuditNote(entityId: id, detail: detail)
        }
    }

    static func cleaned(_ hearing: Hearing) -> Hearing {
        var h = hearing
        h.courtroom = Validate.optional(hearing.courtroom)
        h.judicialOfficer = Validate.optional(hearing.judicialOfficer)
        return h
    }

    /// Nicer words than a foreign-key failure.
    static func checkReferences(_ db: any SQLSession, _ hearing: Hearing) throws {
        guard try DependencyCase.exists(db, key: hearing.caseId) else { throw StoreError.notFound("notFound.case") }
        guard try HearingType.exists(db, key: hearing.typeId) else {
            throw StoreError.invalid(field: .hearingType, reason: "invalid.chooseHearingType")
        }
        if let allyId = hearing.allyId, try Ally.fetchOne(db, key: allyId)?.active != true {
            throw StoreError.invalid(field: .coveringAlly, reason: "invalid.chooseActiveAlly")
        }
    }
}
