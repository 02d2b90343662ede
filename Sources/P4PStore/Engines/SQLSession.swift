/// What the domain's rules ask of a database inside one transaction: statements in the store's
/// SQL (`?` placeholders, SQL both engines read alike), values bound, rows back by column. A
/// SQLite connection (`GRDBSession`) and a PostgreSQL server's connection both give it, so a
/// rule written against it (the audit chain, `AuditLedger`) is written once for both.
public protocol SQLSession {
    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow]
    /// Runs `sql`; how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int
    /// Which SQL the engine reads, for the few statements the two write differently.
    var dialect: SQLDialect { get }
    /// A program setting's stored value (nil: none saved). A server's snapshot reads them all
    /// at once: one pane's read asks for the policy and the timeline several times.
    func setting(_ key: String) throws -> String?
}

/// The two engines' SQL, where it differs.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    /// A join whose order is fixed as written: SQLite's planner keeps a CROSS JOIN's order (so a
    /// plan does not change with statistics); PostgreSQL takes no ON after CROSS JOIN.
    public var orderedJoin: String { self == .sqlite ? "CROSS JOIN" : "JOIN" }
    /// The largest of several values in one row: SQLite's `max` of two or more arguments;
    /// PostgreSQL's `max` is only an aggregate.
    public var greatest: String { self == .sqlite ? "max" : "greatest" }
}

extension SQLSession {
    public func setting(_ key: String) throws -> String? { try storedSetting(key) }

    /// The setting's value as the database holds it now.
    public func storedSetting(_ key: String) throws -> String? {
        try rows("SELECT value FROM settings WHERE key = ?", [.text(key)]).first?.values.first?.text
    }

    /// Values spelt as `SQLValue`s (`[.integer(7)]`), as the rules' own statements do.
    @_disfavoredOverload
    public func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [SQLRow] {
        try rows(sql, SQLArguments(values))
    }

    @_disfavoredOverload @discardableResult
    public func execute(_ sql: String, _ values: [SQLValue] = []) throws -> Int {
        try execute(sql, SQLArguments(values))
    }
}


/// One row: its values, and the columns they came from.
public struct SQLRow: Equatable, Sendable {
    public var columns: [String]
    public var values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) { self.columns = columns; self.values = values }

    public subscript(value column: String) -> SQLValue {
        columns.firstIndex(of: column).map { values[$0] } ?? .null
    }
}
