import Foundation

/// Dependency records are confidential: the file and its WAL companions are owner-only, in a
/// directory only the owner can enter when we create it.
public enum FileSecurity {
    static func prepareDirectory(for path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        guard !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    static func createOwnerOnlyFile(at path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.unreadable(path: path, reason: "cannot create the file here")
        }
    }

    /// SQLite creates -wal and -shm with the process umask; narrow them to the owner too.
    static func restrictCompanions(of path: String) throws {
        for suffix in ["", "-wal", "-shm"] {
            let file = path + suffix
            if FileManager.default.fileExists(atPath: file) {
                try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
            }
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
