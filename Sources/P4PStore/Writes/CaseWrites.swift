
/// A parent on a new case: someone new to the program, or a parent already on file.
public enum NewCaseParent: Equatable, Sendable {
    case new(Parent, role: ParentRole)
    case existing(ID, role: ParentRole)

    var role: ParentRole {
        switch self { case .new(_, let role), .existing(_, let role): return role }
    }
}

extension ProgramStore {
    /// Opens a case with its parents, and its first hearing when one is given, in one
    /// transaction: everything lands, or nothing does. Returns the case's id.
    @discardableResult
    public func createCase(_ dependencyCase: DependencyCase, parents: [NewCaseParent],
                           firstHearing: Hearing? = nil, today: Day? = nil) throws -> ID {
        var record = dependencyCase
        record.id = nil
        record.caseNumber = try Validate.required(dependencyCase.caseNumber, field: .caseNumber)
        record.county = Validate.optional(dependencyCase.county)
        guard !parents.isEmpty else { throw StoreError.invalid(field: .parentName, reason: "invalid.caseNeedsAParent") }
        let newParents = try parents.map { entry -> Parent? in
            if case .new(let parent, _) = entry { return try Self.cleaned(parent) }
            return nil
        }
        return try writeNoting(action: "case created", entity: "case") { db in
            try authorize(.enterRecords, db)
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE case_number = ?)",
                                 arguments: [record.caseNumber]) == true {
                throw StoreError.invalid(field: .caseNumber, reason: Phrase("invalid.caseExists", ["case": .text(record.caseNumber)]))
            }
            try record.insert(db)
            var ids: [ID] = []
            for (entry, newParent) in zip(parents, newParents) {
                let parentId = try Self.insertOrFind(db, entry, cleaned: newParent)
                guard !ids.contains(parentId) else {
                    throw StoreError.invalid(field: .parentOnFile, reason: "invalid.sameParentTwice")
                }
                ids.append(parentId)
                try CaseParent(caseId: record.id!, parentId: parentId, role: entry.role,
                               joinedOn: record.petitionDate).insert(db)
            }
            if let firstHearing {
                var hearing = Self.cleaned(firstHearing)
                hearing.id = nil
                hearing.caseId = record.id!
                try Self.checkReferences(db, hearing)
                try hearing.insert(db)
                try Self.replan(db, caseId: record.id!, today: today ?? hearing.date)
            }
            return AuditNote(entityId: record.id, detail: "parents " + ids.map(String.init).joined(separator: ", "))
        }.entityId!
    }
}

extension ProgramStore {
    /// A parent who joins a case already open (a father found later): the parent, the link and
    /// a re-plan of the case's follow-ups, in one transaction. Returns the parent's id.
    @discardableResult
    public func addParent(_ entry: NewCaseParent, toCase caseId: ID, joinedOn day: Day, today: Day) throws -> ID {
        let newParent: Parent?
        if case .new(let parent, _) = entry { newParent = try Self.cleaned(parent) } else { newParent = nil }
        var parentId: ID = 0
        _ = try writeNoting(action: "parent joined case", entity: "case") { db in
            try authorize(.enterRecords, db)
            guard try DependencyCase.exists(db, key: caseId) else { throw StoreError.notFound("notFound.case") }
            parentId = try Self.insertOrFind(db, entry, cleaned: newParent)
            if try CaseParent.fetchOne(db, sql: "SELECT * FROM case_parents WHERE case_id = ? AND parent_id = ?",
                                       arguments: [caseId, parentId]) != nil {
                throw StoreError.invalid(field: .parentName, reason: "invalid.alreadyOnCase")
            }
            try CaseParent(caseId: caseId, parentId: parentId, role: entry.role, joinedOn: day).insert(db)
            try Self.replan(db, caseId: caseId, today: today)
            return AuditNote(entityId: caseId, detail: "parent \(parentId)")
        }
        return parentId
    }

    /// A new parent is inserted (with no ally: assigning is its own audited act); an existing
    /// one must be on file. Returns the parent's id.
    private static func insertOrFind(_ db: any SQLSession, _ entry: NewCaseParent, cleaned: Parent?) throws -> ID {
        if var parent = cleaned {
            parent.id = nil; parent.allyId = nil; parent.allySince = nil
            try parent.insert(db)
            return parent.id!
        }
        guard case .existing(let id, _) = entry, try Parent.exists(db, key: id) else {
            throw StoreError.notFound("notFound.parent")
        }
        return id
    }
}
