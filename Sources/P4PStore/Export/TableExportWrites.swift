import GRDB

/// What an export wrote, for the audit log and the user.
public struct ExportResult: Sendable, Equatable {
    public var table: ExportTable
    public var rows: Int
    public var deidentified: Bool
}

extension SQLiteStore {
    /// Streams a table, heading first, one row at a time, to `emit`: a statewide table never sits
    /// in memory, and other terminals keep writing meanwhile (it reads one snapshot). The export
    /// is a deliberate act: the audit log records what was exported and how many rows, never
    /// their content.
    @discardableResult
    public func export(_ table: ExportTable, deidentified: Bool, _ emit: ([String]) throws -> Void) throws -> ExportResult {
        try export([table], deidentified: deidentified) { _, row in try emit(row) }[0]
    }

    /// Several tables from one snapshot, so a de-identified set joins up: every pseudonym in one
    /// table is in the others as they were at the same moment. Each table is audited as when
    /// exported alone, its start before the first row leaves (so even an export cut short is in
    /// the log) and its count after.
    func export(_ tables: [ExportTable], deidentified: Bool,
                _ emit: (ExportTable, [String]) throws -> Void) throws -> [ExportResult] {
        if let reason = try refusal(for: .exportData, today: nil) { throw StoreError.notAllowed(reason) }
        let what = tables.map { $0.rawValue + (deidentified ? StoredDetails.deidentified : "") }
        let pseudonyms = try audit("export started", what) { db in deidentified ? try Pseudonyms.load(db) : nil }
        let counts = try pool.read { db in
            if let pseudonyms { db.add(function: pseudonyms.sqlFunction) }
            defer { if let pseudonyms { db.remove(function: pseudonyms.sqlFunction) } }
            return try tables.map { table in try stream(table, deidentified: deidentified, db) { try emit(table, $0) } }
        }
        try audit("exported", zip(what, counts).map { "\($0): \($1) rows" }) { _ in }
        return zip(tables, counts).map { ExportResult(table: $0, rows: $1, deidentified: deidentified) }
    }

    /// One audit entry a table, in one transaction with `body`.
    private func audit<T>(_ action: String, _ details: [String], _ body: (Database) throws -> T) throws -> T {
        try write(action: action, entity: "table", detail: details.last) { db in
            for detail in details.dropLast() {
                try appendAudit(AuditEntry(at: Self.timestamp(), actor: actor, action: action, entity: "table",
                                           entityId: nil, detail: detail), db)
            }
            return try body(db)
        }
    }

    /// One table's heading and rows; the number of rows.
    private func stream(_ table: ExportTable, deidentified: Bool, _ db: Database, _ emit: ([String]) throws -> Void) throws -> Int {
        let columns = table.columns(deidentified: deidentified)
        try emit(columns.map(\.name))
        let selected = columns.map { $0.selected(deidentified: deidentified) }.joined(separator: ", ")
        let statement = try db.makeStatement(sql: "SELECT \(selected) FROM \(table.from) ORDER BY \(table.order)")
        let ageBands = columns.map { if case .ageBand = $0.privacy { true } else { false } }
        let cursor = try Row.fetchCursor(statement)
        var rows = 0
        var cells: [String] = []
        cells.reserveCapacity(columns.count)
        while try cursor.next() != nil {
            cells.removeAll(keepingCapacity: true)
            // Each value straight from the statement, not through Row's generic decoding.
            for index in columns.indices {
                let value = DatabaseValue(sqliteStatement: statement.sqliteStatement, index: CInt(index))
                cells.append(ageBands[index] ? Int64.fromDatabaseValue(value).flatMap(AgeBand.band(years:)) ?? "" : Self.text(value))
            }
            try emit(cells)
            rows += 1
        }
        return rows
    }

    /// A stored value as CSV text; stored text is made spreadsheet-safe (`SpreadsheetCell`).
    private static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let n): return String(n)
        case .double(let d): return String(d)
        case .string(let s): return SpreadsheetCell.text(s)
        case .blob: return ""
        }
    }
}
