import Foundation
import GRDB

/// A SQLite connection, inside a transaction GRDB opened, as a `SQLSession`.
public struct GRDBSession: SQLSession {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// The SQLite connection under a SQLite store's session, for the work only a file does
    /// (bulk loads, exports) through SQLite's own interface.
    static func connection(of session: any SQLSession) -> Database {
        guard let file = session as? GRDBSession else { preconditionFailure("a SQLite store's session is a GRDBSession") }
        return file.db
    }

    public var dialect: SQLDialect { .sqlite }

    public func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        let columns = statement.columnNames
        // Each value straight from the statement: no GRDB row copied for a row of ours.
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        var rows: [SQLRow] = []
        while try cursor.next() != nil {
            rows.append(SQLRow(columns: columns, values: (0..<Int32(columns.count)).map {
                Self.value(DatabaseValue(sqliteStatement: statement.sqliteStatement, index: $0))
            }))
        }
        return rows
    }

    @discardableResult
    public func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        return db.changesCount
    }

    private static func arguments(_ arguments: SQLArguments) -> StatementArguments {
        if !arguments.named.isEmpty {
            return StatementArguments(arguments.named.mapValues { databaseValue($0) })
        }
        return StatementArguments(arguments.positional.map(databaseValue))
    }

    private static func databaseValue(_ value: SQLValue) -> (any DatabaseValueConvertible)? {
        switch value {
        case .null: return nil
        case .integer(let n): return n
        case .real(let d): return d
        case .text(let s): return s
        case .blob(let data): return data
        }
    }

    private static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let n): return .integer(n)
        case .double(let d): return .real(d)
        case .string(let s): return .text(s)
        case .blob(let data): return .blob(data)
        }
    }
}
