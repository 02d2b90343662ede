import CSV
import Foundation

/// Rows written as CSV (RFC 4180 quoting), to a file or standard output, a row at a time.
public final class CSVOutput {
    private let stream: OutputStream
    private let writer: CSVWriter
    private var wroteAny = false

    /// `path` nil writes to standard output. A file is created owner-only and must not exist.
    public init(path: String?) throws {
        if let path {
            if FileManager.default.fileExists(atPath: path) { throw StoreError.alreadyExists(path: path) }
            try FileSecurity.createOwnerOnlyFile(at: path)
        }
        guard let stream = OutputStream(toFileAtPath: path ?? "/dev/stdout", append: path == nil) else {
            throw StoreError.unreadable(path: path ?? "standard output", reason: "cannot write there")
        }
        stream.open()
        self.stream = stream
        writer = try CSVWriter(stream: stream)
    }

    public func write(_ row: [String]) throws {
        try writer.write(row: row)
        wroteAny = true
    }

    /// Ends the last line and closes the file.
    public func finish() {
        if wroteAny { _ = stream.write("\n", maxLength: 1) }
        stream.close()
    }
}
