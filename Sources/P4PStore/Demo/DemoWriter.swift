import GRDB

/// Writes a generated program into an empty database inside the caller's transaction. Rows go in
/// through cached prepared statements, parents before children of foreign keys.
struct DemoWriter {
    let db: Database
    let typeIds: [String: ID]

    func write(_ w: DemoWorld) throws {
        // Few rows, and their list columns must be encoded exactly as the app reads them.
        for ally in w.allies { var a = ally; try a.insert(db) }

        let cases = try db.cachedStatement(sql: """
            INSERT INTO cases (id, case_number, county, petition_date, removal_date, outcome, outcome_date)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for c in w.cases.map(\.record) {
            try cases.execute(arguments: [c.id, c.caseNumber, c.county, c.petitionDate, c.removalDate,
                                          c.outcome?.rawValue, c.outcomeDate])
        }

        let parents = try db.cachedStatement(sql: """
            INSERT INTO parents (id, name, preferred_name, phone, language, interpreter_needed, county, status,
                                 closing_reason, ally_id, ally_since, waiting_since)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let links = try db.cachedStatement(sql: "INSERT INTO case_parents (case_id, parent_id, role, joined_on) VALUES (?, ?, ?, ?)")
        for dp in w.parents {
            let p = dp.record
            try parents.execute(arguments: [p.id, p.name, p.preferredName, p.phone, p.language, p.interpreterNeeded,
                                            p.county, p.status.rawValue, p.closingReason, p.allyId, p.allySince,
                                            p.waitingSince])
            try links.execute(arguments: [w.cases[dp.caseIndex].record.id, p.id, dp.role.rawValue, dp.joinedOn])
        }

        let children = try db.cachedStatement(sql: """
            INSERT INTO children (id, case_id, name, birth_year, placement, placed_since) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for c in w.children {
            try children.execute(arguments: [c.id, c.caseId, c.name, c.birthYear, c.placement.rawValue, c.placedSince])
        }

        let hearings = try db.cachedStatement(sql: """
            INSERT INTO hearings (id, case_id, type_id, date, time, courtroom, judicial_officer, status, ally_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, h) in w.hearings.enumerated() {
            guard let type = typeIds[h.code] else { throw StoreError.notFound(Phrase("notFound.hearingType", ["code": .text(h.code)])) }
            try hearings.execute(arguments: [ID(i + 1), w.cases[h.caseIndex].record.id, type, h.date, h.time,
                                             h.courtroom.name, h.courtroom.officer, h.status.rawValue, h.allyId])
        }
        let engaged = try db.cachedStatement(sql: """
            INSERT INTO hearing_parents (hearing_id, parent_id, engagement, parent_attended) VALUES (?, ?, ?, ?)
            """)
        for hp in w.hearingParents {
            try engaged.execute(arguments: [hp.hearingId, hp.parentId, hp.engagement?.rawValue, hp.parentAttended])
        }

        let contacts = try db.cachedStatement(sql: """
            INSERT INTO contacts (id, parent_id, ally_id, date, time, mode, minutes, reached, topics, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for c in w.contacts {
            try contacts.execute(arguments: [c.id, c.parentId, c.allyId, c.date, c.time, c.mode.rawValue, c.minutes,
                                             c.reached, c.topics, c.notes])
        }
        let followUps = try db.cachedStatement(sql: """
            INSERT INTO follow_ups (id, parent_id, ally_id, due_date, kind, done_on, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for f in w.followUps {
            try followUps.execute(arguments: [f.id, f.parentId, f.allyId, f.dueDate, f.kind, f.doneOn, f.contactId])
        }

        let sessions = try db.cachedStatement(sql: """
            INSERT INTO class_sessions (id, course, date, time, location, ally_id) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for s in w.sessions {
            try sessions.execute(arguments: [s.id, s.course, s.date, s.time, s.location, s.allyId])
        }
        let attendance = try db.cachedStatement(sql: """
            INSERT INTO class_attendance (session_id, parent_id, invited_on, attended) VALUES (?, ?, ?, ?)
            """)
        for a in w.attendance {
            try attendance.execute(arguments: [a.sessionId, a.parentId, a.invitedOn, a.attended])
        }
        let referrals = try db.cachedStatement(sql: """
            INSERT INTO referrals (id, parent_id, contact_id, ally_id, date, kind, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for r in w.referrals {
            try referrals.execute(arguments: [r.id, r.parentId, r.contactId, r.allyId, r.date, r.kind, r.note])
        }
    }
}
