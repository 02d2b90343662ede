import P4PStore

/// Where the user is: which keys mean what depends on it. A screen's keys come from a stack of
/// these, most particular first (`AppState.contexts`): a form's focused field, then the form.
public enum Context: String, Sendable, CaseIterable {
    case dashboard, filtering
    /// Any form: moving between fields, saving, cancelling.
    case form
    /// The focused field of a form, by kind.
    case textField, noteField, choiceField, tickField, pickerField
    /// "Discard your changes?" after Esc on a form with typing in it.
    case discardQuestion
    /// The locked screen: the sign-in (or a supervisor's PIN to leave a kiosk) over it.
    case signIn
    /// Pages: read, scroll, close; the outcomes report also moves its period and county.
    case help, detail, audit, morning, outcomes, page
    /// Allies' program records: read like a page, and add, edit, deactivate.
    case allies

    /// The context's name in help and in `p4p keys`.
    public var title: W { W("context.\(rawValue)") }

    /// Sits behind a form field, which takes every typed character first: a letter key bound
    /// here is never reached, so it is neither dispatched nor shown.
    public var isBehindAField: Bool { self == .form || self == .signIn }
}

public enum ActionID: String, Sendable, CaseIterable {
    case help, quit, back
    case focusDocket, focusUnassigned, focusOverdue, nextPane, previousPane
    case moveUp, moveDown, pageUp, pageDown, first, last
    case previousDay, nextDay, today
    case open, filter, keepFilter, clearFilter, typeFilter
    case previousParent, nextParent
    case recordOutcome, planCoverage, assignAlly, logContact, snooze, reassignAlly, unassignAlly
    case addRecord, editRecord, dependency101
    case editCase, caseOutcome, addChild, childMove, editChild, removeMove
    case lock, toggleNames, auditLog, morningReview, importDocket, chooseLanguage
    case outcomesReport, previousPeriod, nextPeriod, nextCounty
    case allies, addAlly, editAlly, deactivateAlly
    case signIn
    // A form, and the field in it.
    case saveForm, cancelForm, nextField, previousField, fieldBelow, fieldAbove, enterField
    case discard, keepEditing
    case typeText, newLine, lineBelow, lineAbove
    case cursorLeft, cursorRight, textStart, textEnd, deleteBackward, deleteForward, deleteToStart, deleteToEnd
    case nextChoice, previousChoice, clearChoice, jumpToOption, nextOption, previousOption, toggleTick, typeToFind
}

/// Keys an action takes besides its own: typed characters (a field, the filter), or any key its
/// context does not bind otherwise (the answer to a question).
public enum KeyClass: String, Sendable {
    /// Every typed character, Space included: text.
    case text
    /// Typed characters but Space (which a choice binds itself): letters jump to an option.
    case letters
    case anyOther

    /// How help and `p4p keys` name the class: "letters, digits, Space", "any other key".
    public var words: W { W("keys.\(rawValue)") }

    /// Typed characters: taken before any key the context binds, so typing is never an action.
    var isTyping: Bool { self != .anyOther }

    func contains(_ key: Key) -> Bool {
        switch self {
        case .text: return key.typedCharacter != nil
        case .letters: return key.typedCharacter.map { $0 != " " } ?? false
        case .anyOther: return key != .resize
        }
    }
}

/// One action, defined once: its keys, the contexts it works in, its key-bar label and help line
/// (catalogue words, `action.<id>` and `action.<id>.help`), and what the store must allow. The
/// dispatch, the key bar, the help screen and `p4p keys` (the README's table) are read from these.
public struct Action: Sendable {
    public let id: ActionID
    public let keys: [Key]
    /// Keys of a class it also takes, after every key its context binds otherwise.
    public let keyClass: KeyClass?
    public let contexts: Set<Context>
    /// Where the key bar shows it: lower first; nil keeps it off the bar.
    public let barPriority: Int?
    /// The pane whose rows it acts on: the bar shows it while that pane has the focus, and
    /// first; in another pane the key only says what to select.
    public let pane: PaneID?
    /// What the store must allow (the role alone decides, so any record will do): a user whose
    /// role may never do it is not offered it in the bar or help.
    public let act: Act?

    init(_ id: ActionID, keys: [Key] = [], also keyClass: KeyClass? = nil, in contexts: Set<Context>,
         bar barPriority: Int? = nil, pane: PaneID? = nil, needs act: Act? = nil) {
        self.id = id; self.keys = keys; self.keyClass = keyClass; self.contexts = contexts
        self.barPriority = barPriority; self.pane = pane; self.act = act
    }

    /// A word or two for the key bar.
    public var label: W { W("action.\(id.rawValue)") }
    /// One line for the help screen and `p4p keys`.
    public var help: W { W("action.\(id.rawValue).help") }

    /// The keys that reach it in `context`: where characters are typed (or behind a field,
    /// which takes them first), a letter is text and is left out.
    public func keys(in context: Context) -> [Key] {
        guard contexts.contains(context) else { return [] }
        if context.isBehindAField { return keys.filter { $0.typedCharacter == nil } }
        guard let typing = ActionTable.typing(in: context) else { return keys }
        return keys.filter { !typing.contains($0) }
    }

    /// The signed-in role may take it, as far as the role alone decides.
    public func isOffered(to role: UserRole?) -> Bool { act?.mayBeDone(by: role) ?? true }
}
