import Foundation
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
        try withoutActuallyEscaping(emit) { emit in
            let rows = GatheredRows(emit)
            return try export([table], deidentified: deidentified) { _ in rows }[0]
        }
    }

    /// The same, written straight into `output` as CSV.
    @discardableResult
    public func export(_ table: ExportTable, deidentified: Bool, to output: CSVOutput) throws -> ExportResult {
        try export([table], deidentified: deidentified) { _ in output }[0]
    }

    /// Several tables from one snapshot, so a de-identified set joins up: every pseudonym in one
    /// table is in the others as they were at the same moment. Each table is audited as when
    /// exported alone, its start before the first row leaves (so even an export cut short is in
    /// the log) and its count after.
    func export(_ tables: [ExportTable], deidentified: Bool,
                into writer: (ExportTable) -> ExportRowWriter) throws -> [ExportResult] {
        if let reason = try refusal(for: .exportData, today: nil) { throw StoreError.notAllowed(reason) }
        let what = tables.map { $0.rawValue + (deidentified ? StoredDetails.deidentified : "") }
        let pseudonyms = try audit("export started", what) { db in deidentified ? try Pseudonyms.load(db) : nil }
        let counts = try pool.read { db in
            // A de-identified table is sorted by pseudonym, millions of rows for a state: SQLite
            // may sort with the machine's other cores while this one reads and writes.
            try db.execute(sql: "PRAGMA threads = \(min(4, ProcessInfo.processInfo.activeProcessorCount))")
            defer { try? db.execute(sql: "PRAGMA threads = 0") }
            func streamAll() throws -> [Int] {
                try tables.map { table in try stream(table, deidentified: deidentified, db, into: writer(table)) }
            }
            guard let pseudonyms else { return try streamAll() }
            return try PseudonymFunctions.installed(pseudonyms, on: db, streamAll)
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
            return try body(GRDBSession.connection(of: db))
        }
    }

    /// One table's heading and rows; the number of rows. Each cell goes from the statement to
    /// the writer as SQLite holds it (`ExportCell`), not through GRDB's rows and values.
    private func stream(_ table: ExportTable, deidentified: Bool, _ db: Database, into writer: ExportRowWriter) throws -> Int {
        let columns = table.columns(deidentified: deidentified)
        for column in columns {
            var name = column.name
            name.withUTF8(writer.append(cell:))
        }
        try writer.endRow()
        let selected = columns.map { $0.selected(deidentified: deidentified) }.joined(separator: ", ")
        let statement = try db.makeStatement(sql: "SELECT \(selected) FROM \(table.from) ORDER BY \(table.order)")
        let ageBands = columns.map { if case .ageBand = $0.privacy { true } else { false } }
        let cursor = try Row.fetchCursor(statement)
        var rows = 0
        while try cursor.next() != nil {
            for index in columns.indices {
                ExportCell.write(statement.sqliteStatement, Int32(index), ageBand: ageBands[index], to: writer)
            }
            try writer.endRow()
            rows += 1
        }
        return rows
    }
}
