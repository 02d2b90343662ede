import P4PStore

/// Work `update` asks of the runtime: reads and writes of the store, each answered by a
/// message (`Message`). Nothing here touches the screen.
public enum Effect: Equatable, Sendable {
    /// Read a pane's rows: answered by `.paneLoaded`.
    case loadPane(PaneID, PaneQuery)
    /// Read a parent's whole file, after recording in the audit log that it was opened (when
    /// `audit`): answered by `.detailArrived`, or a refusal if the role may not open it.
    case loadDetail(parentId: ID, audit: Bool)
    /// The morning review, likewise recorded: answered by `.morningArrived`.
    case loadMorningReview(Day, audit: Bool)
    /// The outcomes report and the counties to choose from, likewise recorded: answered by
    /// `.outcomesArrived`.
    case loadOutcomes(OutcomesQuery, audit: Bool)
    /// Allies' program records: answered by `.alliesArrived`.
    case loadAllies
    case loadAudit(AuditFilter)
    /// Ask the store whether the user may, then read what the form needs: `.formReady` or
    /// `.formUnavailable`.
    case prepareForm(FormPurpose)
    case save(SaveRequest)
    case search(SearchTarget, String)
    /// Check a name and PIN: `.signInAnswered`. A kiosk left is recorded.
    case signIn(FormPurpose, name: String, pin: String)
    /// Record the lock and sign out: `.locked` (or `.cannotLock`).
    case lock
    case importDocket(ImportRequest)
    /// Keep the user's choice of language (nil: the computer's): answered by `.languageSaved`.
    case setLanguage(Language?, forUser: String)
    /// Reminders whose hearing passed are recorded as missed (nothing answers).
    case closeMissedReminders(Day)
}
