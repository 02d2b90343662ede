import Foundation
import Testing

/// A file P4P Desk must not open is refused in one line on stderr that names it and says what to
/// do, with a non-zero exit, and is left exactly as it was: same bytes, nothing new beside it.
@Suite struct FileRefusalTests {
    /// Opens `path` as a person would (the dashboard, and a command that only reads) and checks
    /// the refusal; returns the dashboard's message.
    @discardableResult
    private func expectRefused(_ path: String, saying words: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let before = FileManager.default.contents(atPath: path)
        var message = ""
        for arguments in [["--db", path], ["user", "list", "--db", path]] {
            let result = try Binary.run(arguments)
            #expect(result.status != 0, "\(arguments)", sourceLocation: sourceLocation)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "one line: \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(path), "names the file: \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(words), "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
            message = result.stderr
        }
        #expect(FileManager.default.contents(atPath: path) == before, "left byte for byte", sourceLocation: sourceLocation)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == listing,
                "no -wal or -shm, nothing made", sourceLocation: sourceLocation)
        return message
    }

    /// A new, empty P4P Desk database (`p4p init`), closed: the main file alone.
    private func initialized(_ name: String = "program.sqlite") throws -> (dir: URL, db: String) {
        let dir = try Binary.temporaryDirectory()
        let db = dir.appendingPathComponent(name).path
        let made = try Binary.run(["init", "--db", db])
        guard made.status == 0 else { throw ChildProcess.Failure(description: "p4p init failed: \(made.stderr)") }
        return (dir, db)
    }

    @Test func anEmptyFileIsRefusedNotMadeIntoADatabase() throws {
        let dir = try Binary.temporaryDirectory()
        let path = dir.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let message = try expectRefused(path, saying: "is empty, not a P4P Desk database")
        #expect(message.contains("remove it and run `p4p init --db \(path)`"))
    }

    @Test func aFileOfTextIsRefused() throws {
        let dir = try Binary.temporaryDirectory()
        let path = dir.appendingPathComponent("notes.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("Call back Thursday\n".utf8),
                                               attributes: [.posixPermissions: 0o600]))
        try expectRefused(path, saying: "is not a SQLite database")
    }

    @Test func aFolderIsRefused() throws {
        let dir = try Binary.temporaryDirectory()
        let path = dir.appendingPathComponent("program.sqlite").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try expectRefused(path, saying: "is a folder, not a database file")
    }

    @Test func aFileCutShortIsRefused() throws {
        let (_, db) = try initialized()
        let whole = try Data(contentsOf: URL(fileURLWithPath: db))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: db))
        try expectRefused(db, saying: "is cut short")
    }

    @Test func aDatabaseMadeByANewerP4PDeskIsRefused() throws {
        let (_, db) = try initialized()
        // `user_version` is the big-endian number at byte 60 of SQLite's header; the file was
        // closed, so the header in the main file is the whole truth.
        let handle = try #require(FileHandle(forUpdatingAtPath: db))
        try handle.seek(toOffset: 60)
        try handle.write(contentsOf: Data([0, 0, 0, 99]))
        try handle.close()
        try expectRefused(db, saying: "was made by a newer P4P Desk")
    }

    @Test(.enabled(if: ReadOnlyMeans.available != nil, ReadOnlyMeans.unavailableReason))
    func aReadOnlyFileIsRefused() throws {
        let (_, db) = try initialized()
        let means = try #require(ReadOnlyMeans.available)
        try means.protect(db)
        defer { means.release(db) }
        let message = try expectRefused(db, saying: "is read-only")
        #expect(message.contains("chmod u+w \(db)"))
    }

    @Test(.enabled(if: ReadOnlyMeans.available != nil, ReadOnlyMeans.unavailableReason))
    func aReadOnlyFolderIsRefused() throws {
        let (dir, db) = try initialized()
        let means = try #require(ReadOnlyMeans.available)
        try means.protect(dir.path)
        defer { means.release(dir.path) }
        let message = try expectRefused(db, saying: "The folder \(dir.path) is read-only")
        #expect(message.contains("chmod u+w \(dir.path)"))
    }

    @Test(.enabled(if: ReadOnlyMeans.available != nil, ReadOnlyMeans.unavailableReason))
    func initInAReadOnlyFolderMakesNothing() throws {
        let dir = try Binary.temporaryDirectory()
        let means = try #require(ReadOnlyMeans.available)
        try means.protect(dir.path)
        defer { means.release(dir.path) }
        let db = dir.appendingPathComponent("program.sqlite").path
        let result = try Binary.run(["init", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("The folder \(dir.path) is read-only"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }
}

/// How a test makes a file or folder read-only. chmod does not stop root, and tests may run as
/// root: there the immutable attribute (`chattr +i`) does, where the file system and the
/// process's capabilities allow it.
enum ReadOnlyMeans {
    case chmod
    case immutable

    static let available: ReadOnlyMeans? = {
        guard geteuid() == 0 else { return .chmod }
        guard let probe = try? Binary.temporaryDirectory() else { return nil }
        defer {
            _ = try? Binary.tool("chattr", ["-i", probe.path])
            try? FileManager.default.removeItem(at: probe)
        }
        guard (try? Binary.tool("chattr", ["+i", probe.path]))?.status == 0 else { return nil }
        return access(probe.path, W_OK) != 0 ? .immutable : nil
    }()

    static let unavailableReason: Comment =
        "running as root, where chmod does not stop writes, and `chattr +i` is not available here"

    func protect(_ path: String) throws {
        switch self {
        case .chmod:
            var info = stat()
            stat(path, &info)
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            try FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o500 : 0o400], ofItemAtPath: path)
        case .immutable:
            let result = try Binary.tool("chattr", ["+i", path])
            guard result.status == 0 else { throw ChildProcess.Failure(description: "chattr +i failed: \(result.stderr)") }
        }
    }

    func release(_ path: String) {
        switch self {
        case .chmod:
            var info = stat()
            stat(path, &info)
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            try? FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o700 : 0o600], ofItemAtPath: path)
        case .immutable:
            _ = try? Binary.tool("chattr", ["-i", path])
        }
    }
}
