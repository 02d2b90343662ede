import Foundation
import GRDB

/// A copy of a database to measure on, so that the file measured is never changed: opening a
/// parent's file, signing in and saving all write to the database they run on. The copy is
/// made with SQLite's online backup, which only reads (no audit entry, no migration, nothing
/// written to the file, safe while other terminals write), into a new owner-only folder beside
/// the file (its own disk, so its figures are the file's), and removed with the folder. The
/// connection is not a read-only one: closing last, it removes the -wal and -shm files it made,
/// as a read-only connection cannot, so the file's folder is left as it was.
public struct ScratchCopy: Sendable {
    public let folder: String
    public let path: String

    /// Where the copy of `source` goes: a new folder beside it, named here, made by `make`.
    public init(beside source: String) {
        let parent = (source as NSString).deletingLastPathComponent
        folder = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".p4p-bench-\(UUID().uuidString)")
        path = (folder as NSString).appendingPathComponent("copy.sqlite")
    }

    /// Makes the folder and copies `source` into it; on a failure, leaves nothing behind.
    public func make(from source: String) throws {
        guard FileManager.default.fileExists(atPath: source) else { throw StoreError.missing(path: source) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        do {
            var configuration = Configuration()
            configuration.busyMode = Connections.busyMode()
            let original = try DatabaseQueue(path: source, configuration: configuration)
            defer { try? original.close() }
            try NewFile.ownerOnly(at: path).close()
            let copy = try DatabaseQueue(path: path)
            try original.backup(to: copy)
            try copy.close()
        } catch {
            remove()
            throw StoreError.from(error, path: source)
        }
    }

    /// The folder and everything in it (the copy, its -wal and -shm, anything made beside it).
    public func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
