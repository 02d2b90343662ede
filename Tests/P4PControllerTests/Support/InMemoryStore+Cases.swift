import Foundation
@testable import P4PStore

/// Cases, children and moves in memory, for the detail's case forms. Like the day's writes,
/// these check the version the form read and refuse at the same fields as the SQLite store
/// (a reason for a change to what was set, an outcome against the children's moves); the
/// rules themselves are tested on SQLite (CaseOutcomeTests).
struct Families {
    var cases: [DependencyCase] = []
    var links: [CaseParent] = []
    var children: [Child] = []
    var moves: [ChildMove] = []

    func summaries(parentId: ID) -> [ParentDetail.CaseSummary] {
        links.filter { $0.parentId == parentId }.compactMap { link in
            guard let record = cases.first(where: { $0.id == link.caseId }) else { return nil }
            let kids = children.filter { $0.caseId == link.caseId }
            let ids = Set(kids.compactMap(\.id))
            return .init(dependencyCase: record, role: link.role, children: kids, otherParents: [],
                         moves: moves.filter { ids.contains($0.childId) }.sorted { ($0.childId, $0.date) < ($1.childId, $1.date) })
        }
    }
}

extension InMemoryStore {
    /// Puts a case on file with its parents (test setup, not a write).
    func putCase(_ record: DependencyCase, parents: [ID: ParentRole], children: [Child] = [], moves: [ChildMove] = []) {
        withRecords { r in
            r.families.cases.append(record)
            for (id, role) in parents { r.families.links.append(CaseParent(caseId: record.id!, parentId: id, role: role)) }
            r.families.children += children
            r.families.moves += moves
        }
    }

    func dependencyCase(_ id: ID) -> DependencyCase? { withRecords { $0.families.cases.first { $0.id == id } } }
    func children(ofCase id: ID) -> [Child] { withRecords { $0.families.children.filter { $0.caseId == id } } }
    func moves(ofChild id: ID) -> [ChildMove] { withRecords { $0.families.moves.filter { $0.childId == id } } }

    func updateCase(_ dependencyCase: DependencyCase, reason: String?) throws {
        try withRecords { r in
            let index = try caseIndex(dependencyCase.id, version: dependencyCase.version, r)
            let old = r.families.cases[index]
            let reason = reason?.trimmingCharacters(in: .whitespaces).isEmpty == false ? reason : nil
            if ((old.petitionDate != nil && old.petitionDate != dependencyCase.petitionDate)
                || (old.removalDate != nil && old.removalDate != dependencyCase.removalDate)) && reason == nil {
                throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyDateChanged")
            }
            r.families.cases[index].petitionDate = dependencyCase.petitionDate
            r.families.cases[index].removalDate = dependencyCase.removalDate
            r.families.cases[index].county = dependencyCase.county
            r.families.cases[index].version += 1
            commit("case updated", id: old.id, r)
        }
    }

    func setCaseOutcome(caseId: ID, outcome: CaseOutcome?, on day: Day?, reason: String?,
                        despiteMoves: Bool, expecting version: Int?) throws {
        try withRecords { r in
            let index = try caseIndex(caseId, version: version, r)
            if outcome != nil && day == nil { throw StoreError.invalid(field: .outcomeDate, reason: "invalid.outcomeNeedsDay") }
            let ids = Set(r.families.children.filter { $0.caseId == caseId }.compactMap(\.id))
            let evidence = OutcomeEvidence(moves: r.families.moves.filter { ids.contains($0.childId) })
            if let outcome, evidence.contradicts(outcome), !despiteMoves {
                throw StoreError.invalid(field: .caseOutcome, reason: CaseAudit.contradiction(evidence))
            }
            let old = r.families.cases[index]
            if old.outcome != nil && (old.outcome != outcome || old.outcomeDate != day) && (reason ?? "").isEmpty {
                throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyOutcomeChanged")
            }
            r.families.cases[index].outcome = outcome
            r.families.cases[index].outcomeDate = outcome == nil ? nil : day
            r.families.cases[index].version += 1
            commit(outcome == nil ? "case outcome cleared" : "case outcome recorded", id: caseId, r)
        }
    }

