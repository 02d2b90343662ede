
/// A parent's circumstances: codes from the same list as allies' lived experience. Sensitive:
/// read and written only by those `Act.seeCircumstances` allows (supervisors, the parent's own
/// ally); kept in their own table, so no list, kiosk or export reading `parents` carries them,
/// and the audit log says only that they changed.
extension ProgramStore {
    public func circumstances(ofParent parentId: ID) throws -> [String] {
        try engine.read { db in
            try authorize(.seeCircumstances(parentId: parentId), db)
            return try Self.circumstances(ofParent: parentId, db)
        }
    }

    static func circumstances(ofParent parentId: ID, _ db: any SQLSession) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT pc.code FROM parent_circumstances pc JOIN experiences e ON e.code = pc.code
            WHERE pc.parent_id = ? ORDER BY e.position
            """, arguments: [parentId])
    }

    /// Replaces them inside the caller's write; true when they changed.
    func replaceCircumstances(parentId: ID, with codes: [String], _ db: any SQLSession) throws -> Bool {
        try authorize(.seeCircumstances(parentId: parentId), db)
        let codes = Validate.list(codes)
        let known = Set(try Self.experiences(db).map(\.code))
        if let unknown = codes.first(where: { !known.contains($0) }) {
            throw StoreError.invalid(field: .circumstances, reason: Phrase("invalid.noSuchExperience", ["code": .text(unknown)]))
        }
        let old = try Self.circumstances(ofParent: parentId, db)
        guard Set(old) != Set(codes) else { return false }
        try db.execute(sql: "DELETE FROM parent_circumstances WHERE parent_id = ?", arguments: [parentId])
        for code in codes {
            try db.execute(sql: "INSERT INTO parent_circumstances (parent_id, code) VALUES (?, ?)", arguments: [parentId, code])
        }
        return true
    }
}
