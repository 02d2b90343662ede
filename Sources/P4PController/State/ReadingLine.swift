/// How a page (help, a parent's detail, the morning review, the audit log) moves. Its cursor's
/// `selected` is the line being read, where the screen reader's cursor rests: the top line
/// shown, until the page's last line is in view; from there Down walks the reading line on to
/// the last line, and Up walks it back before the page scrolls again.
extension ListCursor {
    /// `length`: the page's lines; `shown`: how many show at once. A move of more than one
    /// line (PageUp, PageDown, Home, End) counts from the top line shown, so it always turns
    /// a screenful.
    public mutating func moveReadingLine(by delta: Int, length: Int, shown: Int) {
        setTotal(max(1, length), visible: 1)
        let lastTop = max(0, length - max(1, shown))
        let from = abs(delta) > 1 ? min(selected, lastTop) : selected
        moveTo(from + delta, visible: 1)
    }
}
