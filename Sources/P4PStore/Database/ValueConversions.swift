import GRDB

extension Day: Codable, DatabaseValueConvertible {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a YYYY-MM-DD date"))
        }
        self = day
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
    public var databaseValue: DatabaseValue { iso.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap(Day.init(iso:))
    }
}

extension TimeOfDay: Codable, DatabaseValueConvertible {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let t = TimeOfDay(hhmm: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an HH:MM time"))
        }
        self = t
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hhmm)
    }
    public var databaseValue: DatabaseValue { hhmm.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> TimeOfDay? {
        String.fromDatabaseValue(dbValue).flatMap(TimeOfDay.init(hhmm:))
    }
}

/// Columns are snake_case in SQL and camelCase in Swift.
public protocol SnakeCaseRecord: FetchableRecord, MutablePersistableRecord, Codable {}
extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

/// Records whose id SQLite assigns on insert.
public protocol AutoIDRecord: SnakeCaseRecord {
    var id: ID? { get set }
}
extension AutoIDRecord {
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Ally: AutoIDRecord { public static let databaseTableName = "allies" }
extension Parent: AutoIDRecord { public static let databaseTableName = "parents" }
extension DependencyCase: AutoIDRecord { public static let databaseTableName = "cases" }
extension Child: AutoIDRecord { public static let databaseTableName = "children" }
extension CaseParent: SnakeCaseRecord, PersistableRecord { public static let databaseTableName = "case_parents" }
extension HearingType: AutoIDRecord { public static let databaseTableName = "hearing_types" }
extension Hearing: AutoIDRecord { public static let databaseTableName = "hearings" }
extension HearingParent: SnakeCaseRecord, PersistableRecord { public static let databaseTableName = "hearing_parents" }
extension Contact: AutoIDRecord { public static let databaseTableName = "contacts" }
extension FollowUp: AutoIDRecord { public static let databaseTableName = "follow_ups" }
extension ClassSession: AutoIDRecord { public static let databaseTableName = "class_sessions" }
extension Course: AutoIDRecord { public static let databaseTableName = "courses" }
extension ClassAttendance: SnakeCaseRecord, PersistableRecord { public static let databaseTableName = "class_attendance" }
extension Referral: AutoIDRecord { public static let databaseTableName = "referrals" }
extension AuditEntry: AutoIDRecord { public static let databaseTableName = "audit_log" }
extension ChildMove: AutoIDRecord { public static let databaseTableName = "child_moves" }
