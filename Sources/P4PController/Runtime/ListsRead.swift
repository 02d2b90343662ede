import Foundation
import P4PStore

/// The rows Unassigned and Overdue last showed, with the query that read them: a filter typed
/// further ("cor" after "co") is answered from them when they were the whole list its filter
/// found, instead of asking the database at each keystroke (on a server, one round trip and
/// a plan each). Forgotten at the look that finds anything changed, and at a sign-in.
final class ListsRead {
    private var shown: [PaneID: (query: PaneQuery, rows: PaneRows)] = [:]

    /// `query`'s rows found among those last read, when they hold them all; nil when the
    /// store must be asked.
    func narrowed(_ pane: PaneID, _ query: PaneQuery) -> PaneRows? {
        guard let last = shown[pane], last.query.day == query.day, last.query.filter != query.filter else { return nil }
        let before = last.query.filter, after = query.filter, page = query.page
        switch last.rows {
        case .unassigned(let rows):
            return rows.narrowed(from: before, to: after, page: page, by: UnassignedParent.searched).map(PaneRows.unassigned)
        case .overdue(let rows):
            return rows.narrowed(from: before, to: after, page: page, by: OverdueFollowUp.searched).map(PaneRows.overdue)
        case .docket:
            // A docket row does not carry all its filter looks in (every parent of the case).
            return nil
        }
    }

    func keep(_ pane: PaneID, _ query: PaneQuery, _ rows: PaneRows) {
        shown[pane] = (query, rows)
    }

    func forget() {
        shown = [:]
    }
}
