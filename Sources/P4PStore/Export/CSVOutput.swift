import CSV
import Foundation

/// Rows written as CSV (RFC 4180 quoting, by CSV.swift), to a file or standard output. CSV.swift
/// writes a byte at a time, so each row is made in memory and the file is written in large
/// pieces: a statewide table in seconds, not minutes.
public final class CSVOutput {
    private let file: FileHandle
    private var pending = Data()
    private static let flushSize = 1 << 16

    /// `path` nil writes to standard output. A file is created owner-only and must not exist.
    public init(path: String?) throws {
        guard let path else {
            file = FileHandle.standardOutput
            return
        }
        file = try NewFile.ownerOnly(at: path)
    }

    public func write(_ row: [String]) throws {
        let memory = OutputStream.toMemory()
        memory.open()
        try CSVWriter(stream: memory).write(row: row)
        memory.close()
        pending.append(memory.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
        pending.append(0x0A)
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Writes what is left and closes a file.
    public func finish() throws {
        try flush()
        if file !== FileHandle.standardOutput { try file.close() }
    }

    private func flush() throws {
        try file.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }
}
