import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Dependency records are confidential: the file and its WAL companions are owner-only, in a
/// directory only the owner can enter when we create it.
public enum FileSecurity {
    /// The folder a database file sits in ("." for a bare file name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Makes the file's folder (owner-only) when it is missing.
    static func prepareDirectory(for path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        guard !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) else { return }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            var existing = dir
            while !existing.isEmpty, existing != "/", !FileManager.default.fileExists(atPath: existing) {
                existing = (existing as NSString).deletingLastPathComponent
            }
            let readOnly = access(existing.isEmpty ? "." : existing, W_OK | X_OK) != 0
            throw StoreError.cannotCreate(path: path, reason: readOnly
                ? Phrase("file.folderNotMadeReadOnly", ["folder": .text(dir), "existing": .text(existing)])
                : Phrase("file.folderNotMade", ["folder": .text(dir)]))
        }
    }

    /// Creates the file, owner-only, only if nothing is at the path yet (O_EXCL: two `p4p init`
    /// at once cannot both think they made it).
    static func createOwnerOnlyFile(at path: String) throws {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = errno
            if reason == EEXIST { throw StoreError.alreadyExists(path: path) }
            throw StoreError.cannotCreate(path: path, reason: .systemError(reason))
        }
        Glibc.close(fd)
    }

    /// SQLite creates -wal and -shm with the process umask; narrow them to the owner too. Only
    /// group and other bits are taken away: a file its owner made read-only stays read-only.
    static func restrictCompanions(of path: String) throws {
        for suffix in ["", "-wal", "-shm"] {
            let file = path + suffix
            guard let mode = (try? FileManager.default.attributesOfItem(atPath: file))?[.posixPermissions] as? Int,
                  mode & 0o077 != 0 else { continue }
            try? FileManager.default.setAttributes([.posixPermissions: mode & 0o700], ofItemAtPath: file)
        }
    }

    /// True when users other than the owner can read the file: allowed, but worth a warning.
    public static func othersCanRead(_ path: String) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int else { return false }
        return mode & 0o044 != 0
    }

    static func refuseIfOthersCanWrite(_ path: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int else { return }
        if mode & 0o022 != 0 { throw StoreError.othersCanWrite(path: path) }
    }
}
