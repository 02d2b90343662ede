/// Where an export's rows go, a cell at a time, as UTF-8 already made spreadsheet-safe
/// (`ExportCell`): straight into a CSV file (`CSVOutput`), or gathered into strings for a
/// caller that takes rows (`GatheredRows`). A statewide table goes to its file with no string
/// made for any cell.
protocol ExportRowWriter: AnyObject {
    func append(cell: UnsafeBufferPointer<UInt8>)
    func endRow() throws
}

/// Rows as lists of strings, handed to `emit` one at a time.
final class GatheredRows: ExportRowWriter {
    private let emit: ([String]) throws -> Void
    private var cells: [String] = []

    init(_ emit: @escaping ([String]) throws -> Void) { self.emit = emit }

    func append(cell: UnsafeBufferPointer<UInt8>) { cells.append(String(decoding: cell, as: UTF8.self)) }

    func endRow() throws {
        defer { cells.removeAll(keepingCapacity: true) }
        try emit(cells)
    }
}
