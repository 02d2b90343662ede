/// Where the user is: which keys mean what depends on it.
public enum Context: String, Sendable, CaseIterable {
    case dashboard, detail, help, filtering, form, signIn, audit, morning, page

    public var title: String {
        switch self {
        case .dashboard: return "Dashboard"
        case .detail: return "Parent detail"
        case .help: return "Help"
        case .filtering: return "Filtering"
        case .form: return "Forms"
        case .signIn: return "Sign-in"
        case .audit: return "Audit log"
        case .morning: return "Morning review"
        case .page: return "Import result"
        }
    }
}

public enum ActionID: String, Sendable, CaseIterable {
    case help, quit
    case focusDocket, focusUnassigned, focusOverdue, nextPane, previousPane
    case moveUp, moveDown, pageUp, pageDown, first, last
    case previousDay, nextDay, today
    case open, back, filter, keepFilter, clearFilter
    case previousParent, nextParent
    case recordOutcome, assignAlly, logContact, snooze, reassignAlly, unassignAlly
    case addRecord, editRecord, dependency101
    case saveForm, cancelForm, nextField, previousField
    case signIn, lock, toggleNames, auditLog, morningReview, importDocket
}

/// One action, defined once: its keys, its key-bar label and its help line. The key dispatch,
/// the key bar, the help screen and the README's key table are all read from these.
public struct Action: Sendable {
    public let id: ActionID
    public let keys: [Key]
    /// A word or two for the key bar.
    public let label: String
    /// One line for the help screen and the README.
    public let help: String
    public let contexts: Set<Context>
    /// Which actions the key bar keeps when space is short: lower first; nil keeps it off the bar.
    public let barPriority: Int?

    init(_ id: ActionID, keys: [Key], label: String, help: String, in contexts: Set<Context>,
         bar barPriority: Int? = nil) {
        self.id = id; self.keys = keys; self.label = label; self.help = help
        self.contexts = contexts; self.barPriority = barPriority
    }

    /// "Up k", "1", "F1 ?".
    public var keyNames: String { keys.map(\.displayName).joined(separator: " ") }
}
