import Foundation

/// Why a database could not be opened or written, in words a user can act on. Messages name the
/// file but never a parent's name or case number.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    case missing(path: String)
    case alreadyExists(path: String)
    case notADatabase(path: String)
    case notAP4PDatabase(path: String)
    case newerSchema(path: String)
    case unreadable(path: String, reason: Phrase)
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
    case cannotCreate(path: String, reason: Phrase)
    /// What was typed or chosen is refused: the field, and why in words to show beside it.
    case invalid(field: Field, reason: Phrase)
    /// "That parent", "That class": a record the write rests on is gone.
    case notFound(Phrase)
    /// The signed-in user's role does not allow it; the reason says what would.
    case notAllowed(Phrase)
    /// Another terminal changed the record after the form read it; nothing was written.
    case stale(StaleRecord)
    /// Another terminal held the file for longer than a save waits; nothing was written.
    case busy
    /// The server cannot be reached (it went away, or the network did); nothing was written,
    /// and the same save may be tried again once it is back.
    case serverAway(address: String)
    /// This very save was written already (its commit's answer was lost on the way back):
    /// nothing was written again. A success for whoever retried it.
    case alreadySaved
    /// Another terminal upgraded the file to a newer schema while this one ran.
    case schemaMovedOn(path: String)
    /// SQLite failed in a way a user cannot act on directly (full disk, I/O error, ...).
    case storage(path: String, reason: Phrase)

    /// In the language of the process (`P4P_LANG`, else the locale): for the command line.
    public var description: String { phrase.text(.fromEnvironment()) }

    /// The words, as a value: a screen shows them in its user's language.
    public var phrase: Phrase {
        func at(_ key: W, _ path: String) -> Phrase { Phrase(key, ["path": .text(path)]) }
        switch self {
        case .missing(let path): return at("error.missing", path)
        case .alreadyExists(let path): return at("error.alreadyExists", path)
        case .notADatabase(let path): return at("error.notADatabase", path)
        case .notAP4PDatabase(let path): return at("error.notAP4PDatabase", path)
        case .newerSchema(let path): return at("error.newerSchema", path)
        case .unreadable(let path, let reason):
            return Phrase("error.unreadable", ["path": .text(path), "reason": .phrase(reason)])
        case .othersCanWrite(let path): return at("error.othersCanWrite", path)
        case .emptyFile(let path): return at("error.emptyFile", path)
        case .isAFolder(let path):
            return Phrase("error.isAFolder", ["path": .text(path),
                                              "example": .text((path as NSString).appendingPathComponent("p4p.sqlite"))])
        case .truncated(let path): return at("error.truncated", path)
        case .readOnlyFile(let path): return at("error.readOnlyFile", path)
        case .readOnlyFolder(let path):
            return Phrase("error.readOnlyFolder", ["path": .text(path), "folder": .text(FileSecurity.folder(of: path))])
        case .cannotCreate(let path, let reason):
            return Phrase("error.cannotCreate", ["path": .text(path), "reason": .phrase(reason)])
        case .invalid(let field, let reason):
            return Phrase("error.invalid", ["field": .word(field.label), "reason": .phrase(reason)])
        case .notFound(let what): return Phrase("error.notFound", ["what": .phrase(what)])
        case .notAllowed(let reason): return reason
        case .stale(let record): return record.phrase
        case .busy: return "error.busy"
        case .serverAway(let address): return Phrase("error.serverAway", ["address": .text(address)])
        case .alreadySaved: return "error.alreadySaved"
        case .schemaMovedOn(let path): return at("error.schemaMovedOn", path)
        case .storage(let path, let reason): return Phrase("error.storage", ["path": .text(path), "reason": .phrase(reason)])
        }
    }
}

import GRDB

extension StoreError {
    /// What SQLite reported, in words a user can act on; SQLite's own text never reaches a screen.
    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_FULL: self = .storage(path: path, reason: "storage.diskFull")
        case .SQLITE_READONLY: self = .storage(path: path, reason: "storage.readOnly")
        case .SQLITE_IOERR: self = .storage(path: path, reason: "storage.ioError")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .storage(path: path, reason: "storage.damaged")
        case .SQLITE_CANTOPEN: self = .storage(path: path, reason: "storage.cannotOpen")
        case .SQLITE_PERM, .SQLITE_AUTH: self = .storage(path: path, reason: "storage.permission")
        default: self = .storage(path: path, reason: Phrase("storage.other", ["code": .number(Int(error.resultCode.rawValue))]))
        }
    }

    /// What went wrong opening or creating `path`, as a StoreError: SQLite's codes in words.
    static func words(opening error: Error, path: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        return StoreError(error, path: path)
    }

    /// Any error a store call threw, as a StoreError: SQLite's codes in words, anything else as
    /// a failure to read the file.
    public static func from(_ error: Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError { return StoreError(error, path: path) }
        return .storage(path: path, reason: "storage.unknown")
    }
}
