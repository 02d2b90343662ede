import GRDB

/// A parent on a new case: someone new to the program, or a parent already on file.
public enum NewCaseParent: Sendable {
    case new(Parent, role: ParentRole)
    case existing(ID, role: ParentRole)

    var role: ParentRole {
        switch self { case .new(_, let role), .existing(_, let role): return role }
    }
}

extension SQLiteStore {
    /// Opens a case with its parents in one transaction: the case and new parents all land, or
    /// none do. Returns the case's id.
    @discardableResult
    public func createCase(_ dependencyCase: DependencyCase, parents: [NewCaseParent]) throws -> ID {
        var record = dependencyCase
        record.id = nil
        record.caseNumber = try Validate.required(dependencyCase.caseNumber, field: "Case number",
                                                  reason: "cannot be empty")
        record.county = Validate.optional(dependencyCase.county)
        guard !parents.isEmpty else { throw StoreError.invalid(field: "Parents", reason: "A case needs at least one parent") }
        let newParents = try parents.map { entry -> Parent? in
            if case .new(let parent, _) = entry { return try Self.cleaned(parent) }
            return nil
        }
        return try writeNoting(action: "case created", entity: "case") { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE case_number = ?)",
                                 arguments: [record.caseNumber]) == true {
                throw StoreError.invalid(field: "Case number", reason: "Case \(record.caseNumber) already exists")
            }
            try record.insert(db)
            var ids: [ID] = []
            for (entry, newParent) in zip(parents, newParents) {
                let parentId: ID
                if var parent = newParent {
                    parent.id = nil; parent.allyId = nil; parent.allySince = nil
                    try parent.insert(db)
                    parentId = parent.id!
                } else if case .existing(let id, _) = entry {
                    guard try Parent.exists(db, key: id) else { throw StoreError.notFound("That parent") }
                    parentId = id
                } else { continue }
                guard !ids.contains(parentId) else {
                    throw StoreError.invalid(field: "Parents", reason: "The same parent is listed twice")
                }
                ids.append(parentId)
                try CaseParent(caseId: record.id!, parentId: parentId, role: entry.role,
                               joinedOn: record.petitionDate).insert(db)
            }
            return AuditNote(entityId: record.id, detail: "parents " + ids.map(String.init).joined(separator: ", "))
        }.entityId!
    }
}
