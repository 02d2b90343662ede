import Foundation
import P4PStore

/// The parent detail screen: which parents it can show (the parents of one hearing, or one
/// parent) and what was read for the one shown.
public struct DetailState: Sendable {
    public var parentIds: [ID]
    public var index = 0
    public var detail: ParentDetail?
    public var scroll = ListCursor()
    /// The opening of this parent's detail is in the audit log.
    var audited = false

    public init(parentIds: [ID]) { self.parentIds = parentIds }
    public var parentId: ID { parentIds[index] }
}

/// A form on screen, and what saving it will do.
public struct ActiveForm: Sendable {
    public var purpose: FormPurpose
    public var state: FormState
    /// What was read for the form, so what is chosen maps back to records.
    public var data: FormData
    /// The version of the record the form rests on, as read when it opened: the save is refused
    /// when another terminal changed the record since. After such a refusal it becomes the
    /// version the refusal reported, so saving again is a decision made knowing the change.
    /// A child's version is read with the parent's detail instead (`data`): a form may save
    /// any of the case's children.
    public var readVersion: Int?
    /// The write this form asked for and is waiting on: an answer about another write (one
    /// from a form left meanwhile) is not this form's.
    public var saving: SaveRequest?
    public init(purpose: FormPurpose, state: FormState, data: FormData = .none, readVersion: Int? = nil) {
        self.purpose = purpose; self.state = state; self.data = data; self.readVersion = readVersion
    }
}

extension ActiveForm {
    /// After a stale refusal, the version it reported becomes the one the form read: saving
    /// again is a decision made knowing the change. A child's is kept with that child in the
    /// detail the form read, so another child chosen next is checked against its own.
    mutating func remember(_ stale: StaleRecord) {
        guard stale.record == .child, case .parentDetail(var detail) = data else {
            readVersion = stale.currentVersion
            return
        }
        for c in detail.cases.indices {
            for k in detail.cases[c].children.indices where detail.cases[c].children[k].id == stale.id {
                detail.cases[c].children[k].version = stale.currentVersion
            }
        }
        data = .parentDetail(detail)
    }
}

/// A save that found the file busy or the server away, tried again once a second while its
/// form stays open.
public struct PendingSave: Equatable, Sendable {
    public var request: SaveRequest
    public var triedAt: Date
}

/// Which task a form is for, and the record it acts on.
public enum FormPurpose: Equatable, Sendable {
    case courtOutcome(hearingId: ID)
    /// Who covers a coming hearing.
    case planCoverage(hearingId: ID)
    case assignAlly(parentId: ID)
    case logContact(parentId: ID, followUpId: ID?)
    case snooze(followUpId: ID)
    case reassignAlly(parentId: ID)
    case unassignAlly(parentId: ID)
    /// Asks what to add; `caseId` is the case in view, when there is one.
    case chooseNew(caseId: ID?)
    case newCase
    case newHearing(caseId: ID)
    case newParent(caseId: ID)
    /// A Dependency 101 session, inviting parents due an invitation.
    case newClass
    case editHearing(hearingId: ID)
    case editParent(parentId: ID)
    /// An ally's program record: a new one, one to correct, one to deactivate (with a reason).
    case addAlly
    case editAlly(allyId: ID)
    case deactivateAlly(allyId: ID)
    /// Asks which Dependency 101 session; then `classRoster`.
    case chooseClass
    /// Who came to a session, and whom to invite.
    case classRoster(sessionId: ID, label: String)
    /// Who is at the keyboard: a name, then a PIN.
    case signIn
    /// A supervisor's name and PIN to leave the kiosk.
    case leaveKiosk
    /// Which audit entries to show: a user, a day, and the parent in view if any.
    case auditFilter(parentId: ID?)
    /// A court calendar file to check, or import.
    case importDocket
    /// From a parent's detail, for the case it shows: its dates, its outcome, a new child, a
    /// child's move.
    case editCase(parentId: ID, caseId: ID)
    case caseOutcome(parentId: ID, caseId: ID)
    case newChild(parentId: ID, caseId: ID)
    case childMove(parentId: ID, caseId: ID)
    /// Which of the case's children to correct, when it has several; then `editChild`.
    case chooseChild(parentId: ID, caseId: ID)
    case editChild(parentId: ID, caseId: ID, childId: ID)
    /// A child's move recorded in error, taken out with a reason.
    case removeMove(parentId: ID, caseId: ID)
}

