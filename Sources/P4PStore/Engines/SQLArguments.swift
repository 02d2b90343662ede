import Foundation
import P4PWords

/// A Swift value the store binds to a statement, as the value both engines hold.
public protocol SQLBindable: Sendable {
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Int32: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { .real(self) } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Substring: SQLBindable { public var sqlValue: SQLValue { .text(String(self)) } }
/// Booleans are integers on both engines (0 and 1), as SQLite keeps them.
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension Data: SQLBindable { public var sqlValue: SQLValue { .blob(self) } }
extension Day: SQLBindable { public var sqlValue: SQLValue { .text(iso) } }
extension TimeOfDay: SQLBindable { public var sqlValue: SQLValue { .text(hhmm) } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// A statement's values: in order for `?`, or by name for `:name`, never both (as SQLite).
public struct SQLArguments: Sendable, Equatable, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public var positional: [SQLValue]
    public var named: [String: SQLValue]

    public init() { positional = []; named = [:] }

    public init(_ values: [SQLValue]) { positional = values; named = [:] }

    public init<S: Sequence>(_ values: S) where S.Element: SQLBindable {
        positional = values.map(\.sqlValue); named = [:]
    }

    public init(_ values: [(any SQLBindable)?]) {
        positional = values.map { $0?.sqlValue ?? .null }; named = [:]
    }

    public init(arrayLiteral elements: (any SQLBindable)?...) { self.init(elements) }

    public init(dictionaryLiteral elements: (String, (any SQLBindable)?)...) {
        positional = []
        named = Dictionary(elements.map { ($0.0, $0.1?.sqlValue ?? .null) }, uniquingKeysWith: { $1 })
    }

    public mutating func append(_ value: (any SQLBindable)?) { positional.append(value?.sqlValue ?? .null) }

    static func += (left: inout SQLArguments, right: SQLArguments) {
        left.positional += right.positional
        left.named.merge(right.named) { $1 }
    }

    static func + (left: SQLArguments, right: SQLArguments) -> SQLArguments {
        var sum = left; sum += right; return sum
    }
}

/// "?, ?, ?": one placeholder per value of an IN list.
func questionMarks(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}
