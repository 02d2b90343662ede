import Foundation

/// Importing a court calendar export without holding the file for long: the plan is made from a
/// read (`planDocketImport`), and the write transaction (`applyDocketImport`) only checks that
/// what the plan rests on still holds, writes it, re-plans follow-ups and adds one audit entry.
/// Every other terminal's save waits while it runs, so nothing else happens inside it.
///
/// A dry run is the plan's summary: exactly what an import would do, without the write lock. An
/// import that changes nothing writes nothing, not even an audit entry, so importing the same
/// file twice changes nothing.
extension ProgramStore {
    public func importDocket(_ file: DocketFile, today: Day, dryRun: Bool) throws -> ImportSummary {
        let plan = try planDocketImport(file, today: today)
        guard !dryRun else {
            var summary = plan.summary
            summary.dryRun = true
            return summary
        }
        return try applyDocketImport(plan).summary
    }

    /// Reads what the calendar's cases are on file and works out what to write; writes nothing.
    public func planDocketImport(_ file: DocketFile, today: Day) throws -> DocketImportPlan {
        try engine.read { db in
            try authorize(.enterRecords, db)
            let basis = try ImportBasis.read(caseNumbers: file.rows.map(\.caseNumber), db)
            return try DocketImportPlan(file: file, today: today, basis: basis)
        }
    }

    /// Writes a plan in one transaction. When the basis moved on since it was planned (another
    /// terminal saved on one of its cases), it is planned again inside the transaction, from
    /// what is there now, so the import is always as if made at one moment.
    public func applyDocketImport(_ plan: DocketImportPlan) throws -> AppliedImport {
        var applied = AppliedImport(summary: plan.summary)
        guard plan.summary.changesAnything else { return applied }
        var locked: ContinuousClock.Instant?
        do {
            _ = try writeNoting(action: "docket imported", entity: "docket") { db in
                let start = ContinuousClock.now
                locked = start
                try authorize(.enterRecords, db)
                var plan = plan
                let basis = try ImportBasis.read(caseNumbers: plan.file.rows.map(\.caseNumber), db)
                if basis != plan.basis {
                    plan = try DocketImportPlan(file: plan.file, today: plan.today, basis: basis)
                    applied.plannedAgain = true
                }
                applied.summary = plan.summary
                guard plan.summary.changesAnything else { throw NothingToWrite() }
                let checked = ContinuousClock.now
                applied.checking = checked - start
                let changedCases = try write(plan, db)
                let written = ContinuousClock.now
                applied.writing = written - checked
                try Self.replanFollowUps(caseIds: changedCases, today: plan.today, db)
                applied.replanning = ContinuousClock.now - written
                return AuditNote(entityId: nil, detail: plan.summary.auditDetail)
            }
        } catch is NothingToWrite {
            // Another terminal made the same changes meanwhile: nothing left to write.
        }
        if let locked { applied.writeLock = ContinuousClock.now - locked }
        return applied
    }

    /// The plan's cases, parents and hearings; the ids of the cases it changed. Hearings updated
    /// or moved are stamped, so a form still open on one elsewhere is refused, not saved over it.
    /// Plain statements rather than records: thousands of rows are written while every other
    /// terminal waits, and a record's encoding costs more than the database's own work.
    private func write(_ plan: DocketImportPlan, _ db: any SQLSession) throws -> [ID] {
        let insertCase = "INSERT INTO cases (case_number) VALUES (?) RETURNING id"
        let insertParent = """
            INSERT INTO parents (name, language, interpreter_needed, status, waiting_since) VALUES (?, ?, ?, 'open', ?)
            RETURNING id
            """
        let joinCase = "INSERT INTO case_parents (case_id, parent_id, role, joined_on) VALUES (?, ?, ?, ?)"
        let updateHearing = "UPDATE hearings SET date = ?, time = ?, courtroom = ?, judicial_officer = ? WHERE id = ?"
        let insertHearing = """
            INSERT INTO hearings (case_id, type_id, date, time, courtroom, judicial_officer) VALUES (?, ?, ?, ?, ?, ?)
            """
        var changed: [ID] = []
        for planned in plan.cases where planned.changesAnything {
            let caseId: ID
            if let id = planned.caseId {
                caseId = id
            } else {
                caseId = try ID.fetchOne(db, sql: insertCase, arguments: [planned.caseNumber])!
            }
            for party in planned.newParents {
                let parentId = try ID.fetchOne(db, sql: insertParent, arguments: [party.name, party.language ?? "English",
                                                                                  party.interpreterNeeded, plan.today])
                try db.execute(sql: joinCase, arguments: [caseId, parentId, party.role.rawValue, party.firstDate])
            }
            for hearing in planned.updatedHearings {
                try db.execute(sql: updateHearing, arguments: [hearing.date, hearing.time, hearing.courtroom, hearing.judicialOfficer, hearing.id])
                try stamp(.hearing, id: hearing.id!, .imported, db)
            }
            for hearing in planned.newHearings {
                try db.execute(sql: insertHearing, arguments: [caseId, hearing.typeId, hearing.date, hearing.time,
                                                               hearing.courtroom, hearing.judicialOfficer])
            }
            changed.append(caseId)
        }
        return changed
    }

    /// Follow-ups re-planned for every case the import changed, with the policy read once: most
    /// of the time inside the write lock (see `replan`).
    private static func replanFollowUps(caseIds: [ID], today: Day, _ db: any SQLSession) throws {
        try replan(db, caseIds: caseIds, today: today)
    }
}

/// What an import wrote, and how long it held the write lock (for `p4p bench --import-rows`).
public struct AppliedImport: Sendable {
    public var summary: ImportSummary
    /// From the transaction's start (the lock taken) to its commit; zero when nothing was written.
    public var writeLock: Duration = .zero
    /// Its parts: reading the basis again (and planning again if it moved on), writing the
    /// plan, re-planning follow-ups; the rest is the audit entry and the commit.
    public var checking: Duration = .zero
    public var writing: Duration = .zero
    public var replanning: Duration = .zero
    /// The basis moved on between planning and writing, so it was planned again in the lock.
    public var plannedAgain = false
}

/// Rolls the transaction back when a plan made again inside it has nothing left to write.
private struct NothingToWrite: Error {}