public enum Screen: Sendable {
    case dashboard
    case detail(DetailState)
    case audit(AuditState)
    case morning(MorningState)
    case outcomes(OutcomesState)
    case allies(AlliesState)
    /// Words to read and scroll: what an import did, or would do.
    case text(TextPage)
}

/// The audit log on screen: the filter, the newest entries it matched, and the scroll.
public struct AuditState: Sendable {
    /// How many entries the screen reads at most; a narrower filter shows older ones.
    public static let window = 500
    public var filter: AuditFilter
    public var page: ListPage<AuditLine> = .empty
    /// False until the entries have arrived (they are read off the key path).
    public var loaded = false
    public var scroll = ListCursor()
    /// "Dana Brooks, Mon 23 Nov": the filter in words, for the title.
    public var description: Phrase
    public init(filter: AuditFilter, description: Phrase) { self.filter = filter; self.description = description }
}

/// Everything the screen shows, as values. `update` changes it; the runtime fills in what the
/// store returns; `render` draws it.
public struct AppState: Sendable {
    /// "Today" comes from one place (`--today`, `P4P_TODAY`, or the clock), so every test and
    /// demo is repeatable.
    public var today: Day
    public var docketDay: Day
    /// The court's days, as the store's policy has them: `[` and `]` step over the others. Until
    /// the docket first answers, only weekends are skipped.
    public var court = CourtCalendar(holidays: [])
    public var focus: PaneID = .docket
    public var docket = PaneState<DocketEntry>()
    public var unassigned = PaneState<UnassignedParent>()
    public var overdue = PaneState<OverdueFollowUp>()
    public var screen: Screen = .dashboard
    /// Set while the help screen is over the dashboard or detail.
    public var help: ListCursor?
    /// Set while a form is open over the dashboard or detail.
    public var form: ActiveForm?
    /// Set while the user types a filter for the focused pane.
    public var filterEditor: LineEditor?
    /// Rows each pane shows; the layout sets it on every resize.
    public var paneRows = 10
    /// Lines the detail and help screens show at once, and how many the one on screen has.
    public var pageLines = 20
    public var pageLength = 0
    public var message: Phrase?
    /// The language this screen speaks: the signed-in user's, else the computer's.
    public var language: Language = .english
    /// The computer's language, spoken before anyone signs in and again after a lock.
    public var startLanguage: Language = .english
    /// On a database without users, the language chosen for this session (nil: the computer's).
    public var sessionLanguage: Language?
    /// The court calendar file last checked, offered again for the import.
    public var importPath: String?
    /// When the last key was pressed, and when the runtime last looked at the clock.
    public var lastKeyAt = Date.distantPast
    public var now = Date.distantPast
    /// A kiosk locks after this long without a key.
    public var idleLimit: TimeInterval?
    public var pendingSave: PendingSave?
    /// Saves refused (by the form or the store) or failed since start: `p4p screen` exits
    /// non-zero when there were any, so scripts notice.
    public var refusedSaves = 0
    public var isQuitting = false
    /// A shared terminal in a public place: locks when idle, leaving takes a supervisor's PIN.
    public var kiosk = false
    /// Parents' names in the lists show as initials until someone asks for them (`m`).
    public var namesMasked = false
    /// Who signed in; nil before, or on a database with no users.
    public var user: User?
    /// The database has users, so nothing shows until one signs in.
    public var signInRequired = false
    /// The session began (`.started`): the panes load then, once, and not before, at a sign-in
    /// that came first (a script's --as).
    public var started = false
    public var isLocked: Bool { signInRequired && user == nil }
    public var databaseName: String

    public init(today: Day, databaseName: String) {
        self.today = today
        self.docketDay = today
        self.databaseName = databaseName
    }

    /// Where the user is: the screen, the form or page over it. Help shows over anything.
    public var context: Context {
        if help != nil { return .help }
        if isLocked { return .signIn }
        if form != nil { return .form }
        if case .detail = screen { return .detail }
        if case .audit = screen { return .audit }
        if case .morning = screen { return .morning }
        if case .outcomes = screen { return .outcomes }
        if case .allies = screen { return .allies }
        if case .text = screen { return .page }
        return filterEditor != nil ? .filtering : .dashboard
    }

