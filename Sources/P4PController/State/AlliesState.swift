import P4PStore

/// The Allies screen, for supervisors and admins: every ally's program record as the store last
/// read it (nil until it has), and the line being read. Line 0 is the column headings; the
/// ally on the reading line (or the first, on the headings) is the one `e` and `d` act on.
public struct AlliesState: Sendable {
    public var records: [AllyRecord]?
    public var experiences: [Experience] = []
    public var scroll = ListCursor()
    public init() {}

    /// The ally the reading line is on.
    public var selected: AllyRecord? {
        guard let records, !records.isEmpty else { return nil }
        return records[min(records.count - 1, max(0, scroll.selected - 1))]
    }
}

/// What the Allies screen reads: the records and the list of lived experience they use.
public struct AlliesPage: Sendable, Equatable {
    public var records: [AllyRecord]
    public var experiences: [Experience]
    public init(records: [AllyRecord], experiences: [Experience]) { self.records = records; self.experiences = experiences }
}
