
/// The records a page of audit entries mentions, by id.
struct AuditReferences {
    var users: Set<ID> = []
    var parents: Set<ID> = []
    var allies: Set<ID> = []
    var cases: Set<ID> = []
    var hearings: Set<ID> = []
    var followUps: Set<ID> = []
    var classes: Set<ID> = []
}

/// The names a page of audit entries needs, read when the page is shown (entries keep ids, so a
/// record removed later leaves no name in the chain). One query per kind of record, whatever
/// the page's length.
struct AuditNames {
    struct HearingName { var code: String; var type: String; var date: String; var caseId: ID }
    struct FollowUpName { var kind: String; var parentId: ID }
    struct ClassName { var code: String; var course: String; var date: String }

    var users: [ID: String] = [:]
    var parents: [ID: String] = [:]
    var allies: [ID: String] = [:]
    var cases: [ID: String] = [:]
    var hearings: [ID: HearingName] = [:]
    var followUps: [ID: FollowUpName] = [:]
    var classes: [ID: ClassName] = [:]

    static func fetch(_ wanted: AuditReferences, _ db: any SQLSession) throws -> AuditNames {
        var wanted = wanted
        var names = AuditNames()
        // Hearings and follow-ups are named by their case and parent: read them first.
        names.hearings = try rows(wanted.hearings, db, sql: """
            SELECT h.id, t.code, t.name AS type, h.date, h.case_id FROM hearings h JOIN hearing_types t ON t.id = h.type_id
            WHERE h.id IN
            """) { HearingName(code: $0["code"], type: clean($0, "type"), date: clean($0, "date"), caseId: $0["case_id"]) }
        names.followUps = try rows(wanted.followUps, db, sql: "SELECT id, kind, parent_id FROM follow_ups WHERE id IN") {
            FollowUpName(kind: clean($0, "kind"), parentId: $0["parent_id"])
        }
        wanted.cases.formUnion(names.hearings.values.map(\.caseId))
        wanted.parents.formUnion(names.followUps.values.map(\.parentId))
        names.users = try users(wanted.users, db)
        names.parents = try rows(wanted.parents, db, sql: "SELECT id, name FROM parents WHERE id IN") { clean($0, "name") }
        names.allies = try rows(wanted.allies, db, sql: "SELECT id, name FROM allies WHERE id IN") { clean($0, "name") }
        names.cases = try rows(wanted.cases, db, sql: "SELECT id, case_number FROM cases WHERE id IN") { clean($0, "case_number") }
        names.classes = try rows(wanted.classes, db, sql: """
            SELECT s.id, s.course AS code, COALESCE(c.name, s.course) AS course, s.date
            FROM class_sessions s LEFT JOIN courses c ON c.code = s.course WHERE s.id IN
            """) {
            ClassName(code: clean($0, "code"), course: clean($0, "course"), date: clean($0, "date"))
        }
        return names
    }

    static func users(_ ids: Set<ID>, _ db: any SQLSession) throws -> [ID: String] {
        try rows(ids, db, sql: "SELECT id, name FROM users WHERE id IN") { clean($0, "name") }
    }

    /// Text as stored, without control characters: names go straight to a terminal.
    private static func clean(_ row: SQLRow, _ column: String) -> String { (row[column] as String).withoutControlCharacters }

    /// `sql` ends in "IN"; the ids go in chunks, within SQLite's limit on arguments.
    private static func rows<T>(_ ids: Set<ID>, _ db: any SQLSession, sql: String, _ make: (SQLRow) -> T) throws -> [ID: T] {
        var found: [ID: T] = [:]
        let all = Array(ids)
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = Array(all[start..<min(start + 500, all.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            for row in try SQLRow.fetchAll(db, sql: "\(sql) (\(marks))", arguments: SQLArguments(chunk)) {
                found[row[0]] = make(row)
            }
        }
        return found
    }
}
