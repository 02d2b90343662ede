/// What the domain's rules ask of a database inside one transaction: statements in the store's
/// SQL (`?` placeholders, SQL both engines read alike), values bound, rows back by column. A
/// SQLite connection (`GRDBSession`) and a PostgreSQL server's connection both give it, so a
/// rule written against it (the audit chain, `AuditLedger`) is written once for both.
public protocol SQLSession {
    func rows(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow]
    /// Runs `sql`; how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ values: [SQLValue]) throws -> Int
}

/// One row: its values, and the columns they came from.
public struct SQLRow: Equatable, Sendable {
    public var columns: [String]
    public var values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) { self.columns = columns; self.values = values }

    public subscript(_ column: String) -> SQLValue {
        columns.firstIndex(of: column).map { values[$0] } ?? .null
    }
}
