import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new owner-only file, for what leaves the database: exports, backups, restores. Created in
/// one step that fails if the path exists (O_EXCL), so nothing is ever written over, not even a
/// file that appeared since someone looked.
enum NewFile {
    static func ownerOnly(at path: String) throws -> FileHandle {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw StoreError.alreadyExists(path: path) }
            throw StoreError.unreadable(path: path, reason: Phrase("file.cannotCreateHere", ["reason": .phrase(.systemError(errno))]))
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// A new owner-only folder, for a set of exports; an existing one is refused, as a file is.
    static func ownerOnlyFolder(at path: String) throws {
        try FileSecurity.prepareDirectory(for: path)
        guard mkdir(path, 0o700) == 0 else {
            if errno == EEXIST { throw StoreError.alreadyExists(path: path) }
            throw StoreError.unreadable(path: path, reason: Phrase("file.cannotCreateHere", ["reason": .phrase(.systemError(errno))]))
        }
    }

    /// Removes a file and the journal files SQLite may have left beside it.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
