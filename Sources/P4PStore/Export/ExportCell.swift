import GRDB
import GRDBSQLite

/// One exported cell, read from the statement's current row as SQLite holds it and lent to a
/// writer as UTF-8: NULL and blobs empty, numbers in decimal, text spreadsheet-safe
/// (`SpreadsheetCell`), an age band's whole years as their band.
enum ExportCell {
    static func write(_ statement: SQLiteStatement, _ column: Int32, ageBand: Bool, to writer: ExportRowWriter) {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            let number = sqlite3_column_int64(statement, column)
            if ageBand { return lend(AgeBand.band(years: number) ?? "", to: writer) }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                writer.append(cell: UnsafeBufferPointer(rebasing: buffer[..<decimal(number, into: buffer)]))
            }
        case SQLITE_FLOAT:
            let number = sqlite3_column_double(statement, column)
            if ageBand { return lend(Int64(exactly: number).flatMap(AgeBand.band(years:)) ?? "", to: writer) }
            lend(String(number), to: writer)
        case SQLITE_TEXT:
            guard !ageBand, let text = sqlite3_column_text(statement, column) else { return lend("", to: writer) }
            let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
            SpreadsheetCell.withSafe(bytes) { writer.append(cell: $0) }
        default:
            lend("", to: writer)
        }
    }

    private static func lend(_ text: String, to writer: ExportRowWriter) {
        var text = text
        text.withUTF8 { writer.append(cell: $0) }
    }

    /// `number` in decimal at the start of `buffer` (20 bytes hold any Int64); how many bytes.
    static func decimal(_ number: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var rest = number.magnitude
        var count = 0
        if number < 0 { buffer[count] = UInt8(ascii: "-"); count += 1 }
        let first = count
        repeat {
            buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
            count += 1
            rest /= 10
        } while rest > 0
        // Written least significant first: turn the digits round.
        buffer[first..<count].reverse()
        return count
    }
}
