/// An insert that writes over the row with the same key: an UPDATE, then an INSERT when no row
/// had the key. Portable where `ON CONFLICT (key)` is not: on a server a key is unique within
/// its organization (`organization_id` leads every key there), so no index has the key's
/// columns alone for `ON CONFLICT` to name. Safe because a write holds the database's write
/// lock: no other writer can insert the key between the two statements.
extension SQLSession {
    public func writeOver(_ table: String, key: KeyValuePairs<String, any SQLBindable>,
                          set values: KeyValuePairs<String, any SQLBindable>) throws {
        try writeOver(table, key: key.map { ($0.key, $0.value.sqlValue) }, set: values.map { ($0.key, $0.value.sqlValue) })
    }

    public func writeOver(_ table: String, key: [(String, SQLValue)], set values: [(String, SQLValue)]) throws {
        precondition(!values.isEmpty, "a row written over has columns besides its key")
        let updated = try execute("""
            UPDATE \(table) SET \(values.map { "\($0.0) = ?" }.joined(separator: ", "))
            WHERE \(key.map { "\($0.0) = ?" }.joined(separator: " AND "))
            """, SQLArguments((values + key).map(\.1)))
        guard updated == 0 else { return }
        let columns = key + values
        _ = try execute("INSERT INTO \(table) (\(columns.map(\.0).joined(separator: ", "))) VALUES (\(questionMarks(columns.count)))",
                        SQLArguments(columns.map(\.1)))
    }

    /// A program setting, kept for every terminal on the database.
    public func writeSetting(_ key: String, _ value: String) throws {
        try writeOver("settings", key: ["key": key], set: ["value": value])
    }
}
