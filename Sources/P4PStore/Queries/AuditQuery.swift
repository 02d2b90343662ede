
/// Which audit entries to read: any of these left nil does not filter.
public struct AuditFilter: Sendable, Equatable {
    public var since: Day?
    public var on: Day?
    /// A user's name, as signed in ("Dana Brooks"), or an OS account ("system:root").
    public var user: String?
    public var parentId: ID?
    public init(since: Day? = nil, on: Day? = nil, user: String? = nil, parentId: ID? = nil) {
        self.since = since; self.on = on; self.user = user; self.parentId = parentId
    }
}

extension ProgramStore {
    /// The audit log, newest first, a window at a time, told in words with names; supervisors
    /// and admins only. A parent's entries are read through `audit_by_entity`, a user's through
    /// `audit_by_actor`, a day's through `audit_by_time`: each ends in the time, so the newest
    /// come first without sorting.
    public func auditLog(_ filter: AuditFilter, page: PageRequest) throws -> ListPage<AuditLine> {
        try engine.read { db in
            try authorize(.readAudit, db)
            var conditions: [String] = []
            var arguments: SQLArguments = []
            if let since = filter.since { conditions.append("at >= ?"); arguments += [since.iso] }
            if let day = filter.on { conditions.append("at >= ? AND at < ?"); arguments += [day.iso, day.adding(days: 1).iso] }
            if let user = filter.user {
                // A user's acts are stored as "user:<id>"; entries written before that, as "user:NAME".
                let id = try ID.fetchOne(db, sql: "SELECT id FROM users WHERE lower(name) = lower(?)", arguments: [user])
                conditions.append("actor IN (?, ?, ?)")
                arguments += [user, ActorNames.userPrefix + user, id.map(ActorNames.user)]
            }
            if let parentId = filter.parentId {
                conditions.append("entity = 'parent' AND entity_id = ?")
                arguments += [parentId]
            }
            let index = filter.parentId != nil ? "audit_by_entity"
                : filter.user != nil ? "audit_by_actor" : conditions.isEmpty ? nil : "audit_by_time"
            let table = "audit_log" + (index.map { " INDEXED BY \($0)" } ?? "")
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            // Ids are given one after another and the log refuses deletes, so the newest id is
            // the count: counting ten million entries would take the better part of a second.
            let count = conditions.isEmpty ? "SELECT max(id) FROM audit_log" : "SELECT count(*) FROM \(table) \(whereClause)"
            let total = try Int.fetchOne(db, sql: count, arguments: arguments) ?? 0
            let entries = try AuditEntry.fetchAll(db, sql: """
                SELECT * FROM \(table) \(whereClause) ORDER BY at DESC, id DESC LIMIT ? OFFSET ?
                """, arguments: arguments + [page.limit, page.offset])
            return ListPage(total: total, offset: page.offset, rows: try AuditStory.tell(entries, db))
        }
    }
}
