import Foundation

/// A domain value kept as one row of one table: its Codable properties are the columns
/// (camelCase in Swift, snake_case in SQL), lists are JSON text, days and times ISO text. The
/// same on both engines, so a write that inserts or updates a record is written once.
public protocol SQLRecord: Codable {
    static var table: String { get }
}

/// A record whose id the database gives on insert.
public protocol SQLIdentifiedRecord: SQLRecord {
    var id: ID? { get set }
}

extension SQLRecord {
    /// The record's columns and values, in the order of its properties.
    public func columns() throws -> [(name: String, value: SQLValue)] {
        let encoder = RecordEncoder()
        try encode(to: encoder)
        return encoder.storage.columns
    }

    public init(row: SQLRow) throws {
        try self.init(from: RecordDecoder(row: row))
    }

    public func insert(_ session: any SQLSession) throws {
        _ = try insertReturningID(session, leavingOut: [])
    }

    /// Inserts the row, leaving out `columns` (an id the database is to give); the new row's id.
    func insertReturningID(_ session: any SQLSession, leavingOut left: Set<String>) throws -> ID? {
        let columns = try self.columns().filter { !left.contains($0.name) }
        let names = columns.map(\.name).joined(separator: ", ")
        let marks = columns.map { _ in "?" }.joined(separator: ", ")
        let returning = left.contains("id") ? " RETURNING id" : ""
        let rows = try session.rows("INSERT INTO \(Self.table) (\(names)) VALUES (\(marks))\(returning)",
                                    SQLArguments(columns.map(\.value)))
        return rows.first.flatMap { ID.decode($0.values[0]) }
    }

    /// Inserts the row, or writes its columns over the row with the same `key` columns
    /// (`SQLSession.writeOver`).
    public func upsert(_ session: any SQLSession, key: [String]) throws {
        let columns = try self.columns()
        let keyed = columns.filter { key.contains($0.name) }, others = columns.filter { !key.contains($0.name) }
        try session.writeOver(Self.table, key: keyed.map { ($0.name, $0.value) }, set: others.map { ($0.name, $0.value) })
    }

    public static func fetchOne(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> Self? {
        try session.rows(sql, arguments).first.map(Self.init(row:))
    }

    public static func fetchAll(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try session.rows(sql, arguments).map(Self.init(row:))
    }

    /// The columns whose values differ between two versions of a record, by name.
    public func changedColumns(from old: Self) throws -> [String] {
        let before = Dictionary(try old.columns().map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        return try columns().filter { before[$0.name] != $0.value }.map(\.name)
    }
}

extension SQLIdentifiedRecord {
    /// Inserts the row; a record without an id gets the one the database gives.
    public mutating func insert(_ session: any SQLSession) throws {
        if id == nil {
            id = try insertReturningID(session, leavingOut: ["id"])
        } else {
            _ = try insertReturningID(session, leavingOut: [])
        }
    }

    /// Writes every column of the record over the row with its id.
    public func update(_ session: any SQLSession) throws {
        guard let id else { throw StoreError.notFound("notFound.record") }
        let columns = try self.columns().filter { $0.name != "id" }
        let assignments = columns.map { "\($0.name) = ?" }.joined(separator: ", ")
        try session.execute("UPDATE \(Self.table) SET \(assignments) WHERE id = ?",
                            SQLArguments(columns.map(\.value) + [.integer(id)]))
    }

    public static func fetchOne(_ session: any SQLSession, key id: ID) throws -> Self? {
        try fetchOne(session, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id])
    }

    public static func exists(_ session: any SQLSession, key id: ID) throws -> Bool {
        try !session.rows("SELECT 1 FROM \(table) WHERE id = ?", [id]).isEmpty
    }

    @discardableResult
    public static func deleteOne(_ session: any SQLSession, key id: ID) throws -> Bool {
        try session.execute("DELETE FROM \(table) WHERE id = ?", [id]) > 0
    }
}

/// "waitingSince" → "waiting_since".
func snakeCase(_ name: String) -> String {
    var result = ""
    for character in name {
        if character.isUppercase {
            result += "_" + character.lowercased()
        } else {
            result.append(character)
        }
    }
    return result
}

// MARK: - Encoding a record into columns

private final class ColumnStorage {
    var columns: [(name: String, value: SQLValue)] = []
}

private final class RecordEncoder: Encoder {
    let storage = ColumnStorage()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(RecordColumns<Key>(storage: storage))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure("a record is a row of columns") }
    func singleValueContainer() -> any SingleValueEncodingContainer { preconditionFailure("a record is a row of columns") }
}

