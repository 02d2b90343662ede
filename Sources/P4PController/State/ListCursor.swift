/// Which row of a list is selected and which is at the top of its pane. Knows nothing of the
/// rows themselves, so every pane and every scrolling view moves the same way.
public struct ListCursor: Equatable, Sendable {
    public private(set) var selected = 0
    public private(set) var top = 0
    public private(set) var total = 0

    public init() {}

    public mutating func setTotal(_ total: Int, visible: Int) {
        self.total = max(0, total)
        moveTo(selected, visible: visible)
    }

    public mutating func move(by delta: Int, visible: Int) { moveTo(selected + delta, visible: visible) }

    /// Selects `index` (clamped to the list) and scrolls just enough to keep it on screen.
    public mutating func moveTo(_ index: Int, visible: Int) {
        let rows = max(1, visible)
        selected = total == 0 ? 0 : min(max(0, index), total - 1)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, total - rows)))
    }

    /// The rows on screen.
    public func visibleRange(_ visible: Int) -> Range<Int> {
        top ..< min(total, top + max(1, visible))
    }
}
