
/// Re-planning parents' follow-ups after their schedule changed.
///
/// The planner owns OPEN follow-ups of its four kinds that are due today or later. Overdue ones
/// stay (they are the supervisor's overdue list), done ones are never touched, kinds typed by
/// hand ("call back about housing") are left alone, and so are snoozed ones: a person moved
/// those, and the follow-up itself says so (`snoozed_until`).
///
/// Re-planning runs inside other writes' transactions (an import re-plans thousands of parents
/// while every other terminal waits), so parents are taken in batches: a handful of statements
/// read and write a whole batch, and only the planning itself (`FollowUpPlanner`) is per parent.
extension ProgramStore {
    public func replanFollowUps(parentId: ID, today: Day) throws {
        try write(action: "follow-ups re-planned", entity: "parent", entityId: parentId) { db in
            try Self.replan(db, parentId: parentId, today: today, policy: try Self.loadPolicy(db, today: today))
        }
    }

    /// Re-plans every parent on a case: a hearing belongs to all of them.
    static func replan(_ db: any SQLSession, caseId: ID, today: Day) throws {
        try replan(db, caseIds: [caseId], today: today)
    }

    /// Re-plans every parent on these cases, reading the policy once.
    static func replan(_ db: any SQLSession, caseIds: [ID], today: Day) throws {
        var parents: [ID] = []
        var seen = Set<ID>()
        for batch in caseIds.batches(of: ReplanBatch.size) {
            for id in try ID.fetchAll(db, sql: """
                SELECT parent_id FROM case_parents WHERE case_id IN \(ReplanBatch.marks(batch.count)) ORDER BY parent_id
                """, arguments: SQLArguments(batch)) where seen.insert(id).inserted {
                parents.append(id)
            }
        }
        try replan(db, parentIds: parents, today: today, policy: try loadPolicy(db, today: today))
    }

    static func replan(_ db: any SQLSession, parentId: ID, today: Day, policy: FollowUpPolicy) throws {
        try replan(db, parentIds: [parentId], today: today, policy: policy)
    }

    static func replan(_ db: any SQLSession, parentIds: [ID], today: Day, policy: FollowUpPolicy) throws {
        for batch in parentIds.batches(of: ReplanBatch.size) {
            try ReplanBatch(db: db, parentIds: Array(batch), today: today, policy: policy).run()
        }
    }
}

/// One batch of parents re-planned together.
private struct ReplanBatch {
    /// Parents per batch: a few hundred bound values a statement, well under SQLite's limit.
    static let size = 400

    let db: any SQLSession
    let parentIds: [ID]
    let today: Day
    let policy: FollowUpPolicy

    /// "(?, ?, ?)" for an IN list of `count` values.
    static func marks(_ count: Int) -> String { "(" + questionMarks(count) + ")" }
    private var inParents: String { Self.marks(parentIds.count) }
    private var ids: SQLArguments { SQLArguments(parentIds) }

    func run() throws {
        let parents = try readParents()
        guard parentIds.allSatisfy({ parents[$0] != nil }) else { throw StoreError.notFound("notFound.parent") }
        try removeWhatThePlannerOwns()
        try followRemindersToTheirHearings()
        let open = parentIds.filter { parents[$0]?.isOpen == true }
        guard !open.isEmpty else { return }
        let hearings = try readHearings()
        let existing = try readExisting()
        let deadlines = try readDeadlines(of: open)
        let warningDays = try SQLiteStore.loadTimeline(db).warningDays
        var rows = NewFollowUps()
        for parentId in open {
            let parent = parents[parentId]!
            let theirs = hearings[parentId] ?? Hearings()
            let plan = FollowUpPlanner.plan(policy: policy, firstHearing: theirs.first,
                                            hearings: theirs.scheduled.map(\.day),
                                            attendedClass: parent.attendedClass, today: today,
                                            deadlines: deadlines[parentId] ?? [], warningDays: warningDays)
            let had = existing[parentId] ?? Existing()
            let hearingOn = Dictionary(theirs.scheduled.map { ($0.day, $0.id) }, uniquingKeysWith: min)
            for item in plan where !had.covers(item) {
                rows.append(parentId: parentId, allyId: parent.allyId, item: item,
                            hearingId: item.hearingDay.flatMap { hearingOn[$0] })
            }
        }
        try rows.insert(db)
    }

