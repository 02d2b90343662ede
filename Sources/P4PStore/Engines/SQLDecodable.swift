import Foundation
import P4PWords

/// A Swift value the store reads from a column: nil when the value is NULL or of another kind.
public protocol SQLDecodable {
    static func decode(_ value: SQLValue) -> Self?
}

extension Int: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Int? {
        switch value {
        case .integer(let n): return Int(n)
        case .real(let d): return Int(exactly: d)
        default: return nil
        }
    }
}
extension Int64: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Int64? { Int.decode(value).map(Int64.init) }
}
extension Int32: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Int32? { Int.decode(value).flatMap(Int32.init(exactly:)) }
}
extension Double: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Double? {
        switch value {
        case .integer(let n): return Double(n)
        case .real(let d): return d
        default: return nil
        }
    }
}
extension String: SQLDecodable {
    public static func decode(_ value: SQLValue) -> String? {
        switch value {
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .real(let d): return String(d)
        case .blob(let data): return String(data: data, encoding: .utf8)
        case .null: return nil
        }
    }
}
extension Bool: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Bool? { Int.decode(value).map { $0 != 0 } }
}
extension Data: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Data? {
        switch value {
        case .blob(let data): return data
        case .text(let s): return Data(s.utf8)
        default: return nil
        }
    }
}
extension Day: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Day? { String.decode(value).flatMap(Day.init(iso:)) }
}
extension TimeOfDay: SQLDecodable {
    public static func decode(_ value: SQLValue) -> TimeOfDay? { String.decode(value).flatMap(TimeOfDay.init(hhmm:)) }
}

extension SQLRow {
    /// The column's value as `T`; nil when NULL (or not a `T`).
    public subscript<T: SQLDecodable>(_ column: String) -> T? {
        T.decode(self[value: column])
    }

    /// The column's value as `T`, which the query promises is there: a NULL here is the
    /// store's own mistake, so it stops, as a failed array index does.
    public subscript<T: SQLDecodable>(_ column: String) -> T {
        guard let value = T.decode(self[value: column]) else {
            preconditionFailure("column \(column) holds no \(T.self)")
        }
        return value
    }

    public subscript<T: SQLDecodable>(_ index: Int) -> T? { T.decode(values[index]) }

    public subscript<T: SQLDecodable>(_ index: Int) -> T {
        guard let value = T.decode(values[index]) else { preconditionFailure("column \(index) holds no \(T.self)") }
        return value
    }

    public static func fetchAll(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        try session.rows(sql, arguments)
    }

    public static func fetchOne(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        try session.rows(sql, arguments).first
    }
}

extension SQLDecodable {
    /// The first column of the first row; nil when there is no row or it holds NULL.
    public static func fetchOne(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> Self? {
        try session.rows(sql, arguments).first.flatMap { $0.values.first.flatMap(decode) }
    }

    /// The first column of every row, NULLs left out.
    public static func fetchAll(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try session.rows(sql, arguments).compactMap { $0.values.first.flatMap(decode) }
    }
}

extension SQLDecodable where Self: Hashable {
    public static func fetchSet(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> Set<Self> {
        Set(try fetchAll(session, sql: sql, arguments: arguments))
    }
}

extension SQLSession {
    @discardableResult
    public func execute(sql: String, arguments: SQLArguments = []) throws -> Int {
        try execute(sql, arguments)
    }
}
