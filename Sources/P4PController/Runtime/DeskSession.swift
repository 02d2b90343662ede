import Foundation
import P4PStore

/// Runs the program: feeds messages to `update` and does the work it asks for (`Effect`)
/// against the store, answering each with a message. It holds no screen logic: what is shown
/// is decided in `update`. The ncurses driver and the headless `screen` command both drive one.
public final class DeskSession {
    public internal(set) var state: AppState
    /// The store writes go through: the signed-in user's once someone signs in.
    public internal(set) var store: DeskStore
    /// The store as opened, before anyone signed in.
    let baseStore: DeskStore
    /// Wall-clock time, for the idle lock, sign-in lockouts and retries; tests inject their own.
    let clock: @Sendable () -> Date
    /// Where the file stood at the last look for changes: a commit since then reloads what it
    /// changed (`.dataChanged`), this terminal's own saves as much as others'.
    var changeMark: ChangeMark?
    /// The save that found the file busy or the server away, with its attempt's token: tried
    /// again, it is the same attempt, written once (`SaveAttempt`).
    var retrying: (request: SaveRequest, token: String)?
    /// How many times each pane's rows were read from the store: once at start, then only
    /// when a key or a commit asks.
    public internal(set) var paneReads: [PaneID: Int] = [:]
    /// Reads too big for a key's few milliseconds (a parent's file, the morning review, the
    /// audit log) run here, each after the audit entry that records who read it; what they
    /// find waits in `arrivals` until the key loop collects it.
    let slowReads = DispatchQueue(label: "p4p.slow-reads")
    let arrivals = Arrivals()
    /// The dockets of the days the day keys go to, read once a day is shown.
    let docketAhead = DocketReadAhead()
    /// Unassigned's and Overdue's rows as last read, which a filter typed further narrows.
    let listsRead = ListsRead()

    public init(store: DeskStore, today: Day, clock: @escaping @Sendable () -> Date = { Date() },
                language: Language = .english) {
        self.store = store
        self.baseStore = store
        self.clock = clock
        var state = AppState(today: today, databaseName: store.location)
        state.language = language
        state.startLanguage = language
        state.lastKeyAt = clock()
        state.now = state.lastKeyAt
        self.state = state
    }

    /// Gives `update` a message and does the work it asks for. Answers that come at once are
    /// given to `update` before this returns; slow ones wait in `arrivals`.
    public func send(_ message: Message) {
        runEffects(of: message)
    }

    /// `message`'s effects, each run; the reads ahead start once the outermost message's are
    /// done: the first frame's other panes must not wait for them on a server's one connection.
    @discardableResult
    private func runEffects(of message: Message) -> [Effect] {
        sending += 1
        let effects = update(&state, message)
        for effect in effects { run(effect) }
        sending -= 1
        if sending == 0 { readDocketAhead() }
        return effects
    }

    /// How many messages' effects are being run, one inside another.
    private var sending = 0

    /// Reads ahead the dockets the day keys would show from here (none unless the dashboard
    /// shows the docket unfiltered); those read already, or being read, are not read again.
    private func readDocketAhead() {
        let queries = state.docketReadsAhead
        guard !queries.isEmpty else { return }
        let today = state.today
        docketAhead.start(queries.map { DocketReadAhead.Read(query: $0, courtAsOf: today) }, from: store)
    }

    /// The first look: the sign-in when the database has users, else every pane.
    public func start() {
        changeMark = try? store.changes(since: nil).mark
        send(.started(hasUsers: (try? baseStore.hasUsers()) == true))
    }

    /// The first look on a screen of known size: the panes are read once, a window as long as
    /// they show (`p4p screen` and the dashboard both begin here).
    public func start(paneRows: Int, pageLines: Int) {
        setViewport(paneRows: paneRows, pageLines: pageLines)
        start()
    }

    public func handle(_ key: Key) { send(.key(key, at: clock())) }

    /// Called by the key loop between keys: time passes (a busy save's retry, the kiosk's idle
    /// lock). True when something was done, so the screen is drawn again.
    @discardableResult
    public func tick() -> Bool {
        !runEffects(of: .tick(clock())).isEmpty
    }

    /// A shared terminal in a public place: locks after `idleMinutes` without a key.
    public func enterKiosk(idleMinutes: Double) { send(.kiosk(idleMinutes: idleMinutes)) }

    /// Someone known without a PIN (a script's `--as`): writes become theirs.
    public func signedIn(as user: User) {
        if let own = try? baseStore.acting(as: user) { store = own }
        lookAgainFromHere()
        send(.signedIn(user))
    }

    /// The layout says how many rows each pane and page shows.
    public func setViewport(paneRows: Int, pageLines: Int) { send(.viewport(paneRows: paneRows, pageLines: pageLines)) }

    /// The renderer says how long the page on screen is, so scrolling stops at its end.
    public func setPageLength(_ lines: Int) {
        guard lines != state.pageLength else { return }
        send(.pageLength(lines))
    }

    /// The clock passed midnight.
    public func advanceToday(to day: Day) {
        guard day != state.today else { return }
        send(.dayChanged(day))
    }

    /// Picks up what other terminals wrote since the last look. Cheap: one PRAGMA when nothing
    /// changed. Returns true when the screen needs drawing again.
    @discardableResult
    public func refreshIfChanged() -> Bool {
        guard !state.isLocked else { return false }
        return rereadWhatChanged()
    }

    /// Reads again what the commits since the last look changed, and nothing else: the audit
    /// entry of a file opened changes nothing shown. True when something was read.
    @discardableResult
    func rereadWhatChanged() -> Bool {
        guard let look = try? store.changes(since: changeMark) else { return false }
        changeMark = look.mark
        guard !look.changed.isEmpty else { return false }
        if look.changed.contains(.docket) { docketAhead.forget() }
        listsRead.forget()
        send(.dataChanged(look.changed))
        return true
    }

    /// Everything is about to be read afresh (a sign-in): the commits until now need no reload.
    func lookAgainFromHere() {
        changeMark = try? store.changes(since: nil).mark
        docketAhead.forget()
        listsRead.forget()
    }

    /// Gives `update` what slow reads have found since the last look. True when there was any.
    @discardableResult
    public func collectArrivals() -> Bool {
        let ready = arrivals.takeAll()
        for message in ready { send(message) }
        return !ready.isEmpty
    }

    /// Waits for every slow read under way and gives `update` what it found: for `p4p screen`
    /// and tests, which show the screen as it stands once everything asked for has arrived.
    public func settle() {
        repeat { slowReads.sync {} } while collectArrivals()
    }

    /// Waits for reads and their audit entries still under way; call before the process ends,
    /// so no entry is lost.
    public func finishWrites() {
        slowReads.sync {}
        docketAhead.finish()
    }

    /// Waits for the dockets being read ahead: `p4p bench` presses its next key once they are
    /// in, as a person's next key comes tens of milliseconds after the screen is drawn.
    public func finishReadingAhead() { docketAhead.finish() }

    /// Runs `read` off the key path; its answer arrives as a message when the loop collects it.
    func readOffTheKeyPath(_ read: @escaping @Sendable (DeskStore) -> Message) {
        let store = self.store, arrivals = self.arrivals
        slowReads.async { arrivals.post(read(store)) }
    }
}
