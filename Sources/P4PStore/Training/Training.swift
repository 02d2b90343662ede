
/// What an hour of an ally's own learning was: a fixed list, words in the catalogues.
public enum TrainingKind: String, CaseIterable, Codable, Sendable, SQLBindable {
    case training, supervision, other

    /// "training", "supervisión", ...
    public var words: W { W("training.kind.\(rawValue)") }
    public var sqlValue: SQLValue { .text(rawValue) }
}

/// One dated entry of an ally's training or supervision, in hours.
public struct TrainingEntry: Hashable, Sendable, Codable, SQLIdentifiedRecord {
    public static let table = "training_entries"
    public var id: ID?
    public var allyId: ID
    public var date: Day
    public var kind: TrainingKind
    public var hours: Double

    public init(id: ID? = nil, allyId: ID, date: Day, kind: TrainingKind, hours: Double) {
        self.id = id; self.allyId = allyId; self.date = date; self.kind = kind; self.hours = hours
    }

    enum CodingKeys: String, CodingKey {
        case id, date, kind, hours
        case allyId = "ally_id"
    }
}

/// An entry with its ally's name, for a list.
public struct TrainingLine: Hashable, Sendable {
    public var entry: TrainingEntry
    public var allyName: String
}

/// An active ally whose hours this year are below the required hours.
public struct AllyTrainingShort: Hashable, Sendable {
    public var ally: NamedRef
    public var hours: Double
    public var required: Double
}

extension ProgramStore {
    /// The hours of training and supervision each active ally must have in a calendar year;
    /// 0 or unset: none required, nobody is flagged.
    public static let trainingRequiredHoursKey = "training.required-hours"
    /// An entry is at most a day's hours.
    public static let trainingHoursRange: ClosedRange<Double> = 0.25...24

    /// Records an entry for the active ally of that name (a supervisor's or admin's work),
    /// audited with ids and figures only.
    @discardableResult
    public func addTraining(allyName: String, date: Day, kind: TrainingKind, hours: Double, today: Day) throws -> ID {
        try writeNoting(action: "training recorded", entity: "ally") { db in
            try authorize(.enterRecords, db)
            let ids = try ID.fetchAll(db, sql: "SELECT id FROM allies WHERE lower(name) = lower(?) AND active = 1",
                                      arguments: [allyName.trimmingCharacters(in: .whitespaces)])
            guard let allyId = ids.first else { throw StoreError.notFound("notFound.activeAlly") }
            guard ids.count == 1 else { throw StoreError.invalid(field: .parentAlly, reason: "invalid.allyNameTwice") }
            guard date <= today else { throw StoreError.invalid(field: .trainingDate, reason: "invalid.trainingInFuture") }
            guard Self.trainingHoursRange.contains(hours) else {
                throw StoreError.invalid(field: .trainingHours, reason: Phrase("invalid.trainingHours", [
                    "low": .text(Self.hoursText(Self.trainingHoursRange.lowerBound)),
                    "high": .text(Self.hoursText(Self.trainingHoursRange.upperBound))]))
            }
            var entry = TrainingEntry(allyId: allyId, date: date, kind: kind, hours: hours)
            try entry.insert(db)
            return AuditNote(entityId: allyId, detail: "\(kind.rawValue) \(Self.hoursText(hours)) on \(date.iso)")
        }.entityId!
    }

    /// Entries by day, newest first: one ally's (by name) or everyone's, one year's or all.
    public func trainingEntries(allyName: String?, year: Int?) throws -> [TrainingLine] {
        try engine.read { db in
            try authorize(.readReports, db)
            var conditions: [String] = []
            var arguments: SQLArguments = []
            if let allyName {
                conditions.append("lower(a.name) = lower(?)")
                arguments += [allyName.trimmingCharacters(in: .whitespaces)]
            }
            if let year {
                conditions.append("t.date BETWEEN ? AND ?")
                arguments += [String(format: "%04d-01-01", year), String(format: "%04d-12-31", year)]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try SQLRow.fetchAll(db, sql: """
                SELECT t.*, a.name AS ally_name FROM training_entries t JOIN allies a ON a.id = t.ally_id
                \(filter) ORDER BY t.date DESC, a.name, t.id
                """, arguments: arguments).map { TrainingLine(entry: try TrainingEntry(row: $0), allyName: $0["ally_name"]) }
        }
    }

    /// Active allies whose hours in `today`'s year are below the setting, fewest hours first.
    static func alliesShortOfTraining(_ db: any SQLSession, _ today: Day, _ limit: Int) throws -> ListPage<AllyTrainingShort>? {
        let required = try db.setting(trainingRequiredHoursKey).flatMap(Double.init) ?? 0
        guard required > 0 else { return nil }
        let short = """
            SELECT a.id, a.name, COALESCE((SELECT sum(t.hours) FROM training_entries t
                                         WHERE t.ally_id = a.id AND t.date BETWEEN :from AND :to), 0) AS hours
            FROM allies a WHERE a.active = 1
            """
        let arguments: SQLArguments = ["from": String(format: "%04d-01-01", today.year),
                                             "to": String(format: "%04d-12-31", today.year),
                                             "required": required, "limit": limit]
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(short)) AS short WHERE hours < :required", arguments: arguments) ?? 0
        let rows = try SQLRow.fetchAll(db, sql: "SELECT * FROM (\(short)) AS short WHERE hours < :required ORDER BY hours, name, id LIMIT :limit",
                                    arguments: arguments)
        return ListPage(total: total, offset: 0, rows: rows.map {
            AllyTrainingShort(ally: NamedRef(id: $0["id"], name: $0["name"]), hours: $0["hours"], required: required)
        })
    }

    /// "1.5", "12": hours as people write them.
    public static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(format: "%g", hours)
    }
}
