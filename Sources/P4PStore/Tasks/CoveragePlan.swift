
/// Who covers a coming hearing, planned ahead by a supervisor: the hearing's covering ally
/// (`hearings.ally_id`), which the docket shows and the court outcome form starts from. The
/// planned ally may open the parents' files on the hearing's day (`Act.openDetail`).
extension ProgramStore {
    /// Plans `allyId` (nil: nobody yet) for the hearing as the form read it (`readVersion`):
    /// refused for a hearing already past, an inactive ally, or a hearing changed meanwhile.
    public func planCoverage(hearingId: ID, allyId: ID?, today: Day, readVersion: Int?) throws {
        _ = try writeNoting(action: "coverage planned", entity: "hearing") { db in
            try authorize(.planCoverage(hearingId: hearingId), today: today, db)
            try check(readVersion.map { ReadVersion(.hearing, id: hearingId, version: $0) }, db)
            guard let hearing = try Hearing.fetchOne(db, key: hearingId) else { throw StoreError.notFound("notFound.hearing") }
            guard hearing.date >= today else {
                throw StoreError.invalid(field: .coveringAlly, reason: "invalid.coverageForComingHearings")
            }
            if let allyId, try Bool.fetchOne(db, sql: "SELECT active FROM allies WHERE id = ?", arguments: [allyId]) != true {
                throw StoreError.invalid(field: .coveringAlly, reason: "invalid.chooseActiveAlly")
            }
            try db.execute(sql: "UPDATE hearings SET ally_id = ? WHERE id = ?", arguments: [allyId, hearingId])
            try stamp(.hearing, id: hearingId, .coveragePlanned, db)
            // The shapes of "ally assigned" and "ally unassigned": ids only, never names.
            let was = hearing.allyId.map { "\($0)" } ?? "none"
            return AuditNote(entityId: hearingId, detail: allyId.map { "ally \($0) (was \(was))" } ?? "was \(was)")
        }
    }
}
