import Foundation
import GRDB

/// Backups: a whole copy of the database made with SQLite's online backup, safe while other
/// terminals write and consistent as of one moment. A plain backup is a database file that
/// opens as it is; a sealed one (`SealedBackup`) is encrypted with a passphrase, for copies that
/// leave the building. Both are new owner-only files; an existing file is never overwritten.
extension SQLiteStore {
    public func backup(to destination: String) throws {
        try backingUp(to: destination, detail: (destination as NSString).lastPathComponent) {
            try snapshot(to: destination)
        }
    }

    /// An encrypted backup. The plain copy it is made from is written beside the database (on
    /// the live file's own disk, never the destination's) and removed once sealed.
    public func backup(to destination: String, passphrase: String,
                       parameters: SecretHash.Parameters = SealedBackup.standardParameters) throws {
        if let problem = SealedBackup.problem(with: passphrase) { throw StoreError.invalid(field: .passphrase, reason: problem) }
        try backingUp(to: destination, detail: (destination as NSString).lastPathComponent + StoredDetails.encrypted) {
            let plain = path + ".backup-\(UUID().uuidString)"
            defer { NewFile.remove(plain) }
            try snapshot(to: plain)
            let output = try NewFile.ownerOnly(at: destination)
            guard let input = FileHandle(forReadingAtPath: plain) else {
                throw StoreError.unreadable(path: plain, reason: "file.copyUnreadable")
            }
            try SealedBackup.seal(input, to: output, passphrase: passphrase, parameters: parameters)
            try output.synchronize()
            try output.close()
        }
    }

    /// Checks, makes the destination's folder, runs `make`, removes anything half made, and
    /// records the backup in the audit log.
    private func backingUp(to destination: String, detail: String, _ make: () throws -> Void) throws {
        if let reason = try refusal(for: .exportData, today: nil) { throw StoreError.notAllowed(reason) }
        if FileManager.default.fileExists(atPath: destination) { throw StoreError.alreadyExists(path: destination) }
        try FileSecurity.prepareDirectory(for: destination)
        do {
            try make()
        } catch {
            // A half-made copy is worse than none: nobody should restore from it.
            if case StoreError.alreadyExists = error { throw error }
            NewFile.remove(destination)
            let why: Phrase = error is DatabaseError || error is StoreError
                ? StoreError.from(error, path: location).phrase : .asIs(error.localizedDescription)
            throw StoreError.unreadable(path: destination, reason: Phrase("file.backupNotWritten", ["reason": .phrase(why)]))
        }
        try write(action: "backup made", entity: "database", detail: detail) { _ in }
    }

    /// SQLite's online backup into a new owner-only database file.
    private func snapshot(to file: String) throws {
        try NewFile.ownerOnly(at: file).close()
        let copy = try DatabaseQueue(path: file)
        try pool.backup(to: copy)
        try copy.close()
        try FileSecurity.restrictCompanions(of: file)
    }
}