    private struct ParentState {
        var isOpen: Bool
        var allyId: ID?
        var attendedClass: Bool
    }

    private func readParents() throws -> [ID: ParentState] {
        var result: [ID: ParentState] = [:]
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT id, status, ally_id,
                   EXISTS (SELECT 1 FROM class_attendance ca JOIN class_sessions s ON s.id = ca.session_id
                           JOIN courses c ON c.code = s.course AND c.counts_as_dependency101 = 1
                           WHERE ca.parent_id = parents.id AND ca.attended = 1)
            FROM parents WHERE id IN \(inParents)
            """, arguments: ids) {
            // Columns by position: this runs for every parent an import touches.
            result[row[0]] = ParentState(isOpen: row[1] == ParentStatus.open.rawValue, allyId: row[2], attendedClass: row[3])
        }
        return result
    }

    /// Open, unsnoozed follow-ups of the planner's kinds from today on: planned again below.
    private func removeWhatThePlannerOwns() throws {
        try db.execute(sql: """
            DELETE FROM follow_ups
            WHERE parent_id IN \(inParents) AND done_on IS NULL AND due_date >= ? AND kind IN \(Self.plannedKinds)
              AND snoozed_until IS NULL
            """, arguments: ids + [today.iso])
    }

    /// The kinds the planner owns, as SQL literals (constants of the program, never typed text).
    private static let plannedKinds = "(" + FollowUpKind.planned.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }
        .joined(separator: ", ") + ")"

    /// An open reminder follows its hearing: to its new day when it moved, and away when the
    /// hearing was continued or cancelled (the planner reminds of the new one).
    private func followRemindersToTheirHearings() throws {
        try db.execute(sql: """
            DELETE FROM follow_ups
            WHERE parent_id IN \(inParents) AND done_on IS NULL
              AND hearing_id IN (SELECT id FROM hearings WHERE status IN ('continued', 'cancelled'))
            """, arguments: ids)
        try db.execute(sql: """
            UPDATE follow_ups SET expires_on = (SELECT date FROM hearings h WHERE h.id = follow_ups.hearing_id)
            WHERE parent_id IN \(inParents) AND done_on IS NULL AND hearing_id IS NOT NULL
              AND expires_on IS DISTINCT FROM (SELECT date FROM hearings h WHERE h.id = follow_ups.hearing_id)
            """, arguments: ids)
    }

    /// A parent's hearings the plan rests on: the first one (the earliest held or scheduled on
    /// their cases since they joined: a father found later has his own), and the scheduled ones
    /// from today on.
    private struct Hearings {
        var first: Day?
        var scheduled: [(id: ID, day: Day)] = []
    }

    private func readHearings() throws -> [ID: Hearings] {
        var result: [ID: Hearings] = [:]
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT cp.parent_id, h.id, h.date, h.status, (cp.joined_on IS NULL OR h.date >= cp.joined_on)
            FROM case_parents cp JOIN hearings h ON h.case_id = cp.case_id
            WHERE cp.parent_id IN \(inParents) AND h.status IN ('held', 'scheduled')
            ORDER BY cp.parent_id, h.date, h.time, h.id
            """, arguments: ids) {
            let parentId: ID = row[0], day: Day = row[2]
            var theirs = result[parentId] ?? Hearings()
            if row[4], theirs.first.map({ day < $0 }) ?? true { theirs.first = day }
            if row[3] == HearingStatus.scheduled.rawValue, day >= today { theirs.scheduled.append((row[1], day)) }
            result[parentId] = theirs
        }
        return result
    }

    /// The court's unmet requirements on each open parent's cases (CaseTimelineReader reads
    /// them a batch of cases at a time, by the cases' indexes).
    private func readDeadlines(of open: [ID]) throws -> [ID: [CaseDeadline]] {
        var casesOf: [ID: [ID]] = [:]
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT parent_id, case_id FROM case_parents WHERE parent_id IN \(Self.marks(open.count))
            """, arguments: SQLArguments(open)) {
            casesOf[row[0], default: []].append(row[1])
        }
        let byCase = try CaseTimelineReader.deadlines(db, caseIds: Array(Set(casesOf.values.joined())).sorted())
        return casesOf.mapValues { $0.flatMap { byCase[$0] ?? [] } }
    }

    /// What a parent already has that the plan must not repeat.
    private struct Existing {
        /// Follow-ups due from today on, done or open: the same due day and kind is the same one.
        var fromToday: Set<PlannedFollowUp> = []
        /// First calls and invitations happen once, whenever they were.
        var oneTime: Set<String> = []
        /// A snooze to day X stands in for the same kind's planned items up to X.
        var snoozedUntil: [String: Day] = [:]

        func covers(_ item: PlannedFollowUp) -> Bool {
            if fromToday.contains(item) || oneTime.contains(item.kind) { return true }
            if let until = snoozedUntil[item.kind], item.due <= until { return true }
            return false
        }
    }

    private func readExisting() throws -> [ID: Existing] {
        let oneTimeKinds: Set<String> = [FollowUpKind.firstCall, FollowUpKind.classInvitation]
        var result: [ID: Existing] = [:]
        for row in try SQLRow.fetchAll(db, sql: """
            SELECT parent_id, due_date, kind, done_on IS NULL AND snoozed_until IS NOT NULL FROM follow_ups
            WHERE parent_id IN \(inParents)
              AND (due_date >= ? OR kind IN (?, ?) OR (done_on IS NULL AND snoozed_until IS NOT NULL))
            """, arguments: ids + [today.iso, FollowUpKind.firstCall, FollowUpKind.classInvitation]) {
            let parentId: ID = row[0], due: Day = row[1], kind: String = row[2]
            var had = result[parentId] ?? Existing()
            if due >= today { had.fromToday.insert(PlannedFollowUp(due: due, kind: kind)) }
            if oneTimeKinds.contains(kind) { had.oneTime.insert(kind) }
            if row[3] { had.snoozedUntil[kind] = max(had.snoozedUntil[kind] ?? due, due) }
            result[parentId] = had
        }
        return result
    }

}

/// The follow-ups a batch plans, inserted with one statement that reads them from a JSON array:
/// one bound value however many rows, where binding tens of thousands of values one by one
/// would cost more than the inserts themselves.
private struct NewFollowUps {
    private var json = "["
    private var count = 0
    /// A batch's due days repeat: each is spelled once.
    private var spelled: [Day: String] = [:]

    mutating func append(parentId: ID, allyId: ID?, item: PlannedFollowUp, hearingId: ID?) {
        if count > 0 { json += "," }
        count += 1
        json += "[\(parentId),\(allyId.map(String.init) ?? "null"),\"\(iso(item.due))\",\(Self.quoted(item.kind)),"
        json += "\(hearingId.map(String.init) ?? "null"),\(item.hearingDay.map { "\"\(iso($0))\"" } ?? "null")]"
    }

    private mutating func iso(_ day: Day) -> String {
        if let text = spelled[day] { return text }
        let text = day.iso
        spelled[day] = text
        return text
    }

    /// A JSON string: the kinds are the program's constants, escaped all the same.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    func insert(_ db: any SQLSession) throws {
        guard count > 0 else { return }
        // One statement for the whole plan, its rows a JSON array: each engine reads JSON its own way.
        switch db.dialect {
        case .sqlite:
            try db.execute(sql: """
                INSERT INTO follow_ups (parent_id, ally_id, due_date, kind, hearing_id, expires_on)
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                       json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')
                FROM json_each(?)
                """, arguments: [json + "]"])
        case .postgres:
            try db.execute(sql: """
                INSERT INTO follow_ups (parent_id, ally_id, due_date, kind, hearing_id, expires_on)
                SELECT (value ->> 0)::bigint, (value ->> 1)::bigint, value ->> 2, value ->> 3, (value ->> 4)::bigint, value ->> 5
                FROM jsonb_array_elements(?::jsonb)
                """, arguments: [json + "]"])
        }
    }
}

extension Array {
    /// The array in consecutive pieces of at most `size` elements.
    func batches(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
