import Foundation

/// Rows written as CSV, to a file or standard output, in large pieces: a statewide table in
/// seconds, not minutes. The quoting is RFC 4180's, as CSV.swift writes it (which reads the
/// files back): a cell holding a comma, a double quote, a carriage return or a line feed is
/// quoted, its quotes doubled; rows end in a line feed. CSV.swift's writer checks each cell with
/// four Foundation searches and writes a byte at a time through a stream, which cost a
/// de-identified export most of its time; these four bytes are found in one pass over UTF-8
/// (no byte of a longer character is ever one of them).
public final class CSVOutput: ExportRowWriter {
    private let file: FileHandle
    private var pending: [UInt8] = []
    /// Whether the row being written has a cell yet (the next one follows a comma).
    private var rowStarted = false
    private static let flushSize = 1 << 16

    /// `path` nil writes to standard output. A file is created owner-only and must not exist.
    public init(path: String?) throws {
        pending.reserveCapacity(Self.flushSize + 4096)
        guard let path else {
            file = FileHandle.standardOutput
            return
        }
        file = try NewFile.ownerOnly(at: path)
    }

    public func write(_ row: [String]) throws {
        for cell in row {
            var cell = cell
            cell.withUTF8(append(cell:))
        }
        try endRow()
    }

    func append(cell bytes: UnsafeBufferPointer<UInt8>) {
        if rowStarted { pending.append(Self.comma) }
        rowStarted = true
        guard bytes.contains(where: Self.needsQuotes) else {
            pending.append(contentsOf: bytes)
            return
        }
        pending.append(Self.quote)
        for byte in bytes {
            if byte == Self.quote { pending.append(Self.quote) }
            pending.append(byte)
        }
        pending.append(Self.quote)
    }

    func endRow() throws {
        pending.append(Self.lineFeed)
        rowStarted = false
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Writes what is left and closes a file.
    public func finish() throws {
        try flush()
        if file !== FileHandle.standardOutput { try file.close() }
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == comma || byte == quote || byte == lineFeed || byte == carriageReturn
    }

    private func flush() throws {
        try file.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }
}
