import P4PStore

/// What the demo generator is asked for and what it reports back. The generator fills a new,
/// empty store through its bulk loader; the same options always give the same records.

/// How big a program to invent.
public enum DemoScale: String, CaseIterable, Sendable {
    /// One courthouse, a handful of Parent Allies, a few dozen open parents: for trying the screens.
    case small
    /// About a county-year of work over three years of history: for feeling the speed of big lists.
    case county
    /// Ten years of a statewide program: every county's courthouse, Parent Allies and cases,
    /// with the audit log their work wrote; today's screens as busy as one large county's (the
    /// other counties' programs ended), so that what is slower is slower for the history.
    case state
}

public struct DemoOptions: Sendable {
    public var scale: DemoScale
    public var seed: UInt64
    /// Every date is relative to this day: history before it, a schedule after it.
    public var today: Day
    /// Whether the README's people come too (every active ally, a supervisor and an admin), so
    /// that the dashboard opens on its sign-in.
    public var withUsers: Bool
    /// For the state scale: how many of its counties to make, the busy one and then the smallest
    /// (nil: all of them). A test makes a few, to check the shape in seconds.
    public var counties: Int?

    public init(scale: DemoScale = .small, seed: UInt64 = 1, today: Day, withUsers: Bool = false, counties: Int? = nil) {
        self.scale = scale; self.seed = seed; self.today = today; self.withUsers = withUsers; self.counties = counties
    }
}

/// Counts of what was written, and of what today's screens show in it.
public struct DemoSummary: Sendable, Hashable {
    public var allies: Int
    public var parents: Int
    public var cases: Int
    public var hearings: Int
    /// Hearings on `today`'s docket.
    public var hearingsToday: Int
    public var contacts: Int
    public var followUps: Int
    /// Open parents with no Parent Ally.
    public var unassigned: Int
    /// Follow-ups of open parents due before `today` and not done.
    public var overdue: Int

    public init(allies: Int, parents: Int, cases: Int, hearings: Int, hearingsToday: Int,
                contacts: Int, followUps: Int, unassigned: Int, overdue: Int) {
        self.allies = allies; self.parents = parents; self.cases = cases; self.hearings = hearings
        self.hearingsToday = hearingsToday; self.contacts = contacts; self.followUps = followUps
        self.unassigned = unassigned; self.overdue = overdue
    }
}
