import P4PStore

/// A write a saved form asks the store for, as a value: `update` turns a form's fields into one
/// of these, the runtime hands it to the store, and the answer comes back as `.saved` or
/// `.saveRefused`. Versions are those the form read, checked by the store in its transaction.
public enum SaveRequest: Equatable, Sendable {
    case courtOutcome(CourtOutcome)
    case planCoverage(hearingId: ID, allyId: ID?, today: Day, version: Int?)
    case assignAlly(parentId: ID, allyId: ID, today: Day, version: Int?)
    case reassignAlly(parentId: ID, allyId: ID, reason: String, today: Day, version: Int?)
    case unassignAlly(parentId: ID, reason: String, today: Day, version: Int?)
    case logContact(Contact, completing: ID?, referrals: [String], today: Day)
    case snooze(followUpId: ID, to: Day, reason: String, today: Day, version: Int?)
    case createCase(DependencyCase, parents: [NewCaseParent], firstHearing: Hearing, today: Day)
    case createHearing(Hearing, today: Day)
    case updateHearing(Hearing, today: Day)
    case addParent(NewCaseParent, caseId: ID, joinedOn: Day, today: Day)
    /// `circumstances` nil leaves them as they are (the form did not show them).
    case updateParent(Parent, circumstances: [String]?, today: Day)
    case scheduleClass(ClassSession, inviting: [ID], today: Day)
    /// `came`: how many the form shows as having come, for the words when it is saved.
    case recordAttendance(sessionId: ID, attended: [ID: Bool], inviting: [ID], today: Day, came: Int)
    case updateCase(DependencyCase, reason: String?)
    case setCaseOutcome(caseId: ID, outcome: CaseOutcome?, on: Day?, reason: String?, despiteMoves: Bool, version: Int?)
    case addChild(Child, today: Day)
    /// `child.version` is the one the form read.
    case updateChild(Child, today: Day)
    case addChildMove(ChildMove, version: Int?)
    /// The move as the form read it; `version` is its child's.
    case removeChildMove(ChildMove, reason: String?, version: Int?)
    /// A new ally (no id) or a correction (`ally.version` as read); `openParents` as the screen
    /// showed them, to warn of a limit below them.
    case saveAlly(Ally, openParents: Int)
    case deactivateAlly(allyId: ID, reason: String, today: Day, version: Int?)
}
