/// Where things go on a screen of a given size. One place, so the renderer and the controller's
/// page sizes agree.
public struct Layout: Equatable, Sendable {
    public static let minimum = Size(columns: 60, rows: 14)

    public let size: Size
    public init(_ size: Size) { self.size = size }

    public var isTooSmall: Bool { size.columns < Layout.minimum.columns || size.rows < Layout.minimum.rows }

    /// The status line and the key bar take the last two rows.
    public var statusRow: Int { size.rows - 2 }
    public var keyBarRow: Int { size.rows - 1 }
    /// Panes fill everything above the status line.
    public var paneHeight: Int { size.rows - 2 }
    /// A pane's rows: its height less the top border, the column header and the bottom border.
    public var paneRows: Int { max(1, paneHeight - 3) }
    /// The detail and help screens: a border above and below.
    public var pageLines: Int { max(1, paneHeight - 2) }

    /// Left edge and width of each pane, as shares of the screen. The docket, with the most
    /// columns, gets the most; on a wide screen the overdue pane gets room for kind and ally.
    public func paneFrame(_ index: Int) -> (column: Int, width: Int) { paneFrames()[index] }

    /// The docket keeps at least this many columns when another pane borrows from it.
    static let docketMinimum = 30

    /// The panes' frames, each widened to `needs` (a title's columns with its borders) when the
    /// screen allows: the docket, the widest, gives up the columns, so a pane's name and count
    /// ("Sin asignar (112)") show whole at 80 columns too.
    public func paneFrames(needing needs: [Int] = [0, 0, 0]) -> [(column: Int, width: Int)] {
        let shares = size.columns >= 110 ? [46, 24, 30] : [45, 27, 28]
        var widths = [size.columns * shares[0] / 100, size.columns * shares[1] / 100]
        widths.append(size.columns - widths[0] - widths[1])
        for pane in 1...2 where needs.count > pane && widths[pane] < needs[pane] {
            let spare = widths[0] - max(Layout.docketMinimum, needs.first ?? 0)
            let take = max(0, min(needs[pane] - widths[pane], spare))
            widths[0] -= take
            widths[pane] += take
        }
        return [(0, widths[0]), (widths[0], widths[1]), (widths[0] + widths[1], widths[2])]
    }
}
