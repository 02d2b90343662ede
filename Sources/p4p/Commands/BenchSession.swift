import Dispatch
import P4PController
import P4PStore
import P4PTerminal

/// `p4p bench`'s scripted session, in this process on the scratch copy: every pane paged to its
/// end, other days, a filter typed in Overdue, the longest-history parent on it opened with
/// their audit log, a contact logged from their file, a waiting parent assigned. Each key is
/// timed from the key to the screen drawn again, with the reads it sent off the key path
/// arrived (a parent's file, the audit log): what a person waits for. The next key comes once
/// the dockets read ahead of the day keys are in, as a person's does, tens of milliseconds on.
struct BenchSession {
    let session: DeskSession
    let store: ProgramStore
    let size: Size
    var figures: BenchFigures

    /// PgDn pressed at most this many times a pane before End.
    static let pagesPerPane = 40

    init(store: ProgramStore, user: User?, today: Day, size: Size, figures: BenchFigures) {
        self.store = store
        self.size = size
        self.figures = figures
        session = DeskSession(store: store, today: today, language: .english)
        if let user { session.signedIn(as: user) }
        let layout = Layout(size)
        session.setViewport(paneRows: layout.paneRows, pageLines: layout.pageLines)
        session.start()
        session.settle()
        _ = render(session.state, size: size)
    }

    var state: AppState { session.state }

    /// Presses the keys of `script` (as `p4p screen --keys` spells them), waits for what they
    /// sent off the key path, draws; the time it took, recorded under `action` when given.
    @discardableResult
    mutating func press(_ script: String, _ action: BenchAction?) throws -> Double {
        let keys = try KeyScript.parse(script)
        session.finishReadingAhead()
        let start = DispatchTime.now()
        for key in keys { session.handle(key) }
        session.settle()
        session.setPageLength(pageLength(session.state, size: size))
        _ = render(session.state, size: size)
        let elapsed = Bench.milliseconds(since: start)
        if let action { figures.add(action, elapsed) }
        return elapsed
    }

    /// One round of the script. `subject` is the parent to open, found on Overdue.
    mutating func round(subject: LongHistory?) throws {
        for pane in ["1", "2", "3"] {
            try press(pane, .pane)
            for _ in 0..<3 { try press("Down", .move) }
            try press("Up", .move)
            try pageToTheEnd()
            try press("PgUp", .page)
            try press("Home", .page)
        }
        for key in ["Tab", "Tab", "S-Tab", "1"] { try press(key, .pane) }
        for key in ["]", "]", "]", "[", "[", "t"] { try press(key, .day) }
        try openAndLog(subject)
        try assign()
    }

    /// PgDn until the selection stops moving (or `pagesPerPane`), then End.
    private mutating func pageToTheEnd() throws {
        for _ in 0..<Self.pagesPerPane {
            let before = selection
            try press("PgDn", .page)
            if selection == before { break }
        }
        try press("End", .page)
    }

    private var selection: Int {
        switch state.focus {
        case .docket: return state.docket.cursor.selected
        case .unassigned: return state.unassigned.cursor.selected
        case .overdue: return state.overdue.cursor.selected
        }
    }

    /// Overdue filtered by the subject's name, a character at a time; their file; their audit
    /// log; a contact logged from their file.
    private mutating func openAndLog(_ subject: LongHistory?) throws {
        guard let subject else { return }
        try press("3", .pane)
        try press("/", .filter)
        for character in subject.name.prefix(12) {
            try press(character == " " ? "Space" : String(character), .filter)
        }
        try press("Enter", .filter)
        var tries = 0
        while state.overdue.selectedRow?.parentId != subject.parentId, tries < state.overdue.total {
            try press("Down", .move)
            tries += 1
        }
        guard state.overdue.selectedRow?.parentId == subject.parentId else {
            skip("opening the parent: the filter did not show them")
            try clearFilter()
            return
        }
        try press("Enter", .open)
        guard case .detail(let detail) = state.screen, let shown = detail.detail else {
            skip("opening the parent: their file did not open")
            try clearFilter()
            return
        }
        for key in ["PgDn", "PgDn", "End", "Home"] { try press(key, .detailPage) }
        // L asks whose entries (this parent's, filled in); C-s shows them once they are read.
        try press("L", .form)
        try press("C-s", .auditLog)
        if case .audit(let audit) = state.screen, audit.loaded {} else {
            skip("the audit log: it did not open (a supervisor's page)")
            _ = figures.samples[.auditLog]?.popLast()
        }
        try press("Esc", nil)
        try press("Enter", .open)
        try press("c", .form)
        if state.form != nil {
            try press("Bench contact", nil)
            let refused = state.refusedSaves
            try press("C-s", .saveContact)
            let now = currentContacts
            if state.refusedSaves != refused || now != shown.contacts.count + 1 {
                skip("saving a contact: not shown after the save")
                _ = figures.samples[.saveContact]?.popLast()
            }
        } else {
            skip("logging a contact: the form did not open")
        }
        if state.form != nil { try press("Esc Esc y", nil) }
        try press("Esc", nil)
        try clearFilter()
    }

    private var currentContacts: Int? {
        guard case .detail(let detail) = state.screen else { return nil }
        return detail.detail?.contacts.count
    }

    private mutating func clearFilter() throws {
        if case .dashboard = state.screen {} else { try press("Esc", nil) }
        try press("3 / Esc", nil)
    }

    /// The first waiting parent given the best-fit ally, from the form a key opens.
    private mutating func assign() throws {
        try press("2 Home", nil)
        guard state.unassigned.total > 0 else { return skip("assigning: no parent waits for an ally") }
        let waiting = state.unassigned.total
        try press("a", .form)
        guard state.form != nil else { return skip("assigning: the form did not open (no active ally?)") }
        let refused = state.refusedSaves
        try press("C-s", .saveAssignment)
        if state.refusedSaves != refused || state.unassigned.total != waiting - 1 {
            skip("assigning: the parent did not leave Unassigned")
            _ = figures.samples[.saveAssignment]?.popLast()
            if state.form != nil { try press("Esc y", nil) }
        }
    }

    private mutating func skip(_ what: String) {
        if !figures.skipped.contains(what) { figures.skipped.append(what) }
    }
}
