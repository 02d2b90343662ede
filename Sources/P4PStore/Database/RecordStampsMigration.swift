import GRDB

/// v3: who last changed a parent, a hearing or a follow-up, when and how, kept on the record
/// itself with a version that every save checks; and what follow-ups need to be planned from
/// the domain alone (snoozes, attempts, the hearing a reminder is for).
enum RecordStampsMigration {
    static func run(_ db: Database) throws {
        for table in ["parents", "hearings", "follow_ups"] {
            try db.execute(sql: """
                ALTER TABLE \(table) ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                ALTER TABLE \(table) ADD COLUMN changed_at TEXT;
                ALTER TABLE \(table) ADD COLUMN changed_by TEXT;
                ALTER TABLE \(table) ADD COLUMN last_change TEXT;
                """)
        }
        try db.execute(sql: """
            -- A person moved it: the policy must not move it back.
            ALTER TABLE follow_ups ADD COLUMN snoozed_until TEXT;
            ALTER TABLE follow_ups ADD COLUMN snooze_reason TEXT;
            -- Calls that did not reach the parent: the follow-up stays open.
            ALTER TABLE follow_ups ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE follow_ups ADD COLUMN last_attempt_on TEXT;
            -- A hearing reminder's hearing; after that day the reminder closes as missed.
            ALTER TABLE follow_ups ADD COLUMN hearing_id INTEGER REFERENCES hearings(id) ON DELETE SET NULL;
            ALTER TABLE follow_ups ADD COLUMN expires_on TEXT;
            ALTER TABLE follow_ups ADD COLUMN missed INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX follow_ups_by_hearing ON follow_ups(hearing_id);
            -- Open follow-ups past their last useful day, for closing them as missed.
            CREATE INDEX follow_ups_expiring ON follow_ups(expires_on) WHERE done_on IS NULL AND expires_on IS NOT NULL;
            """)
        try carrySnoozesOver(db)
        try linkRemindersToHearings(db)
    }

    /// Until v3 a snooze was known only from the audit log; this once, its entries become the
    /// follow-ups' own snooze dates and reasons, so nothing snoozed is re-planned away.
    private static func carrySnoozesOver(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT entity_id, detail FROM audit_log
            WHERE action = 'follow-up snoozed' AND entity = 'follow-up' ORDER BY id
            """)
        for row in rows {
            guard let id: ID = row["entity_id"] else { continue }
            // "to 2026-11-30: waiting for a new phone number"
            let detail: String = row["detail"] ?? ""
            let reason = detail.range(of: ": ").map { String(detail[$0.upperBound...]) }
            try db.execute(sql: """
                UPDATE follow_ups SET snoozed_until = due_date, snooze_reason = ? WHERE id = ? AND done_on IS NULL
                """, arguments: [reason ?? "", id])
        }
    }

    /// Each open reminder is for the parent's next hearing on or after its due day.
    private static func linkRemindersToHearings(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE follow_ups SET hearing_id = (
                SELECT h.id FROM case_parents cp JOIN hearings h ON h.case_id = cp.case_id
                WHERE cp.parent_id = follow_ups.parent_id AND h.date >= follow_ups.due_date
                  AND h.status IN ('scheduled', 'held')
                ORDER BY h.date, h.time LIMIT 1)
            WHERE kind = ? AND done_on IS NULL
            """, arguments: [FollowUpKind.hearingReminder])
        try db.execute(sql: """
            UPDATE follow_ups SET expires_on = (SELECT date FROM hearings WHERE id = follow_ups.hearing_id)
            WHERE hearing_id IS NOT NULL
            """)
    }
}
