import Foundation
import P4PStore

/// Runs the program: feeds keys to `update` and performs the effects against the store. The
/// ncurses driver and the headless `screen` command both drive one of these.
public final class DeskSession {
    public internal(set) var state: AppState
    /// The store writes go through: recorded as the signed-in user's once someone signs in.
    public internal(set) var store: DeskStore
    /// The store as opened, before anyone signed in.
    let baseStore: DeskStore
    /// Wall-clock time, for sign-in lockouts; tests inject their own.
    let clock: @Sendable () -> Date
    var lastChangeToken: Int?
    /// Kiosk: the last key pressed, and how long the screen may sit idle before it locks.
    var lastActivity: Date
    var idleLimit: TimeInterval?
    /// Reads too big for a key's few milliseconds (a parent's file, the morning review) run
    /// here, each after the audit entry that records who read it (a durable write waits for the
    /// disk, and a key must answer within milliseconds); what they find waits in `arrivals`
    /// until the key loop collects it.
    let slowReads = DispatchQueue(label: "p4p.slow-reads")
    let arrivals = Arrivals()
    /// A save that found the file held by another terminal, tried again by `tick`.
    var pendingSave: (purpose: FormPurpose, values: [String: FieldValue])?
    var pendingSaveTried = Date.distantPast

    public init(store: DeskStore, today: Day, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.baseStore = store
        self.clock = clock
        self.lastActivity = clock()
        self.state = AppState(today: today, databaseName: store.location)
    }

    /// Waits for reads and their audit entries still under way; call before the process ends,
    /// so no entry is lost.
    public func finishWrites() { slowReads.sync {} }

    /// Applies what slow reads have found since the last look. True when the screen changed.
    @discardableResult
    public func collectArrivals() -> Bool {
        let ready = arrivals.takeAll()
        for apply in ready { apply(self) }
        return !ready.isEmpty
    }

    /// Runs a read too big for a key's few milliseconds on `slowReads`; `show` applies what it
    /// found on the key loop's thread, when the loop next collects arrivals.
    func readOffTheKeyPath<Found: Sendable>(_ read: @escaping @Sendable (DeskStore) throws -> Found,
                                            then show: @escaping @Sendable (DeskSession, Result<Found, Error>) -> Void) {
        let store = self.store, arrivals = self.arrivals
        slowReads.async {
            let result = Result { try read(store) }
            arrivals.post { session in show(session, result) }
        }
    }

    /// Why a slow read (and the audit entry before it) did not arrive, in words.
    static func wordsForSlowRead(_ error: Error, path: String) -> String {
        if case StoreError.busy = error { return "Another terminal is saving a large change; open it again in a moment" }
        return StoreError.words(for: error, path: path)
    }

    /// Waits for every slow read under way and applies it: for `p4p screen` and tests, which
    /// show the screen as it stands once everything asked for has arrived.
    public func settle() {
        slowReads.sync {}
        collectArrivals()
    }

    /// First load of every pane; or, when the database has users, the sign-in and nothing else.
    public func start() {
        closeMissedReminders()
        if state.user == nil, (try? store.hasUsers()) == true {
            state.signInRequired = true
            perform([.openForm(.signIn)])
            return
        }
        lastChangeToken = try? store.changeToken()
        perform(PaneID.allCases.map(Effect.load))
    }

    public func handle(_ key: Key) {
        lastActivity = clock()
        perform(update(&state, key))
    }

    /// The layout says how many rows each pane and page shows; fetch whatever came into view.
    public func setViewport(paneRows: Int, pageLines: Int) {
        guard paneRows != state.paneRows || pageLines != state.pageLines else { return }
        state.paneRows = max(1, paneRows)
        state.pageLines = max(1, pageLines)
        for pane in PaneID.allCases {
            let rows = state.paneRows
            state.withCursor(of: pane) { $0.moveTo($0.selected, visible: rows) }
        }
        perform(PaneID.allCases.filter { state.needsFetch($0) }.map(Effect.load))
    }

    /// The clock passed midnight: a kiosk left running shows the new day's docket and counts.
    /// A docket the user moved to another day stays on that day.
    public func advanceToday(to day: Day) {
        guard day != state.today else { return }
        if state.docketDay == state.today { state.docketDay = day }
        state.today = day
        closeMissedReminders()
        perform(PaneID.allCases.map(Effect.load))
        if case .morning = state.screen { perform([.loadMorningReview]) }
    }

