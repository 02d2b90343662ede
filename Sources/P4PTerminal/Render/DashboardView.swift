import P4PController
import P4PStore

/// The three panes side by side.
enum DashboardView {
    static func draw(_ state: AppState, layout: Layout, on canvas: inout Canvas) {
        let language = state.language
        func name(_ pane: PaneID) -> String { Catalogue.text(pane.title, in: language) }
        let docketTitle = "\(name(.docket)) (\(state.docket.total)) \(state.docketDay.text(.weekday, in: language)) \(state.docketDay.text(.numeric, in: language))"
        drawPane(state.docket, id: .docket, title: docketTitle, note: "\(PaneColumns.firstHearingMark) first hearing",
                 columns: PaneColumns.docket(masked: state.namesMasked), empty: "No hearings on this day",
                 state: state, layout: layout, canvas: &canvas)
        drawPane(state.unassigned, id: .unassigned, title: "\(name(.unassigned)) (\(state.unassigned.total))",
                 note: "", columns: PaneColumns.unassigned(today: state.today, masked: state.namesMasked),
                 empty: "Every parent has a Parent Ally", state: state, layout: layout, canvas: &canvas)
        let dueToday = state.overdue.page.rows.filter { $0.dueDate == state.today }.count
        drawPane(state.overdue, id: .overdue, title: "\(name(.overdue)) (\(state.overdue.total))",
                 note: dueToday > 0 ? "incl. due today" : "", columns: PaneColumns.overdue(today: state.today, masked: state.namesMasked),
                 empty: "No follow-ups overdue", state: state, layout: layout, canvas: &canvas)
    }

    private static func drawPane<Row>(_ pane: PaneState<Row>, id: PaneID, title: String, note: String,
                                      columns: [TableColumn<Row>], empty: String, state: AppState,
                                      layout: Layout, canvas: inout Canvas) {
        let frame = layout.paneFrame(id.rawValue)
        let focused = state.focus == id && state.context != .help
        // A filter shows in the bottom border, where it does not crowd the title and count.
        let note = pane.filter.isEmpty ? note : "/" + pane.filter
        canvas.box(row: 0, column: frame.column, width: frame.width, height: layout.paneHeight,
                   title: "\(id.rawValue + 1) \(title)", note: note, focused: focused)
        // One column for the selection marker, then the table.
        let inner = frame.column + 2
        let innerWidth = frame.width - 3
        let table = TableLayout(columns, width: innerWidth - 1)
        table.drawHeader(on: &canvas, row: 1, column: inner + 1)

        let firstRow = 2
        if pane.loaded && pane.total == 0 {
            canvas.put(TextWidth.truncate(empty, to: innerWidth), row: firstRow, column: inner, style: .dim)
            return
        }
        for (line, index) in pane.cursor.visibleRange(layout.paneRows).enumerated() {
            let row = firstRow + line
            let isSelected = index == pane.cursor.selected
            let base: Style = isSelected ? (focused ? .selected : .selectedUnfocused) : .normal
            if isSelected {
                canvas.fill(row: row, column: inner - 1, width: innerWidth + 1, style: base)
                canvas.put(">", row: row, column: inner, style: base)
                if focused { canvas.cursor = (row, inner) }
            }
            if let item = pane.row(at: index) {
                table.draw(item, on: &canvas, row: row, column: inner + 1, base: base)
            }
        }
        drawScrollHint(pane.cursor, rows: layout.paneRows, frame: frame, note: note, layout: layout, canvas: &canvas)
    }

    /// "12-30 of 140" in the bottom border when the list is longer than the pane, where it does
    /// not cover the pane's note.
    private static func drawScrollHint(_ cursor: ListCursor, rows: Int, frame: (column: Int, width: Int),
                                       note: String, layout: Layout, canvas: inout Canvas) {
        guard cursor.total > rows else { return }
        let range = cursor.visibleRange(rows)
        let hint = " \(range.lowerBound + 1)-\(range.upperBound) of \(cursor.total) "
        let noteWidth = note.isEmpty ? 0 : TextWidth.of(note) + 2
        guard TextWidth.of(hint) + noteWidth + 3 <= frame.width else { return }
        canvas.put(hint, row: layout.paneHeight - 1, column: frame.column + 1, width: frame.width - 2, style: .dim)
    }
}
