import P4PStore

/// The morning review on screen: what the store read (nil until it has) and the scroll.
public struct MorningState: Sendable {
    public var review: MorningReview?
    public var scroll = ListCursor()
    /// The opening of the review is in the audit log.
    var audited = false
    public init() {}
}
