import P4PStore

/// The three lists of the dashboard, in screen order.
public enum PaneID: Int, CaseIterable, Sendable {
    case docket, unassigned, overdue

    /// The pane's name in the catalogues: "pane.docket".
    public var title: W { W("pane.\(self)") }
}

/// One pane: its cursor, the window of rows fetched around what is on screen, and its filter.
public struct PaneState<Row: Sendable>: Sendable {
    public var cursor = ListCursor()
    /// Only this window is in memory; the rest of the list stays in the database.
    public var page = ListPage<Row>.empty
    public var filter = ""
    /// False until the first fetch, so an empty pane is told apart from one still loading.
    public var loaded = false

    public init() {}

    public var total: Int { cursor.total }

    public func row(at index: Int) -> Row? {
        let i = index - page.offset
        return page.rows.indices.contains(i) ? page.rows[i] : nil
    }

    public var selectedRow: Row? { row(at: cursor.selected) }

    /// True when some row on screen is outside the fetched window.
    public func needsFetch(visible: Int) -> Bool {
        let range = cursor.visibleRange(visible)
        guard !range.isEmpty else { return false }
        return range.lowerBound < page.offset || range.upperBound > page.offset + page.rows.count
    }

    /// The window to fetch for the rows on screen: a screenful either side, so that scrolling
    /// usually needs no query at all.
    public func windowRequest(visible: Int) -> PageRequest {
        let rows = max(1, visible)
        return PageRequest(offset: max(0, cursor.top - rows), limit: rows * 3)
    }
}
