/// Small-cell suppression for published figures: any cell under `SmallCells.threshold` is
/// hidden, and when a row would hide exactly one of its cells, the next smallest is hidden too,
/// so that no hidden cell can be worked out from the row's published total.
public enum SmallCells {
    /// Cells below this are never published.
    public static let threshold = 11

    /// Which cells of one row to hide. The cells add up to a total that is published (a figure's
    /// count and its denominator minus the count; the denominator is shown).
    public static func hidden(_ cells: [Int], threshold: Int = SmallCells.threshold) -> [Bool] {
        var hide = cells.map { $0 < threshold }
        if hide.filter({ $0 }).count == 1, cells.count > 1 {
            let next = cells.indices.filter { !hide[$0] }.min { cells[$0] < cells[$1] }
            if let next { hide[next] = true }
        }
        return hide
    }
}
