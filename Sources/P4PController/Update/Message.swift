import Foundation
import P4PStore

/// What `update` is told: a key the user pressed, time passing, or what the store answered to
/// an effect. The runtime may answer an effect at once or later (a server store answers when
/// it can); `update` checks that an answer still fits what is on screen before showing it.
public enum Message: Sendable {
    /// A key, and when it was pressed (the kiosk's idle clock starts again).
    case key(Key, at: Date)
    /// No key for a while: the idle lock, and a busy save's next try.
    case tick(Date)
    /// Rows each pane shows and lines a page shows, as the layout worked them out.
    case viewport(paneRows: Int, pageLines: Int)
    /// How many lines the page on screen has, so scrolling stops at its end.
    case pageLength(Int)
    /// The clock passed midnight.
    case dayChanged(Day)
    /// A commit (this terminal's or another's) changed these reads: what shows them is read again.
    case dataChanged(ChangedReads)
    /// This terminal is a shared kiosk: names masked, locked after `idleMinutes` without a key.
    case kiosk(idleMinutes: Double)
    /// The session began; `hasUsers` means nothing shows until someone signs in.
    case started(hasUsers: Bool)
    /// Someone is known (a PIN checked, or a script's --as): their writes, their role.
    case signedIn(User)
    /// The sign-in (or the supervisor's PIN to leave a kiosk) was checked.
    case signInAnswered(FormPurpose, Result<SignInResult, StoreError>)
    /// The screen was locked (the runtime recorded it and signed the user out).
    case locked
    /// Locking needs users, and the database has none.
    case cannotLock

    case paneLoaded(PaneID, PaneQuery, Result<PaneRows, StoreError>)
    case detailArrived(parentId: ID, Result<ParentDetail?, StoreError>)
    case morningArrived(Day, Result<MorningReview, StoreError>)
    case outcomesArrived(OutcomesQuery, Result<OutcomesPage, StoreError>)
    case alliesArrived(Result<AlliesPage, StoreError>)
    case auditArrived(AuditFilter, Result<ListPage<AuditLine>, StoreError>)
    /// What a form needs was read; or why it cannot open (a role's refusal, a record gone).
    case formReady(FormPurpose, FormData)
    case formUnavailable(FormPurpose, Phrase)
    case saved(SaveRequest)
    case saveRefused(SaveRequest, StoreError)
    /// A store-searched picker's matches for the text typed.
    case found(SearchTarget, text: String, Result<[ParentMatch], StoreError>)
    case imported(ImportRequest, Result<ImportSummary, StoreError>)
    /// The user's choice of language was kept, or why not.
    case languageSaved(Language?, forUser: String, Result<Void, StoreError>)
}

/// Which rows of a pane to read: the day (docket) or "as of" day, the filter, the window.
public struct PaneQuery: Equatable, Sendable {
    public var day: Day
    public var filter: String
    public var page: PageRequest
}

/// Rows read for a pane.
public enum PaneRows: Sendable {
    /// The docket comes with the court's calendar, so `[` and `]` skip the days it does not sit.
    case docket(ListPage<DocketEntry>, court: CourtCalendar = CourtCalendar(holidays: []))
    case unassigned(ListPage<UnassignedParent>)
    case overdue(ListPage<OverdueFollowUp>)
}

/// A court calendar file to check (nothing written) or import.
public struct ImportRequest: Equatable, Sendable {
    public var path: String
    public var dryRun: Bool
    public var today: Day
}
