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
    public func paneFrame(_ index: Int) -> (column: Int, width: Int) {
        let shares = size.columns >= 110 ? [46, 24, 30] : [45, 27, 28]
        let docket = size.columns * shares[0] / 100
        let unassigned = size.columns * shares[1] / 100
        switch index {
        case 0: return (0, docket)
        case 1: return (docket, unassigned)
        default: return (docket + unassigned, size.columns - docket - unassigned)
        }
    }
}
