
extension ProgramStore {
    public func unassignedParents(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<UnassignedParent> {
        var arguments: SQLArguments = ["day": day]
        var filterSQL = ""
        if let pattern = SearchPattern(matching) {
            filterSQL = "AND " + SearchPattern.containsAny(UnassignedParent.searched)
            arguments += ["p": pattern.like]
        }
        // The partial index parents_unassigned holds exactly these rows: named, so that no
        // statistics make another index look cheaper.
        let base = "FROM parents p INDEXED BY parents_unassigned WHERE p.ally_id IS NULL AND p.status = 'open' \(filterSQL)"
        return try engine.read { db in
            var pageArguments = arguments
            pageArguments += ["limit": page.limit, "offset": page.offset]
            // MATERIALIZED: each waiting parent's next hearing is found first, then read by its
            // id (a server joins through its key only on a column, not on the sub-select's result).
            let rows = try SQLRow.fetchAll(db, sql: """
                WITH waiting AS MATERIALIZED (
                    SELECT p.*, (
                        SELECT h.id FROM case_parents cp
                        JOIN hearings h ON h.case_id = cp.case_id
                        WHERE cp.parent_id = p.id AND h.date >= :day AND h.status = 'scheduled'
                        ORDER BY h.date, h.time LIMIT 1
                    ) AS next_hearing_id
                    \(base)
                )
                SELECT w.id, w.name, w.language, w.interpreter_needed, w.county, w.waiting_since, w.version,
                       h.date AS next_date, h.time AS next_time, t.short_name AS next_type, t.code AS next_type_code
                FROM waiting w
                LEFT JOIN hearings h ON h.id = w.next_hearing_id
                LEFT JOIN hearing_types t ON t.id = h.type_id
                ORDER BY h.date IS NULL, h.date, h.time IS NULL, h.time, w.waiting_since, w.id
                LIMIT :limit OFFSET :offset
                """, arguments: pageArguments)
            let total = try page.total(given: rows.count) {
                try Int.fetchOne(db, sql: "SELECT count(*) \(base)", arguments: arguments) ?? 0
            }
            let parents = rows.map { row in
                UnassignedParent(
                    parentId: row["id"], name: row["name"], language: row["language"],
                    interpreterNeeded: row["interpreter_needed"], county: row["county"],
                    waitingSince: row["waiting_since"], nextHearingDate: row["next_date"],
                    nextHearingTime: row["next_time"], nextHearingType: row["next_type"],
                    nextHearingTypeCode: row["next_type_code"], version: row["version"])
            }
            return ListPage(total: total, offset: page.offset, rows: parents)
        }
    }
}

extension UnassignedParent {
    /// What a filter on Unassigned looks in: the parent's name, language and county.
    public static let searched = [
        SearchedField<UnassignedParent>(column: "p.name", value: \.name),
        SearchedField(column: "p.language", value: \.language),
        SearchedField(column: "p.county", value: \.county),
    ]
}
