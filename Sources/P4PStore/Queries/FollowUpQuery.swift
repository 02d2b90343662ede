
extension ProgramStore {
    /// Follow-ups not done as of `day`, oldest due first (then as entered). A Parent Ally sees
    /// their own parents' follow-ups only: need to know.
    ///
    /// Read only as far as the page: each arm walks a partial index in the order shown, and the
    /// join order is fixed (CROSS JOIN), so the plan is the same with or without statistics.
    public func overdueFollowUps(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<OverdueFollowUp> {
        var arguments: SQLArguments = ["day": day]
        var conditions = ["p.status = 'open'"]
        if user?.role == .ally {
            conditions.append("p.ally_id = :ownAlly")
            arguments += ["ownAlly": user?.allyId]
        }
        if let pattern = SearchPattern(matching) {
            conditions.append(SearchPattern.containsAny(OverdueFollowUp.searched))
            arguments += ["p": pattern.like]
        }
        let shown = conditions.joined(separator: " AND ")
        // Not done as of `day`: still open (follow_ups_open) and not past its last useful day (a
        // reminder whose hearing is over), or done only after `day` (follow_ups_done; none when
        // `day` is today, a few days' completions for a day before).
        func due(_ columns: String) -> String {
            """
            SELECT \(columns)
            FROM follow_ups f CROSS JOIN parents p ON p.id = f.parent_id LEFT JOIN allies a ON a.id = f.ally_id
            WHERE f.done_on IS NULL AND f.due_date <= :day AND (f.expires_on IS NULL OR f.expires_on >= :day)
              AND \(shown)
            UNION ALL
            SELECT \(columns)
            FROM follow_ups f CROSS JOIN parents p ON p.id = f.parent_id LEFT JOIN allies a ON a.id = f.ally_id
            WHERE f.done_on IS NOT NULL AND f.done_on > :day AND f.due_date <= :day
              AND \(shown)
            """
        }
        return try engine.read { db in
            var pageArguments = arguments
            pageArguments += ["limit": page.limit, "offset": page.offset]
            // The rows count themselves (a filter's first letters match more than a window): the
            // sort reads every due row anyway, and a second statement would fold every name again.
            let rows = try SQLRow.fetchAll(db, sql: """
                SELECT due.*, count(*) OVER () AS due_total FROM (\(due("""
                    f.id AS id, f.parent_id, p.name AS parent_name, f.due_date AS due_date, f.kind, f.attempts, f.last_attempt_on,
                    f.version, a.id AS ally_id, a.name AS ally_name
                    """))) AS due
                ORDER BY due_date, id
                LIMIT :limit OFFSET :offset
                """, arguments: pageArguments)
            let total: Int = try rows.first.map { $0["due_total"] } ?? page.total(given: 0) {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(due("f.id"))) AS due", arguments: arguments) ?? 0
            }
            let items = rows.map { row -> OverdueFollowUp in
                let allyId: ID? = row["ally_id"]
                return OverdueFollowUp(
                    followUpId: row["id"], parentId: row["parent_id"], parentName: row["parent_name"],
                    dueDate: row["due_date"], kind: row["kind"],
                    ally: allyId.map { NamedRef(id: $0, name: row["ally_name"]) },
                    attempts: row["attempts"], lastAttemptOn: row["last_attempt_on"], version: row["version"])
            }
            return ListPage(total: total, offset: page.offset, rows: items)
        }
    }

    public func caseloads() throws -> [Caseload] {
        try engine.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT a.id, a.name, a.caseload_limit, a.active,
                       (SELECT count(*) FROM parents p WHERE p.ally_id = a.id AND p.status = 'open') AS open_parents
                FROM allies a
                ORDER BY a.active DESC, a.name
                """).map { row in
                Caseload(ally: NamedRef(id: row["id"], name: row["name"]), openParents: row["open_parents"],
                         limit: row["caseload_limit"], active: row["active"])
            }
        }
    }
}

extension OverdueFollowUp {
    /// What a filter on Overdue looks in: the parent's name, the follow-up's kind, the ally's name.
    public static let searched = [
        SearchedField<OverdueFollowUp>(column: "p.name", value: \.parentName),
        SearchedField(column: "f.kind", value: \.kind),
        SearchedField(column: "a.name", value: { $0.ally?.name }),
    ]
}
