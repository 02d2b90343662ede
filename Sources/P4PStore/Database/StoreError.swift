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
    case invalid(field: String, reason: String)
    case notFound(String)
    /// The signed-in user's role does not allow it; the reason says what would.
    case notAllowed(String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "No database at \(path). Create one with `p4p init --db \(path)`, or try the demo with `p4p --demo`."
        case .alreadyExists(let path):
            return "\(path) already exists; nothing was changed."
        case .notADatabase(let path):
            return "\(path) is not a SQLite database; nothing was changed."
        case .notAP4PDatabase(let path):
            return "\(path) is a SQLite database of another program, not P4P Desk; nothing was changed."
        case .newerSchema(let path):
            return "\(path) was written by a newer P4P Desk; upgrade p4p to open it. Nothing was changed."
        case .unreadable(let path, let reason):
            return "Cannot read \(path): \(reason)."
        case .othersCanWrite(let path):
            return "\(path) can be written by other users; refusing to open it. Fix with `chmod 600 \(path)`."
        case .invalid(let field, let reason):
            return "\(field): \(reason)"
        case .notFound(let what):
            return "\(what) was not found."
        case .notAllowed(let reason):
            return reason
        }
    }
}
