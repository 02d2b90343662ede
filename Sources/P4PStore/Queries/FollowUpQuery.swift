import GRDB

extension SQLiteStore {
    /// A Parent Ally sees their own parents' follow-ups only: need to know.
    public func overdueFollowUps(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<OverdueFollowUp> {
        var arguments: StatementArguments = ["day": day]
        var conditions = ["p.status = 'open'"]
        if user?.role == .ally {
            conditions.append("p.ally_id = :ownAlly")
            arguments += ["ownAlly": user?.allyId]
        }
        if let pattern = SearchPattern(matching) {
            conditions.append("""
                (\(SearchPattern.contains("p.name")) OR \(SearchPattern.contains("f.kind"))
                 OR \(SearchPattern.contains("a.name")))
                """)
            arguments += ["p": pattern.like]
        }
        // Not done as of `day`: still open (partial index follow_ups_open) and not past its last
        // useful day (a reminder whose hearing is over), or done only later (follow_ups_done;
        // empty when `day` is today).
        let from = """
            FROM (
                SELECT id FROM follow_ups WHERE done_on IS NULL AND due_date <= :day
                    AND (expires_on IS NULL OR expires_on >= :day)
                UNION ALL
                SELECT id FROM follow_ups WHERE done_on IS NOT NULL AND done_on > :day AND due_date <= :day
            ) due
            JOIN follow_ups f ON f.id = due.id
            JOIN parents p ON p.id = f.parent_id
            LEFT JOIN allies a ON a.id = f.ally_id
            WHERE \(conditions.joined(separator: " AND "))
            """
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) \(from)", arguments: arguments) ?? 0
            var pageArguments = arguments
            pageArguments += ["limit": page.limit, "offset": page.offset]
            let rows = try Row.fetchAll(db, sql: """
                SELECT f.id, f.parent_id, p.name AS parent_name, f.due_date, f.kind, f.attempts, f.last_attempt_on, f.version,
                       a.id AS ally_id, a.name AS ally_name
                \(from)
                ORDER BY f.due_date, p.name, f.id
                LIMIT :limit OFFSET :offset
                """, arguments: pageArguments)
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
        try pool.read { db in
            try Row.fetchAll(db, sql: """
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