    /// Reminders whose hearing passed close as missed. The Overdue list leaves them out whether or
    /// not this write succeeds (another terminal may hold the file): it only records them.
    private func closeMissedReminders() {
        _ = try? store.closeMissedReminders(asOf: state.today)
    }

    /// The renderer says how long the help or detail page on screen is, so scrolling stops at
    /// its end.
    public func setPageLength(_ lines: Int) { state.pageLength = lines }

    /// Picks up what other terminals wrote since the last look. Cheap: one PRAGMA when nothing
    /// changed. Returns true when the screen needs drawing again.
    @discardableResult
    public func refreshIfChanged() -> Bool {
        guard !state.isLocked, let token = try? store.changeToken(), token != lastChangeToken else { return false }
        lastChangeToken = token
        var effects = PaneID.allCases.map(Effect.load)
        if case .detail = state.screen { effects.append(.loadDetail) }
        if case .morning = state.screen { effects.append(.loadMorningReview) }
        perform(effects)
        return true
    }

    func perform(_ effects: [Effect]) {
        for effect in effects {
            do {
                switch effect {
                case .load(let pane): try load(pane)
                case .loadDetail: try loadDetail()
                case .openForm(let purpose): try openForm(purpose)
                case .submitForm(let purpose, let values): try submitForm(purpose, values)
                case .lock: try lock()
                case .loadAudit: try loadAudit()
                case .search(let target, let text): try search(target, text)
                case .loadMorningReview: try loadMorningReview()
                }
            } catch {
                state.message = StoreError.words(for: error, path: store.location)
            }
        }
    }

    private func load(_ pane: PaneID, retries: Int = 2) throws {
        let rows = state.paneRows
        switch pane {
        case .docket:
            let request = state.docket.windowRequest(visible: rows)
            state.docket.page = try store.docket(on: state.docketDay, matching: state.docket.filter, page: request)
            state.docket.cursor.setTotal(state.docket.page.total, visible: rows)
            state.docket.loaded = true
        case .unassigned:
            let request = state.unassigned.windowRequest(visible: rows)
            state.unassigned.page = try store.unassignedParents(asOf: state.today, matching: state.unassigned.filter, page: request)
            state.unassigned.cursor.setTotal(state.unassigned.page.total, visible: rows)
            state.unassigned.loaded = true
        case .overdue:
            let request = state.overdue.windowRequest(visible: rows)
            state.overdue.page = try store.overdueFollowUps(asOf: state.today, matching: state.overdue.filter, page: request)
            state.overdue.cursor.setTotal(state.overdue.page.total, visible: rows)
            state.overdue.loaded = true
        }
        // The list shrank under the cursor (another terminal's change): fetch where it landed.
        if retries > 0, state.needsFetch(pane) { try load(pane, retries: retries - 1) }
    }

    private func loadDetail() throws {
        guard case .detail(var detail) = state.screen else { return }
        if let reason = try store.refusal(for: .openDetail(parentId: detail.parentId), today: state.today) {
            state.screen = .dashboard
            state.message = reason
            return
        }
        let audit = !detail.audited
        detail.audited = true
        state.screen = .detail(detail)
        // A parent's whole file: read off the key path, shown when it arrives, and only once the
        // audit log says who opened it (like every change, who looked at whose file is
        // attributable; when that entry cannot be written, the file is not shown).
        let parentId = detail.parentId
        readOffTheKeyPath({ store in
            if audit { try store.audit("parent detail opened", entity: "parent", id: parentId) }
            return try store.parentDetail(id: parentId)
        }, then: { $0.showDetail($1, of: parentId) })
    }

    private func showDetail(_ result: Result<ParentDetail?, Error>, of parentId: ID) {
        // The user may have moved to another parent, or away, meanwhile.
        guard case .detail(var detail) = state.screen, detail.parentId == parentId else { return }
        switch result {
        case .success(let found):
            detail.detail = found
            if found == nil { state.message = "That parent is no longer in the database" }
        case .failure(let error):
            // Not shown: the next look tries the audit entry again.
            detail.audited = false
            state.message = Self.wordsForSlowRead(error, path: store.location)
        }
        state.screen = .detail(detail)
    }
}
