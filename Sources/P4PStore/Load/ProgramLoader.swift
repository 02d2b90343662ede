import GRDB

extension SQLiteStore: ProgramLoading {
    @discardableResult
    public func load(_ program: ProgramLoad) throws -> LoadSummary {
        var summary = LoadSummary()
        try withLoadingCache {
            _ = try writeNoting(action: "program loaded", entity: nil) { session in
                let db = GRDBSession.connection(of: session)
                // A load may add users and settings: an admin's act.
                try authorize(.manageUsers, session)
                // A loaded program must never mix with one already there (invented parents with real ones).
                let rows = try Int.fetchOne(db, sql: """
                    SELECT (SELECT count(*) FROM allies) + (SELECT count(*) FROM parents) + (SELECT count(*) FROM cases)
                    """) ?? 0
                guard rows == 0 else {
                    throw StoreError.invalid(field: .program, reason: "invalid.programNotEmpty")
                }
                summary = try ChangeCounter.suspended(db) {
                    try SecondaryIndexes.builtAfter(db) { try ProgramLoader(db: db).write(program) }
                }
                return AuditNote(entityId: nil, detail: "\(program.origin); \(summary.auditDetail)")
            }
        }
        return summary
    }

    /// A load writes millions of index entries in one transaction: with SQLite's 2 MB page cache
    /// it would spill and re-read the indexes' pages again and again. The writer's cache grows
    /// to 512 MB (only as it is used) for the load, and returns to its own size after.
    private func withLoadingCache(_ body: () throws -> Void) throws {
        let previous = try pool.writeWithoutTransaction { db in
            let size = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -524288")
            return size
        }
        defer { try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = \(previous)") } }
        try body()
    }
}

/// Writes a program's records inside the caller's transaction, referenced records first, each
/// kind through one cached prepared statement. A record the database refuses (a reference to a
/// record the program lacks, an id given twice) is named by kind and id.
struct ProgramLoader {
    let db: Database

