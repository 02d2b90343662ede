import Foundation

/// The domain API every store offers: SQLite here, a PostgreSQL server later. Callers speak in
/// days, parents and hearings; no SQL crosses this line.
public protocol DeskStore: AnyObject, Sendable {
    /// A short description of where the data lives, for the status line ("p4p.sqlite").
    var location: String { get }

    /// Today's hearing docket: by time, then courtroom. `matching` filters on name, case number,
    /// courtroom, type or ally, ignoring case.
    func docket(on day: Day, matching: String?, page: PageRequest) throws -> ListPage<DocketEntry>
    /// The docket pane's read: a day's docket with the court calendar (as of `today`) that `[`
    /// and `]` step by, both from one snapshot.
    func docketDay(on day: Day, matching: String?, page: PageRequest, courtAsOf today: Day) throws -> DocketDay

    /// Open parents with no Parent Ally: next hearing soonest, then longest waiting.
    func unassignedParents(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<UnassignedParent>

    /// Follow-ups not done by `day`: most overdue first, then those due that day.
    func overdueFollowUps(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<OverdueFollowUp>

    /// Open parents per ally, with each ally's limit.
    func caseloads() throws -> [Caseload]

    func parentDetail(id: ID) throws -> ParentDetail?

    /// Active allies ranked by fit for a parent, best first.
    func allyFit(for parentId: ID) throws -> [AllyFit]

    // The day's work. `expecting` is the version of the record the form read: the write is
    // refused (`StoreError.stale`) when another terminal changed it since; nil checks nothing.
    /// Assigns an ally to a waiting parent; with a reason, gives an assigned parent another.
    func assignAlly(parentId: ID, allyId: ID, on day: Day, reason: String?, expecting version: Int?) throws
    /// Back to Unassigned, waiting again from `today`.
    func unassignAlly(parentId: ID, reason: String, today: Day, expecting version: Int?) throws
    /// A contact that reached the parent completes `followUpId`; one that did not is an attempt.
    @discardableResult
    func logContact(_ contact: Contact, completing followUpId: ID?, referrals: [String], today: Day) throws -> ID
    func snoozeFollowUp(id: ID, to day: Day, reason: String, today: Day, expecting version: Int?) throws
    func recordCourtOutcome(_ outcome: CourtOutcome) throws
    /// Who covers a coming hearing (nil: nobody yet), as the form read it.
    func planCoverage(hearingId: ID, allyId: ID?, today: Day, readVersion: Int?) throws
    /// Hearing reminders whose hearing's day is over close as missed; returns how many.
    @discardableResult
    func closeMissedReminders(asOf today: Day) throws -> Int

    // Keyboard data entry. Each write is one transaction with its audit entry; writes that change
    // a parent's schedule re-plan that parent's open follow-ups as of `today`.
    @discardableResult
    func createParent(_ parent: Parent) throws -> ID
    /// With `circumstances` (codes), the parent's circumstances are replaced in the same write.
    func updateParent(_ parent: Parent, circumstances: [String]?, today: Day) throws
    @discardableResult
    func createCase(_ dependencyCase: DependencyCase, parents: [NewCaseParent], firstHearing: Hearing?, today: Day?) throws -> ID
    @discardableResult
    func createHearing(_ hearing: Hearing, today: Day) throws -> ID
    func updateHearing(_ hearing: Hearing, today: Day) throws
    @discardableResult
    func addParent(_ parent: NewCaseParent, toCase caseId: ID, joinedOn day: Day, today: Day) throws -> ID
    @discardableResult
    func scheduleClass(_ session: ClassSession, inviting parentIds: [ID], on day: Day) throws -> ID
    func inviteToClass(sessionId: ID, parentIds: [ID], on day: Day) throws
    func markAttendance(sessionId: ID, parentId: ID, attended: Bool, today: Day) throws
    /// Marks the parents whose attendance the user changed and invites more, in one transaction.
    func recordAttendance(sessionId: ID, attended: [ID: Bool], inviting parentIds: [ID], today: Day) throws

    // What happens to a family. Each checks the version its form read; a date or outcome
    // already recorded changes only with a reason.
    /// The case's petition date, removal date and county (`dependencyCase.version` as read).
    func updateCase(_ dependencyCase: DependencyCase, reason: String?) throws
    /// Records (or, with nil, clears) the case's outcome; refused when it contradicts the
    /// children's last moves unless `despiteMoves`.
    func setCaseOutcome(caseId: ID, outcome: CaseOutcome?, on day: Day?, reason: String?,
                        despiteMoves: Bool, expecting version: Int?) throws
    @discardableResult
    func addChild(_ child: Child, today: Day) throws -> ID
    /// A child's name or birth year (`child.version` as read).
    func updateChild(_ child: Child, today: Day) throws
    @discardableResult
    func addChildMove(_ move: ChildMove, expecting childVersion: Int?) throws -> ID
    /// Takes out a move recorded in error, with a reason; refused while the case's recorded
    /// outcome rests on it.
    func removeChildMove(_ move: ChildMove, reason: String?, expecting childVersion: Int?) throws

    // What the data-entry forms read.
    func hearingTypes() throws -> [HearingType]
    func hearing(id: ID) throws -> Hearing?
    /// Parents with a word of their name starting with each word typed, ignoring case and
    /// accents, for a picker that searches as you type.
    func findParents(nameStartingWith prefix: String, limit: Int) throws -> [ParentMatch]
    func caseNumber(id: ID) throws -> String?
    func classSessions(from day: Day, limit: Int) throws -> [ClassSessionSummary]
    /// The active courses, in the program's order.
    func courses() throws -> [Course]
    func classRoster(sessionId: ID) throws -> [ClassRosterLine]
    func parentsToInvite(limit: Int) throws -> [NamedRef]

    /// The shared follow-up policy (the defaults on `today` when none was saved: Washington's
    /// court holidays for this year and the next); saving it re-plans every open parent.
    func followUpPolicy(asOf today: Day) throws -> FollowUpPolicy
    /// Weekdays that are not the policy's court holidays: what `[` and `]` step over.
    func courtCalendar(asOf today: Day) throws -> CourtCalendar
    func setFollowUpPolicy(_ policy: FollowUpPolicy, today: Day) throws
    func replanFollowUps(parentId: ID, today: Day) throws

    // People and sign-in.
    func hasUsers() throws -> Bool
    func users() throws -> [User]
    func signIn(name: String, secret: String, at now: Date) throws -> SignInResult
    /// The language a user reads the desk in (nil: the computer's); users choose their own.
    func setLanguage(_ language: Language?, forUser name: String) throws
    /// The same data for a signed-in user: writes recorded as theirs, limited to their role.
    func acting(as user: User) throws -> any DeskStore
    /// The same store, saving as the attempt `token`: a retried save is written once (`SaveAttempt`).
    func attempting(_ token: String) -> any DeskStore
    /// Why the signed-in user may not do this, in words; nil when they may.
    func refusal(for act: Act, today: Day?) throws -> Phrase?
    /// An audited event with no other change (a lock, a detail opened).
    func audit(_ action: String, entity: String?, id: ID?) throws

    func auditLog(_ filter: AuditFilter, page: PageRequest) throws -> ListPage<AuditLine>

    /// The court's calendar export into the docket, in one transaction (or none, on a dry run).
    func importDocket(_ file: DocketFile, today: Day, dryRun: Bool) throws -> ImportSummary

    /// Where the file stands, and which reads the commits since `earlier` changed (this process's
    /// and others'); nothing on the first look. Cheap enough to ask every second.
    func changes(since earlier: ChangeMark?) throws -> FileChanges

    // Reports, for supervisors and admins: one model each, for the screen and every export format.
    /// Today's uncovered hearings, first hearings, longest waiting, overdue by ally, caseloads and
    /// this month beside last; each list at most `limit` rows, with its full count.
    func morningReview(today: Day, limit: Int) throws -> MorningReview
    /// The program's figures for a period, as defined in the README.
    func programReport(_ period: ReportPeriod) throws -> ProgramReport
    /// The statute's outcome figures by group for a period, in one county or all (`today` tells
    /// which hearings still "scheduled" are past and unrecorded).
    func outcomesReport(_ period: ReportPeriod, county: String?, today: Day) throws -> OutcomesReport
    /// The counties cases are in, by name.
    func reportCounties() throws -> [String]

    // Allies' program records, for supervisors and admins.
    /// Every ally, active first, with the open parents each carries.
    func allyRecords() throws -> [AllyRecord]
    /// The list of lived experience and circumstances, in order.
    func experiences() throws -> [Experience]
    /// Adds (no id) or corrects an ally's record; a limit below the caseload comes back as a warning.
    @discardableResult
    func saveAlly(_ ally: Ally) throws -> AllySaved
    /// Deactivates an ally; their open parents return to Unassigned with the reason.
    @discardableResult
    func deactivateAlly(id: ID, reason: String, today: Day, expecting version: Int?) throws -> Int
    /// A parent's circumstances (codes): for supervisors and the parent's own ally only.
    func circumstances(ofParent parentId: ID) throws -> [String]
}

extension DeskStore {
    public func updateParent(_ parent: Parent, today: Day) throws {
        try updateParent(parent, circumstances: nil, today: today)
    }
}