    /// The contexts whose keys apply, most particular first: in a form, its focused field, then
    /// the form (and the sign-in, on a locked screen); only the question while it asks one.
    public var contexts: [Context] {
        let place = context
        guard place == .form || place == .signIn, let form else { return [place] }
        if form.state.confirmingCancel { return [.discardQuestion] }
        return [form.state.focusedField.context] + (place == .signIn ? [.signIn, .form] : [.form])
    }

    /// The key bar where the user is, without what the signed-in role may never do.
    public var keyBar: KeyBar {
        ActionTable.bar(in: contexts, focus: context == .dashboard ? focus : nil, role: user?.role)
    }

    /// The help screen, starting with where the user is.
    public var helpSections: [HelpSection] {
        // Help is about the place under it.
        var under = self
        under.help = nil
        return ActionTable.help(startingWith: under.contexts, role: user?.role)
    }

    public func cursor(of pane: PaneID) -> ListCursor {
        switch pane {
        case .docket: return docket.cursor
        case .unassigned: return unassigned.cursor
        case .overdue: return overdue.cursor
        }
    }

    public func filter(of pane: PaneID) -> String {
        switch pane {
        case .docket: return docket.filter
        case .unassigned: return unassigned.filter
        case .overdue: return overdue.filter
        }
    }

    /// Applies a change to any pane's cursor, whatever its row type.
    mutating func withCursor(of pane: PaneID, _ change: (inout ListCursor) -> Void) {
        switch pane {
        case .docket: change(&docket.cursor)
        case .unassigned: change(&unassigned.cursor)
        case .overdue: change(&overdue.cursor)
        }
    }

    mutating func setFilter(_ text: String, of pane: PaneID) {
        switch pane {
        case .docket: docket.filter = text
        case .unassigned: unassigned.filter = text
        case .overdue: overdue.filter = text
        }
    }

    func needsFetch(_ pane: PaneID) -> Bool {
        switch pane {
        case .docket: return docket.needsFetch(visible: paneRows)
        case .unassigned: return unassigned.needsFetch(visible: paneRows)
        case .overdue: return overdue.needsFetch(visible: paneRows)
        }
    }

    /// The case a new hearing or parent would go on: the selected hearing's, or the first case of
    /// the parent on the detail screen.
    var caseInView: ID? {
        if case .detail(let detail) = screen { return detail.detail?.cases.first?.dependencyCase.id }
        return focus == .docket ? docket.selectedRow?.caseId : nil
    }

    /// The parents Enter opens from the focused pane's selected row.
    var selectedParentIds: [ID] {
        switch focus {
        case .docket: return docket.selectedRow?.parents.map(\.id) ?? []
        case .unassigned: return unassigned.selectedRow.map { [$0.parentId] } ?? []
        case .overdue: return overdue.selectedRow.map { [$0.parentId] } ?? []
        }
    }
}

/// A page of plain lines with a title, scrolled like the others.
public struct TextPage: Sendable {
    public var title: Phrase
    public var lines: [String]
    public var scroll = ListCursor()
    public init(title: Phrase, lines: [String]) { self.title = title; self.lines = lines }
}

extension Screen {
    /// The scroll of a page screen (detail, audit log, morning review, text); nil on the dashboard.
    var pageScroll: ListCursor? {
        get {
            switch self {
            case .dashboard: return nil
            case .detail(let page): return page.scroll
            case .audit(let page): return page.scroll
            case .morning(let page): return page.scroll
            case .outcomes(let page): return page.scroll
            case .allies(let page): return page.scroll
            case .text(let page): return page.scroll
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .dashboard: break
            case .detail(var page): page.scroll = newValue; self = .detail(page)
            case .audit(var page): page.scroll = newValue; self = .audit(page)
            case .morning(var page): page.scroll = newValue; self = .morning(page)
            case .outcomes(var page): page.scroll = newValue; self = .outcomes(page)
            case .allies(var page): page.scroll = newValue; self = .allies(page)
            case .text(var page): page.scroll = newValue; self = .text(page)
            }
        }
    }
}