private struct RecordColumns<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: ColumnStorage
    var codingPath: [any CodingKey] = []

    private func put(_ value: SQLValue, _ key: Key) { storage.columns.append((snakeCase(key.stringValue), value)) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try ColumnValue.encode(value), key) }
    // A nil optional is a NULL column, not a missing one: an update must clear it.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        put(try value.map(ColumnValue.encode) ?? .null, key)
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { put(value.map { .real(Double($0)) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .null, key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("a record's column holds one value")
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("a record's column holds one value")
    }
    mutating func superEncoder() -> any Encoder { preconditionFailure("a record's column holds one value") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure("a record's column holds one value") }
}

/// One property as one column's value: a bindable value as itself, anything else that encodes
/// to a single value (a day, an enum) as that, and a list or structure as JSON text.
private enum ColumnValue {
    static func encode<T: Encodable>(_ value: T) throws -> SQLValue {
        if let bindable = value as? any SQLBindable { return bindable.sqlValue }
        let single = SingleColumn()
        do {
            try value.encode(to: single)
            if let encoded = single.value { return encoded }
        } catch is NotOneValue {}
        let json = JSONEncoder()
        json.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .text(String(decoding: try json.encode(value), as: UTF8.self))
    }
}

private struct NotOneValue: Error {}

private final class SingleColumn: Encoder, SingleValueEncodingContainer {
    var value: SQLValue?
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Refusing<Key>())
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { RefusingList() }
    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { value = .null }
    func encode(_ value: Bool) throws { self.value = value.sqlValue }
    func encode(_ value: String) throws { self.value = value.sqlValue }
    func encode(_ value: Double) throws { self.value = value.sqlValue }
    func encode(_ value: Float) throws { self.value = .real(Double(value)) }
    func encode(_ value: Int) throws { self.value = value.sqlValue }
    func encode(_ value: Int8) throws { self.value = .integer(Int64(value)) }
    func encode(_ value: Int16) throws { self.value = .integer(Int64(value)) }
    func encode(_ value: Int32) throws { self.value = value.sqlValue }
    func encode(_ value: Int64) throws { self.value = value.sqlValue }
    func encode(_ value: UInt) throws { self.value = .integer(Int64(value)) }
    func encode(_ value: UInt8) throws { self.value = .integer(Int64(value)) }
    func encode(_ value: UInt16) throws { self.value = .integer(Int64(value)) }
    func encode(_ value: UInt32) throws { self.value = .integer(Int64(value)) }
    func encode(_ value: UInt64) throws { self.value = .integer(Int64(value)) }
    func encode<T: Encodable>(_ value: T) throws { self.value = try ColumnValue.encode(value) }
}

/// Containers a single column cannot hold: encoding into one means "use JSON".
private struct Refusing<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [any CodingKey] = []
    mutating func encodeNil(forKey key: Key) throws { throw NotOneValue() }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw NotOneValue() }
    mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
        KeyedEncodingContainer(Refusing<N>())
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { RefusingList() }
    mutating func superEncoder() -> any Encoder { SingleColumn() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { SingleColumn() }
}

private struct RefusingList: UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] = []
    var count = 0
    mutating func encodeNil() throws { throw NotOneValue() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw NotOneValue() }
    mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
        KeyedEncodingContainer(Refusing<N>())
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { RefusingList() }
    mutating func superEncoder() -> any Encoder { SingleColumn() }
}

// MARK: - Decoding a record from a row

private struct RecordDecoder: Decoder {
    let row: SQLRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowColumns<Key>(row: row))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(SQLRow.self, .init(codingPath: [], debugDescription: "a record is a row of columns"))
    }
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(SQLRow.self, .init(codingPath: [], debugDescription: "a record is a row of columns"))
    }
}

private struct RowColumns<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: SQLRow
    var codingPath: [any CodingKey] = []
    var allKeys: [Key] { row.columns.compactMap { Key(stringValue: camelCase($0)) } }

    private func value(_ key: Key) -> SQLValue { row[value: snakeCase(key.stringValue)] }

    func contains(_ key: Key) -> Bool { row.columns.contains(snakeCase(key.stringValue)) }
    func decodeNil(forKey key: Key) throws -> Bool { value(key) == .null }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try OneColumn(value: value(key), codingPath: codingPath + [key]).decodeValue(T.self)
    }
    func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> {
        throw DecodingError.typeMismatch(T.self, .init(codingPath: codingPath + [key], debugDescription: "one value per column"))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(SQLRow.self, .init(codingPath: codingPath + [key], debugDescription: "one value per column"))
    }
    func superDecoder() throws -> any Decoder { OneColumn(value: .null, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { OneColumn(value: value(key), codingPath: codingPath + [key]) }

    private typealias T = SQLRow
}

private func camelCase(_ name: String) -> String {
    var result = "", upper = false
    for character in name {
        if character == "_" { upper = true; continue }
        result += upper ? character.uppercased() : String(character)
        upper = false
    }
    return result
}

/// One column's value as whatever the property is: a decodable value directly, a day or an
/// enum through its single value, a list from its JSON text.
private struct OneColumn: Decoder, SingleValueDecodingContainer {
    let value: SQLValue
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let decodable = T.self as? any SQLDecodable.Type {
            guard let decoded = decodable.decode(value) as? T else { throw mismatch(T.self) }
            return decoded
        }
        if case .text(let text) = value, text.first == "[" || text.first == "{" {
            if let decoded = try? JSONDecoder().decode(T.self, from: Data(text.utf8)) { return decoded }
        }
        return try T(from: self)
    }

    private func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "column holds \(value)"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw mismatch(type) }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw mismatch([Any].self) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(type) }
    func decode(_ type: String.Type) throws -> String { try decodeValue(type) }
    func decode(_ type: Double.Type) throws -> Double { try decodeValue(type) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decodeValue(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try decodeValue(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { Int8(try decodeValue(Int.self)) }
    func decode(_ type: Int16.Type) throws -> Int16 { Int16(try decodeValue(Int.self)) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(type) }
    func decode(_ type: UInt.Type) throws -> UInt { UInt(try decodeValue(Int.self)) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(try decodeValue(Int.self)) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(try decodeValue(Int.self)) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(try decodeValue(Int.self)) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { UInt64(try decodeValue(Int.self)) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
}
