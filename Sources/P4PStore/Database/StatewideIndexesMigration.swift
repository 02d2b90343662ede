import GRDB

/// v12: ten years of a statewide program read as fast as one county's. A parent's audit log is
/// read through an index by what it is about, and a user's by who acted; open parents, and the
/// cases a monthly report counts, through indexes of their own; and the follow-ups
/// that closing a parent's file used to leave open (those already overdue) close, so the Overdue
/// list no longer reads every follow-up of every closed parent.
enum StatewideIndexesMigration {
    static let id = "v12-statewide-indexes"

    static func run(_ db: Database) throws {
        // Both end in `at`, and the rowid (id) after it: each serves "newest first" for its key.
        try db.execute(sql: """
            CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, at);
            CREATE INDEX audit_by_actor ON audit_log(actor, at);
            -- Open parents, ten years on a few thousand among a quarter of a million.
            CREATE INDEX parents_open ON parents(id) WHERE status = 'open';
            -- The monthly report's cohorts, and the counties a report may be narrowed to.
            CREATE INDEX cases_by_outcome_date ON cases(outcome_date);
            CREATE INDEX cases_by_removal_date ON cases(removal_date);
            CREATE INDEX cases_by_county ON cases(county);
            """)
        try closeFollowUpsOfClosedParents(db)
    }

    /// Closed as missed on the day the file closed (as the record's stamp says), or on their due
    /// day when the file closed before closings were stamped.
    static func closeFollowUpsOfClosedParents(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE follow_ups
            SET done_on = coalesce(
                    (SELECT substr(p.changed_at, 1, 10) FROM parents p
                     WHERE p.id = follow_ups.parent_id AND p.last_change = 'closed' AND p.changed_at IS NOT NULL),
                    due_date),
                missed = 1
            WHERE done_on IS NULL
              AND parent_id IN (SELECT id FROM parents WHERE status = 'closed')
            """)
    }
}
