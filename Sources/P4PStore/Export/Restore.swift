import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Restoring a backup, plain or sealed, into a new database file. Nothing is written unless the
/// whole backup opens: a sealed backup is proved chunk by chunk before a byte of it is written,
/// the copy is made under a temporary name and checked to be a P4P Desk database, and only then
/// takes the destination's name, which must still be free.
public enum BackupRestore {
    public enum Kind: Sendable, Equatable {
        /// Encrypted with a passphrase (`p4p backup --encrypt`).
        case sealed
        /// A database file as `p4p backup` writes it.
        case plain
    }

    /// What the file at `source` is; refuses anything that is neither kind of backup.
    public static func kind(of source: String) throws -> Kind {
        guard FileManager.default.fileExists(atPath: source) else { throw StoreError.notFound(Phrase("notFound.file", ["path": .text(source)])) }
        guard let input = FileHandle(forReadingAtPath: source) else {
            throw StoreError.unreadable(path: source, reason: .systemError(EACCES))
        }
        defer { try? input.close() }
        let start = try SealedBackup.readFully(input, 16)
        if SealedBackup.isSealed(start) { return .sealed }
        if start == Data("SQLite format 3\0".utf8) { return .plain }
        throw StoreError.unreadable(path: source, reason: "file.notABackup")
    }

    /// Restores `source` to the new file `destination` (owner-only). A sealed backup needs its
    /// passphrase; a wrong one, or a file changed since it was made, is refused in one line.
    public static func restore(from source: String, to destination: String, passphrase: String?) throws {
        if FileManager.default.fileExists(atPath: destination) { throw StoreError.alreadyExists(path: destination) }
        let kind = try kind(of: source)
        if kind == .sealed {
            guard let passphrase else { throw StoreError.invalid(field: .passphrase, reason: Phrase("invalid.encryptedNeedsPassphrase", ["path": .text(source)])) }
            // First proved whole, so a wrong passphrase or a changed chunk writes nothing at all.
            let input = try reader(source)
            defer { try? input.close() }
            try refusingFailures(source) { try SealedBackup.open(input, passphrase: passphrase) { _ in } }
        }
        try FileSecurity.prepareDirectory(for: destination)
        let folder = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).restoring-\(UUID().uuidString)"
        defer { NewFile.remove(temporary) }
        let output = try NewFile.ownerOnly(at: temporary)
        let input = try reader(source)
        defer { try? input.close() }
        try refusingFailures(source) {
            switch kind {
            case .sealed: try SealedBackup.open(input, passphrase: passphrase ?? "") { try output.write(contentsOf: $0) }
            case .plain:
                while true {
                    let chunk = try SealedBackup.readFully(input, SealedBackup.standardChunkSize)
                    if chunk.isEmpty { break }
                    try output.write(contentsOf: chunk)
                }
            }
        }
        try output.synchronize()
        try output.close()
        try checkIsADatabase(temporary, source: source)
        // link() gives the file its name only if the name is still free: never over a file
        // that appeared meanwhile.
        guard link(temporary, destination) == 0 else {
            if errno == EEXIST { throw StoreError.alreadyExists(path: destination) }
            throw StoreError.unreadable(path: destination, reason: Phrase("file.cannotCreateHere", ["reason": .phrase(.systemError(errno))]))
        }
    }

    private static func reader(_ source: String) throws -> FileHandle {
        guard let input = FileHandle(forReadingAtPath: source) else {
            throw StoreError.unreadable(path: source, reason: .systemError(EACCES))
        }
        return input
    }

    /// A sealed backup's failure in words naming the file, and that nothing was written.
    private static func refusingFailures(_ source: String, _ body: () throws -> Void) throws {
        do { try body() } catch let failure as SealedBackup.Failure {
            throw StoreError.unreadable(path: source, reason: Phrase("file.nothingWritten", ["reason": .phrase(failure.phrase)]))
        }
    }

    /// The restored bytes must be a P4P Desk database this version can open.
    private static func checkIsADatabase(_ file: String, source: String) throws {
        do {
            try SQLiteStore.validate(path: file)
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: file, configuration: config)
            defer { try? queue.close() }
            let appID = try queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
            guard appID == Schema.applicationID else { throw StoreError.notAP4PDatabase(path: source) }
        } catch StoreError.newerSchema {
            throw StoreError.newerSchema(path: source)
        } catch let error as StoreError {
            if case .notAP4PDatabase = error { throw StoreError.notAP4PDatabase(path: source) }
            throw StoreError.unreadable(path: source, reason: "file.notOpenable")
        } catch {
            throw StoreError.unreadable(path: source, reason: "file.notOpenable")
        }
    }
}
