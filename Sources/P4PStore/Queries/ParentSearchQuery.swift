
/// A parent found by name, with enough to tell two of the same name apart.
public struct ParentMatch: Hashable, Sendable {
    public var id: ID
    public var name: String
    public var status: ParentStatus
    /// Their most recent case's number.
    public var caseNumber: String?
}

extension ProgramStore {
    /// Parents with a word of their name starting with each word typed, ignoring case and
    /// accents, as the dashboard's filters do ("nun" finds Itzel Núñez, "maria cas" finds María
    /// Elena Castillo Pérez): answered from the full-text index `parent_names`, so it stays as
    /// quick as a keystroke on a statewide file, and a known parent is not entered twice.
    public func findParents(nameStartingWith typed: String, limit: Int) throws -> [ParentMatch] {
        guard let query = Self.wordPrefixQuery(typed) else { return [] }
        let columns = """
            SELECT p.id, p.name, p.status,
                   (SELECT c.case_number FROM case_parents cp JOIN cases c ON c.id = cp.case_id
                    WHERE cp.parent_id = p.id ORDER BY c.petition_date DESC, c.id DESC LIMIT 1) AS case_number
            """
        return try engine.read { db in
            let rows: [SQLRow]
            switch db.dialect {
            case .sqlite:
                rows = try SQLRow.fetchAll(db, sql: """
                    \(columns)
                    FROM parent_names JOIN parents p ON p.id = parent_names.rowid
                    WHERE parent_names MATCH ?
                    ORDER BY p4p_fold(p.name), p.id LIMIT ?
                    """, arguments: [query, limit])
            case .postgres:
                // A word of the folded name starting with each folded word typed (letters and
                // digits only, so nothing typed is read as a pattern).
                let words = Self.typedWords(typed).map(SearchPattern.fold)
                let each = words.map { _ in "p4p_fold(p.name) ~ ('(^|[^[:alnum:]])' || ?)" }.joined(separator: " AND ")
                rows = try SQLRow.fetchAll(db, sql: """
                    \(columns)
                    FROM parents p WHERE \(each)
                    ORDER BY p4p_fold(p.name), p.id LIMIT ?
                    """, arguments: SQLArguments(words) + [limit])
            }
            return rows.map { row in
                ParentMatch(id: row["id"], name: row["name"], status: ParentStatus(rawValue: row["status"]) ?? .open,
                            caseNumber: row["case_number"])
            }
        }
    }

    /// `"maria"* "cas"*`: every typed word as a quoted prefix (so nothing typed is read as FTS
    /// syntax); nil when nothing searchable was typed.
    static func wordPrefixQuery(_ typed: String) -> String? {
        let words = typedWords(typed).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The words typed: runs of letters and digits.
    static func typedWords(_ typed: String) -> [String] {
        typed.withoutControlCharacters.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