    func addChild(_ child: Child, today: Day) throws -> ID {
        try withRecords { r in
            guard !child.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoreError.invalid(field: .childName, reason: "invalid.empty")
            }
            var record = child
            record.id = (r.families.children.compactMap(\.id).max() ?? 0) + 1
            r.families.children.append(record)
            commit("child added", id: child.caseId, r)
            return record.id!
        }
    }

    func updateChild(_ child: Child, today: Day) throws {
        try withRecords { r in
            let index = try childIndex(child.id!, version: child.version, r)
            guard !child.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoreError.invalid(field: .childName, reason: "invalid.empty")
            }
            r.families.children[index].name = child.name
            r.families.children[index].birthYear = child.birthYear
            r.families.children[index].version += 1
            commit("child updated", id: child.caseId, r)
        }
    }

    func addChildMove(_ move: ChildMove, expecting childVersion: Int?) throws -> ID {
        try withRecords { r in
            let index = try childIndex(move.childId, version: childVersion, r)
            if r.families.moves.contains(where: { $0.childId == move.childId && $0.date == move.date && $0.move == move.move }) {
                throw StoreError.invalid(field: .childMove, reason: "invalid.moveAlreadyRecorded")
            }
            var record = move
            record.id = (r.families.moves.compactMap(\.id).max() ?? 0) + 1
            r.families.moves.append(record)
            r.families.children[index].version += 1
            commit("child move recorded", id: r.families.children[index].caseId, r)
            return record.id!
        }
    }

    func removeChildMove(_ move: ChildMove, reason: String?, expecting childVersion: Int?) throws {
        try withRecords { r in
            guard reason?.trimmingCharacters(in: .whitespaces).isEmpty == false else {
                throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyMoveRemoved")
            }
            let index = try childIndex(move.childId, version: childVersion, r)
            guard let id = move.id, r.families.moves.contains(where: { $0.id == id && $0.childId == move.childId }) else {
                throw StoreError.notFound("notFound.childMove")
            }
            let caseId = r.families.children[index].caseId
            let ids = Set(r.families.children.filter { $0.caseId == caseId }.compactMap(\.id))
            if let record = r.families.cases.first(where: { $0.id == caseId }), let outcome = record.outcome,
               OutcomeEvidence.outcome(outcome, restsOn: id, among: r.families.moves.filter { ids.contains($0.childId) }) {
                throw StoreError.invalid(field: .childMove, reason: CaseAudit.outcomeRestsOnMove(outcome, on: record.outcomeDate))
            }
            r.families.moves.removeAll { $0.id == id }
            r.families.children[index].version += 1
            commit("child move removed", id: caseId, r)
        }
    }

    private func caseIndex(_ id: ID?, version: Int?, _ r: Records) throws -> Int {
        guard let index = r.families.cases.firstIndex(where: { $0.id == id }) else { throw StoreError.notFound("notFound.case") }
        if let version, r.families.cases[index].version != version {
            throw StoreError.stale(StaleRecord(record: .dependencyCase, id: id!, change: nil, changedBy: nil, changedAt: nil,
                                               now: nil, currentVersion: r.families.cases[index].version))
        }
        return index
    }

    private func childIndex(_ id: ID, version: Int?, _ r: Records) throws -> Int {
        guard let index = r.families.children.firstIndex(where: { $0.id == id }) else { throw StoreError.notFound("notFound.child") }
        if let version, r.families.children[index].version != version {
            throw StoreError.stale(StaleRecord(record: .child, id: id, change: nil, changedBy: nil, changedAt: nil,
                                               now: nil, currentVersion: r.families.children[index].version))
        }
        return index
    }

    private func commit(_ action: String, id: ID?, _ r: Records) {
        audit(action, id: id, r)
        r.commits.append(ObjectIdentifier(self))
    }
}