    func write(_ p: ProgramLoad) throws -> LoadSummary {
        var s = LoadSummary()
        s.allies = try insert(p.allies, named: { Self.named("load.kind.ally", $0.id, $1) }, sql: """
            INSERT INTO allies (id, name, phone, languages, counties, lived_experience, caseload_limit, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """) { a in
            // List columns as the record's own encoding writes them, so the app reads them back.
            [a.id, a.name, a.phone, try Self.list(a.languages, "languages"), try Self.list(a.counties, "counties"),
             try Self.list(a.livedExperience, "lived_experience"), a.caseloadLimit, a.active]
        }
        // Users before contacts, which name the user who made them.
        for user in p.users {
            try SQLiteStore.insertUser(name: user.name, role: user.role, hashed: user.secret, GRDBSession(db))
        }
        s.users = p.users.count
        s.cases = try insert(p.cases, named: { Self.named("load.kind.case", $0.id, $1) }, sql: """
            INSERT INTO cases (id, case_number, county, petition_date, removal_date, outcome, outcome_date)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """) { c in [c.id, c.caseNumber, c.county, c.petitionDate, c.removalDate, c.outcome?.rawValue, c.outcomeDate] }
        s.parents = try insert(p.parents, named: { Self.named("load.kind.parent", $0.id, $1) }, sql: """
            INSERT INTO parents (id, name, preferred_name, phone, language, interpreter_needed, county, status,
                                 closing_reason, ally_id, ally_since, waiting_since, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { p in
            [p.id, p.name, p.preferredName, p.phone, p.language, p.interpreterNeeded, p.county, p.status.rawValue,
             p.closingReason, p.allyId, p.allySince, p.waitingSince, p.version]
        }
        _ = try insert(p.circumstances, named: { c, _ in Self.named("load.kind.parent", c.parentId, 0) }, sql: """
            INSERT INTO parent_circumstances (parent_id, code) VALUES (?, ?)
            """) { c in [c.parentId, c.code] }
        s.caseParents = try insert(p.caseParents, named: { l, _ in Phrase("load.parentOnCase", ["parent": .number(Int(l.parentId)), "case": .number(Int(l.caseId))]) }, sql: """
            INSERT INTO case_parents (case_id, parent_id, role, joined_on) VALUES (?, ?, ?, ?)
            """) { l in [l.caseId, l.parentId, l.role.rawValue, l.joinedOn] }
        s.children = try insert(p.children, named: { Self.named("load.kind.child", $0.id, $1) }, sql: """
            INSERT INTO children (id, case_id, name, birth_year, placement, placed_since) VALUES (?, ?, ?, ?, ?, ?)
            """) { c in [c.id, c.caseId, c.name, c.birthYear, c.placement.rawValue, c.placedSince] }
        s.childMoves = try insert(p.childMoves, named: { Self.named("load.kind.childMove", $0.id, $1) }, sql: """
            INSERT INTO child_moves (id, child_id, date, move, source) VALUES (?, ?, ?, ?, ?)
            """) { m in [m.id, m.childId, m.date, m.move.rawValue, m.source.rawValue] }

        var typeIds: [String: ID] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT code, id FROM hearing_types") { typeIds[row["code"]] = row["id"] }
        s.hearings = try insert(p.hearings, named: { Self.named("load.kind.hearing", $0.hearing.id, $1) }, sql: """
            INSERT INTO hearings (id, case_id, type_id, date, time, courtroom, judicial_officer, status, ally_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { l in
            guard let type = typeIds[l.typeCode] else {
                throw StoreError.invalid(field: .program, reason: Phrase("load.refused", [
                    "record": .phrase(Self.named("load.kind.hearing", l.hearing.id, 0)),
                    "why": .phrase(Phrase("load.noSuchType", ["code": .text(l.typeCode)]))]))
            }
            let h = l.hearing
            return [h.id, h.caseId, type, h.date, h.time, h.courtroom, h.judicialOfficer, h.status.rawValue, h.allyId,
                    h.version]
        }
        s.hearingParents = try insert(p.hearingParents, named: { h, _ in Phrase("load.parentAtHearing", ["parent": .number(Int(h.parentId)), "hearing": .number(Int(h.hearingId))]) }, sql: """
            INSERT INTO hearing_parents (hearing_id, parent_id, engagement, parent_attended, services_compliance,
                                         visitation_compliance)
            VALUES (?, ?, ?, ?, ?, ?)
            """) { h in
            [h.hearingId, h.parentId, h.engagement?.rawValue, h.parentAttended, h.servicesCompliance?.rawValue,
             h.visitationCompliance?.rawValue]
        }
        s.contacts = try insert(p.contacts, named: { Self.named("load.kind.contact", $0.id, $1) }, sql: """
            INSERT INTO contacts (id, parent_id, ally_id, user_id, date, time, mode, minutes, reached, topics, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { c in [c.id, c.parentId, c.allyId, c.userId, c.date, c.time, c.mode.rawValue, c.minutes, c.reached, c.topics, c.notes] }
        s.referrals = try insert(p.referrals, named: { Self.named("load.kind.referral", $0.id, $1) }, sql: """
            INSERT INTO referrals (id, parent_id, contact_id, ally_id, date, kind, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """) { r in [r.id, r.parentId, r.contactId, r.allyId, r.date, r.kind, r.note] }
        s.followUps = try insert(p.followUps, named: { Self.named("load.kind.followUp", $0.id, $1) }, sql: """
            INSERT INTO follow_ups (id, parent_id, ally_id, due_date, kind, done_on, contact_id, snoozed_until,
                                    snooze_reason, attempts, last_attempt_on, hearing_id, expires_on, missed, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { f in
            [f.id, f.parentId, f.allyId, f.dueDate, f.kind, f.doneOn, f.contactId, f.snoozedUntil, f.snoozeReason,
             f.attempts, f.lastAttemptOn, f.hearingId, f.expiresOn, f.missed, f.version]
        }
        s.classSessions = try insert(p.classSessions, named: { Self.named("load.kind.classSession", $0.id, $1) }, sql: """
            INSERT INTO class_sessions (id, course, date, time, location, ally_id) VALUES (?, ?, ?, ?, ?, ?)
            """) { c in [c.id, try Course.code(for: c.course, GRDBSession(db)), c.date, c.time, c.location, c.allyId] }
        s.classAttendance = try insert(p.classAttendance, named: { a, _ in Phrase("load.parentInClass", ["parent": .number(Int(a.parentId)), "session": .number(Int(a.sessionId))]) }, sql: """
            INSERT INTO class_attendance (session_id, parent_id, invited_on, attended) VALUES (?, ?, ?, ?)
            """) { a in [a.sessionId, a.parentId, a.invitedOn, a.attended] }

        for (key, value) in p.settings.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: """
                INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, arguments: [key, value])
        }
        s.settings = p.settings.count
        // Last: the history's entries name users and records written above.
        s.auditEntries = try LoadedAuditLog(db: db).write(p.auditEntries)
        return s
    }

    /// Inserts each record with `arguments`, in order; returns how many went in. `named` says
    /// which record the database refused, from the record and its position in the load.
    private func insert<R>(_ records: [R], named: (R, Int) -> Phrase, sql: String,
                           _ arguments: (R) throws -> StatementArguments) throws -> Int {
        guard !records.isEmpty else { return 0 }
        let statement = try db.cachedStatement(sql: sql)
        for (position, record) in records.enumerated() {
            do {
                try statement.execute(arguments: arguments(record))
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.invalid(field: .program, reason: Phrase("load.refused", [
                    "record": .phrase(named(record, position)), "why": .word(Self.refusal(error))]))
            }
        }
        return records.count
    }

    /// "Follow-up 74", or "Contact at position 3" for a record given no id.
    private static func named(_ kind: W, _ id: ID?, _ position: Int) -> Phrase {
        id.map { Phrase("load.record", ["kind": .word(kind), "id": .number(Int($0))]) }
            ?? Phrase("load.recordAt", ["kind": .word(kind), "position": .number(position + 1)])
    }

    /// Why the database refused a record, in words (SQLite's own text names tables and columns).
    private static func refusal(_ error: DatabaseError) -> W {
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_FOREIGNKEY: return "load.missingReference"
        case .SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE: return "load.givenTwice"
        case .SQLITE_CONSTRAINT_NOTNULL: return "load.lacksValue"
        default: return "load.notAllowed"
        }
    }

    private static func list(_ values: [String], _ column: String) throws -> String {
        let data = try Ally.databaseJSONEncoder(for: column).encode(values)
        return String(decoding: data, as: UTF8.self)
    }
}
