
/// Importing a court or state case-event export: each child's removals, placements and
/// returns as `child_moves` from the court, and dismissals as the case's outcome, so families
/// the program never served enter the comparison on the same source as those it did.
///
/// One transaction. Importing the same file again changes nothing and writes no audit entry: a
/// move already on file is left alone (one per child, day and move), a removal date or an
/// outcome already set is never overwritten. A dry run does the same work and rolls it back.
extension ProgramStore {
    public func importCourtEvents(_ file: CourtEventFile, dryRun: Bool) throws -> CourtEventSummary {
        var summary = CourtEventSummary(rows: file.rowCount, rejected: file.rejected)
        do {
            _ = try writeNoting(action: "court events imported", entity: "case") { db in
                try authorize(.enterRecords, db)
                summary = try apply(file, to: summary, db)
                if dryRun || !summary.changesAnything { throw RolledBack() }
                return AuditNote(entityId: nil, detail: summary.auditDetail)
            }
        } catch is RolledBack {
            // A dry run, or nothing new: nothing written, not even an audit entry.
        }
        summary.dryRun = dryRun
        return summary
    }

    /// Writes the file's events in day order (so the earliest removal is the one that fills an
    /// empty removal date), counting what changed.
    private func apply(_ file: CourtEventFile, to start: CourtEventSummary, _ db: any SQLSession) throws -> CourtEventSummary {
        var summary = start
        let wanted = Set(file.rows.map { ImportBasis.caseKey($0.caseNumber) })
        var caseIds: [String: ID] = [:]
        for row in try SQLRow.fetchAll(db, sql: "SELECT id, case_number FROM cases ORDER BY id") {
            let key = ImportBasis.caseKey(row["case_number"])
            if wanted.contains(key), caseIds[key] == nil { caseIds[key] = row["id"] }
        }
        var children: [ID: [(name: String, id: ID)]] = [:]
        var casesChanged = Set<ID>(), childrenChanged = Set<ID>()

        for event in file.rows.sorted(by: { ($0.date, $0.line) < ($1.date, $1.line) }) {
            let key = ImportBasis.caseKey(event.caseNumber)
            let caseId: ID
            if let known = caseIds[key] {
                caseId = known
            } else {
                caseId = try ID.fetchOne(db, sql: "INSERT INTO cases (case_number) VALUES (?) RETURNING id",
                                         arguments: [event.caseNumber])!
                caseIds[key] = caseId
                summary.casesAdded += 1
            }
            switch event.event {
            case .dismissal:
                if try db.execute(sql: "UPDATE cases SET outcome = 'dismissed', outcome_date = ? WHERE id = ? AND outcome IS NULL",
                                  arguments: [event.date, caseId]) > 0 {
                    summary.casesDismissed += 1
                    casesChanged.insert(caseId)
                } else {
                    summary.outcomesAlreadySet += 1
                }
            case .move(let move):
                guard let name = event.child else { continue }
                if children[caseId] == nil {
                    children[caseId] = try SQLRow.fetchAll(db, sql: "SELECT id, name FROM children WHERE case_id = ? ORDER BY id",
                                                        arguments: [caseId]).map { (SearchPattern.fold($0["name"]), $0["id"]) }
                }
                let folded = SearchPattern.fold(name)
                let childId: ID
                if let known = children[caseId]?.first(where: { $0.name == folded }) {
                    childId = known.id
                } else {
                    childId = try ID.fetchOne(db, sql: "INSERT INTO children (case_id, name) VALUES (?, ?) RETURNING id",
                                              arguments: [caseId, name])!
                    children[caseId, default: []].append((folded, childId))
                    summary.childrenAdded += 1
                }
                if try db.execute(sql: """
                    INSERT INTO child_moves (child_id, date, move, source) VALUES (?, ?, ?, 'court') ON CONFLICT DO NOTHING
                    """, arguments: [childId, event.date, move.rawValue]) > 0 {
                    summary.movesAdded += 1
                    childrenChanged.insert(childId)
                } else {
                    summary.movesAlreadyOnFile += 1
                }
                if move == .removed {
                    if try db.execute(sql: "UPDATE cases SET removal_date = ? WHERE id = ? AND removal_date IS NULL",
                                      arguments: [event.date, caseId]) > 0 {
                        summary.removalDatesFilled += 1
                        casesChanged.insert(caseId)
                    }
                }
            }
        }
        // A form still open on one of these elsewhere is refused rather than saved over them.
        for id in casesChanged.sorted() { try stamp(.dependencyCase, id: id, .imported, db) }
        for id in childrenChanged.sorted() { try stamp(.child, id: id, .imported, db) }
        return summary
    }
}

/// Rolls the transaction back: a dry run, or an import with nothing new.
private struct RolledBack: Error {}
