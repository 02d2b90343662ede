import Foundation
import GRDB

extension SQLiteStore {
    /// A copy of the whole database at `destination`, made with SQLite's online backup: safe while
    /// other terminals write, consistent as of one moment, owner-only like the original. An
    /// existing file is never overwritten.
    public func backup(to destination: String) throws {
        if let reason = try refusal(for: .exportData, today: nil) { throw StoreError.notAllowed(reason) }
        if FileManager.default.fileExists(atPath: destination) { throw StoreError.alreadyExists(path: destination) }
        try FileSecurity.prepareDirectory(for: destination)
        try FileSecurity.createOwnerOnlyFile(at: destination)
        do {
            let copy = try DatabaseQueue(path: destination)
            try pool.backup(to: copy)
            try copy.close()
            try FileSecurity.restrictCompanions(of: destination)
        } catch {
            // A half-made copy is worse than none: nobody should restore from it.
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            throw StoreError.unreadable(path: destination, reason: "the backup could not be written (\(error))")
        }
        try write(action: "backup made", entity: "database", detail: (destination as NSString).lastPathComponent) { _ in }
    }
}
