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
        if let reason = try refusal(for: .exportData, today: nil) { throw StoreError.notAllowed(reason) }
        let columns = table.columns.filter { !(deidentified && $0.privacy == .dropped) }
        let what = table.rawValue + (deidentified ? StoredDetails.deidentified : "")
        // Recorded before the first row leaves, so even an export cut short is in the log.
        let pseudonyms = try write(action: "export started", entity: "table", detail: what) { db in
            deidentified ? try Pseudonyms.load(db) : nil
        }
        var rows = 0
        try pool.read { db in
            try emit(columns.map(\.name))
            let sql = "SELECT " + columns.map(\.sql).joined(separator: ", ") + " FROM \(table.from) ORDER BY 1, 2"
            let cursor = try Row.fetchCursor(db, sql: sql)
            while let row = try cursor.next() {
                try emit(columns.indices.map { index in
                    let value: DatabaseValue = row[index]
                    switch (columns[index].privacy, pseudonyms) {
                    case (.parentPseudonym, let names?): return Int64.fromDatabaseValue(value).map { names.name("parent", $0) } ?? ""
                    case (.casePseudonym, let names?): return Int64.fromDatabaseValue(value).map { names.name("case", $0) } ?? ""
                    default: return Self.text(value)
                    }
                })
                rows += 1
            }
        }
        try write(action: "exported", entity: "table", detail: "\(what): \(rows) rows") { _ in }
        return ExportResult(table: table, rows: rows, deidentified: deidentified)
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
