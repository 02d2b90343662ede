import Foundation

/// Why a database could not be opened or written, in words a user can act on. Messages name the
/// file but never a parent's name or case number.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case alreadyExists(path: String)
    case notADatabase(path: String)
    case notAP4PDatabase(path: String)
    case newerSchema(path: String)
    case unreadable(path: String, reason: String)
    case othersCanWrite(path: String)
    /// 0 bytes, or SQLite's header with nothing in it: never turned into a database unasked.
    case emptyFile(path: String)
    case isAFolder(path: String)
    /// Shorter than its own header says: cut off in a copy, or by a full disk.
    case truncated(path: String)
    /// P4P Desk saves to the file, so a file it cannot write is refused before anything is shown.
    case readOnlyFile(path: String)
    /// SQLite keeps its journal (-wal, -shm) beside the file, so the folder must be writable.
    case readOnlyFolder(path: String)
    /// A new file (a database, a backup, an export) could not be made where it was asked for.
    case cannotCreate(path: String, reason: String)
    case invalid(field: String, reason: String)
    case notFound(String)
    /// The signed-in user's role does not allow it; the reason says what would.
    case notAllowed(String)
    /// Another terminal changed the record after the form read it; nothing was written.
    case stale(StaleRecord)
    /// Another terminal held the file for longer than a save waits; nothing was written.
    case busy
    /// Another terminal upgraded the file to a newer schema while this one ran.
    case schemaMovedOn(path: String)
    /// SQLite failed in a way a user cannot act on directly (full disk, I/O error, ...).
    case storage(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "No database at \(path). Create one with `p4p init --db \(path)`, or try the demo with `p4p --demo`."
        case .alreadyExists(let path):
            return "\(path) already exists; nothing was changed."
        case .notADatabase(let path):
            return "\(path) is not a SQLite database; nothing was changed. Check the path given to --db (or $P4P_DB)."
        case .notAP4PDatabase(let path):
            return "\(path) is a SQLite database of another program, not P4P Desk; nothing was changed. Check the path given to --db (or $P4P_DB)."
        case .newerSchema(let path):
            return "\(path) was made by a newer P4P Desk; upgrade p4p to open it. Nothing was changed."
        case .unreadable(let path, let reason):
            return "Cannot read \(path): \(reason)."
        case .othersCanWrite(let path):
            return "\(path) can be written by other users; refusing to open it. Fix with `chmod 600 \(path)`."
        case .emptyFile(let path):
            return "\(path) is empty, not a P4P Desk database; nothing was changed. To start a new database there, remove it and run `p4p init --db \(path)`."
        case .isAFolder(let path):
            return "\(path) is a folder, not a database file; nothing was changed. Give the file's path, e.g. `--db \((path as NSString).appendingPathComponent("p4p.sqlite"))`."
        case .truncated(let path):
            return "\(path) is cut short (part of the file is missing: copied while in use, or the disk was full); nothing was changed. Restore it from a backup."
        case .readOnlyFile(let path):
            return "\(path) is read-only, and P4P Desk saves to it; nothing was changed. Make it writable with `chmod u+w \(path)`."
        case .readOnlyFolder(let path):
            let folder = FileSecurity.folder(of: path)
            return "The folder \(folder) is read-only, and P4P Desk keeps a journal beside \(path) there; nothing was changed. Make the folder writable with `chmod u+w \(folder)`."
        case .cannotCreate(let path, let reason):
            return "Cannot create \(path): \(reason); nothing was changed."
        case .invalid(let field, let reason):
            return "\(field): \(reason)"
        case .notFound(let what):
            return "\(what) was not found."
        case .notAllowed(let reason):
            return reason
        case .stale(let record):
            return record.description
        case .busy:
            return "Another terminal is saving a large change; trying again…"
        case .schemaMovedOn(let path):
            return "\(path) was upgraded by a newer P4P Desk on another terminal; nothing was saved. Restart p4p."
        case .storage(let path, let reason):
            return "Could not save to \(path): \(reason). Nothing was saved."
        }
    }
}

import GRDB

extension StoreError {
    /// What SQLite reported, in words a user can act on; SQLite's own text never reaches a screen.
    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_FULL: self = .storage(path: path, reason: "the disk is full; free some space and save again")
        case .SQLITE_READONLY: self = .storage(path: path, reason: "the file or its folder is read-only")
        case .SQLITE_IOERR: self = .storage(path: path, reason: "the disk reported an error")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .storage(path: path, reason: "the file is damaged; restore a backup")
        case .SQLITE_CANTOPEN: self = .storage(path: path, reason: "the file cannot be opened")
        case .SQLITE_PERM, .SQLITE_AUTH: self = .storage(path: path, reason: "permission denied")
        default: self = .storage(path: path, reason: "the database refused the change (code \(error.resultCode.rawValue))")
        }
    }

    /// What went wrong opening or creating `path`, as a StoreError: SQLite's codes in words.
    static func words(opening error: Error, path: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        return StoreError(error, path: path)
    }

    /// Any error a store call threw, as one line for the status bar.
    public static func words(for error: Error, path: String) -> String {
        if let error = error as? StoreError { return error.description }
        if let error = error as? DatabaseError { return StoreError(error, path: path).description }
        return "Something went wrong reading \(path); nothing was changed"
    }
}
