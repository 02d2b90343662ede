/// What each Parent Ally did in a month, the form programs send their funder:
/// `p4p report activity --month YYYY-MM`. Defined in the README under "Reports and their
/// definitions"; `ActivityReportQuery` counts it.
public struct ActivityReport: Hashable, Sendable {
    public var period: ReportPeriod
    /// Active allies, and any other ally with something in the month, by name; then, when
    /// there is anything to put there, the row of work credited to no ally (`ally` nil).
    public var allies: [AllyActivity]
    /// The whole program: parents served and new parents counted once each, however many
    /// allies they saw; every other figure the sum of the rows.
    public var totals: AllyActivity
}

/// One row of the activity report.
public struct AllyActivity: Hashable, Sendable {
    /// Nil: work credited to no Parent Ally (a supervisor's contact, a parent met at a hearing
    /// nobody covered, a class with no ally teaching), or the totals row.
    public var ally: NamedRef?
    public var parentsServed: Int
    public var newParents: Int
    /// Every contact mode in `ContactMode` order, zeros too.
    public var byMode: [ModeActivity]
    public var hearingsCovered: Int
    public var classesTaught: Int
    public var referrals: Int

    public var contacts: Int { byMode.reduce(0) { $0 + $1.contacts } }
    public var minutes: Int { byMode.reduce(0) { $0 + $1.minutes } }

    public var isEmpty: Bool {
        parentsServed == 0 && newParents == 0 && contacts == 0 && hearingsCovered == 0 && classesTaught == 0 && referrals == 0
    }
}

/// Contacts of one mode and their minutes (a contact without minutes adds none).
public struct ModeActivity: Hashable, Sendable {
    public var mode: ContactMode
    public var contacts: Int
    public var minutes: Int
    public init(_ mode: ContactMode, contacts: Int, minutes: Int) {
        self.mode = mode; self.contacts = contacts; self.minutes = minutes
    }
}
