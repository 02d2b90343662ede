import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What lies at a database path, looked at before SQLite opens it. Left to itself SQLite turns an
/// empty file into a new database, opens a file it cannot write read-only without a word (the
/// first save then fails), and reads a cut-short file as far as it goes. This reads at most the
/// 100-byte header and writes nothing.
enum FileInspection {
    /// Refuses, in words, a path that is not a whole, writable SQLite file in a writable folder.
    static func check(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR { throw StoreError.missing(path: path) }
            throw StoreError.unreadable(path: path, reason: .systemError(reason))
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw StoreError.isAFolder(path: path) }
        // A pipe or a device would block or read forever; a database is a plain file.
        guard kind == S_IFREG else { throw StoreError.notADatabase(path: path) }
        guard access(path, R_OK) == 0 else {
            throw StoreError.unreadable(path: path, reason: "file.runAsOwner")
        }
        if info.st_size == 0 { throw StoreError.emptyFile(path: path) }
        let header = try readHeader(path)
        guard header.starts(with: Array("SQLite format 3\0".utf8)) else { throw StoreError.notADatabase(path: path) }
        if isCutShort(path, header: header, size: Int64(info.st_size)) { throw StoreError.truncated(path: path) }
        guard access(path, W_OK) == 0 else { throw StoreError.readOnlyFile(path: path) }
        try checkFolderIsWritable(for: path)
    }

    /// SQLite creates the -wal and -shm files beside the database, so its folder must take new files.
    static func checkFolderIsWritable(for path: String) throws {
        guard access(FileSecurity.folder(of: path), W_OK | X_OK) == 0 else {
            throw StoreError.readOnlyFolder(path: path)
        }
    }

    private static func readHeader(_ path: String) throws -> [UInt8] {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadable(path: path, reason: "file.runAsOwner")
        }
        defer { try? file.close() }
        return [UInt8]((try? file.read(upToCount: 100)) ?? Data())
    }

    /// True when the file is shorter than its header says it is. Only judged when no journal lies
    /// beside it: with a -wal or -journal, SQLite itself decides what the file holds, and another
    /// terminal may be halfway through copying pages back into it.
    private static func isCutShort(_ path: String, header: [UInt8], size: Int64) -> Bool {
        guard header.count == 100 else { return true }
        for suffix in ["-wal", "-journal"] where fileSize(path + suffix) > 0 { return false }
        // SQLite writes a page size of 65536 as 1: it does not fit in two bytes.
        let storedPageSize = Int64(bigEndian(header, at: 16, bytes: 2))
        let pageSize: Int64 = storedPageSize == 1 ? 65536 : storedPageSize
        let changeCounter = bigEndian(header, at: 24, bytes: 4)
        let pages = Int64(bigEndian(header, at: 28, bytes: 4))
        // The page count is trusted only when the header says it is current ("version-valid-for").
        guard changeCounter == bigEndian(header, at: 92, bytes: 4), pages > 0 else { return false }
        return size < pages * pageSize
    }

    private static func fileSize(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int, bytes count: Int) -> UInt32 {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
