
/// What an import's plan rests on: the hearing types, the program's aliases, and, for each case
/// the calendar names, the case on file with its parents and hearings. Read once to plan, before
/// the write lock; read again inside the transaction, where an equal basis means the plan still
/// holds (another terminal's edit, outcome or new case in between makes it unequal).
struct ImportBasis: Equatable, Sendable {
    var types: [HearingType]
    var aliases: [String: String]
    /// By `caseKey` of the calendar's case numbers; a case not on file has no entry.
    var cases: [String: CaseOnFile]

    struct CaseOnFile: Equatable, Sendable {
        var id: ID
        /// The case's parents, by id: (id, name).
        var parents: [ParentOnFile]
        /// The case's hearings, by date then id, whole (their versions too).
        var hearings: [Hearing]
    }

    struct ParentOnFile: Equatable, Sendable {
        var id: ID
        var name: String
    }

    /// Case numbers match without regard to case (SQLite's NOCASE: ASCII letters only), as the
    /// import always has: "26-7-01234-5 sea" is "26-7-01234-5 SEA".
    static func caseKey(_ number: String) -> String {
        String(String.UnicodeScalarView(number.unicodeScalars.map { scalar in
            ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }))
    }

    static func read(caseNumbers: [String], _ db: any SQLSession) throws -> ImportBasis {
        let wanted = Set(caseNumbers.map(caseKey))
        // One pass over the case numbers (the column's index is not NOCASE), the first by id.
        var ids: [String: ID] = [:]
        for row in try SQLRow.fetchAll(db, sql: "SELECT id, case_number FROM cases ORDER BY id") {
            let key = caseKey(row["case_number"])
            if wanted.contains(key), ids[key] == nil { ids[key] = row["id"] }
        }
        let parents = """
            SELECT p.id, p.name FROM case_parents cp JOIN parents p ON p.id = cp.parent_id
            WHERE cp.case_id = ? ORDER BY p.id
            """
        let hearings = "SELECT * FROM hearings WHERE case_id = ? ORDER BY date, id"
        var cases: [String: CaseOnFile] = [:]
        for (key, id) in ids {
            cases[key] = CaseOnFile(
                id: id,
                parents: try SQLRow.fetchAll(db, sql: parents, arguments: [id]).map { ParentOnFile(id: $0["id"], name: $0["name"]) },
                hearings: try Hearing.fetchAll(db, sql: hearings, arguments: [id]))
        }
        return ImportBasis(types: try HearingType.fetchAll(db, sql: "SELECT * FROM hearing_types ORDER BY id"),
                           aliases: try SQLiteStore.loadAliases(db), cases: cases)
    }
}
