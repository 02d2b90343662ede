import Foundation
import GRDB

/// A SQLite connection, inside a transaction GRDB opened, as a `SQLSession`.
public struct GRDBSession: SQLSession {
    let db: Database

    public init(_ db: Database) { self.db = db }

    public func rows(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        let columns = statement.columnNames
        // Each value straight from the statement: no GRDB row copied for a row of ours.
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(values))
        var rows: [SQLRow] = []
        while try cursor.next() != nil {
            rows.append(SQLRow(columns: columns, values: (0..<Int32(columns.count)).map {
                Self.value(DatabaseValue(sqliteStatement: statement.sqliteStatement, index: $0))
            }))
        }
        return rows
    }

    @discardableResult
    public func execute(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(values))
        return db.changesCount
    }

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .null: return nil
            case .integer(let n): return n
            case .real(let d): return d
            case .text(let s): return s
            case .blob(let data): return data
            }
        })
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
