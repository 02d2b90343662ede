import P4PStore

/// Work the runtime does for `update`: store reads now, writes later. Each names what changed,
/// so only that is re-queried.
public enum Effect: Equatable, Sendable {
    /// Re-read a pane: its count and the window of rows on screen.
    case load(PaneID)
    /// Read the parent shown on the detail screen.
    case loadDetail
    /// Read what a form needs (pickers, prefills) and open it.
    case openForm(FormPurpose)
    /// Write what a form saved; on success close it and re-read what it changed.
    case submitForm(FormPurpose, [String: FieldValue])
    /// Sign out and show the lock screen.
    case lock
    /// Read the audit entries the audit screen's filter matches.
    case loadAudit
    /// Look up what was typed into the focused form field's store-searched picker.
    case search(SearchTarget, String)
    /// Read the morning review for today.
    case loadMorningReview
}
