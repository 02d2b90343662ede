import GRDB

/// A parent found by name, with enough to tell two of the same name apart.
public struct ParentMatch: Hashable, Sendable {
    public var id: ID
    public var name: String
    public var status: ParentStatus
    /// Their most recent case's number.
    public var caseNumber: String?
}

extension SQLiteStore {
    /// Parents whose name starts with `prefix`, ignoring case: answered from the name index, so
    /// it stays as quick as a keystroke on a statewide file.
    public func findParents(nameStartingWith prefix: String, limit: Int) throws -> [ParentMatch] {
        let typed = prefix.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return [] }
        let escaped = typed.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.name, p.status,
                       (SELECT c.case_number FROM case_parents cp JOIN cases c ON c.id = cp.case_id
                        WHERE cp.parent_id = p.id ORDER BY c.petition_date DESC, c.id DESC LIMIT 1) AS case_number
                FROM parents p
                WHERE p.name LIKE ? ESCAPE '\\'
                ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?
                """, arguments: [escaped + "%", limit]).map { row in
                ParentMatch(id: row["id"], name: row["name"], status: ParentStatus(rawValue: row["status"]) ?? .open,
                            caseNumber: row["case_number"])
            }
        }
    }
}
