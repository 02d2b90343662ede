import P4PController
import P4PStore

/// The three panes side by side.
enum DashboardView {
    static func draw(_ state: AppState, layout: Layout, on canvas: inout Canvas) {
        let language = state.language
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        func titled(_ pane: PaneID, _ count: Int) -> String {
            say(Phrase("pane.titleCount", ["pane": .word(pane.title), "count": .number(count)]))
        }
        let masked = state.namesMasked
        let titles = [
            say(Phrase("pane.docketTitle", ["pane": .word(PaneID.docket.title), "count": .number(state.docket.total),
                                            "weekday": .day(state.docketDay, .weekday), "day": .day(state.docketDay, .numeric)])),
            titled(.unassigned, state.unassigned.total), titled(.overdue, state.overdue.total),
        ].enumerated().map { "\($0.offset + 1) \($0.element)" }
        // A title shows whole: its pane takes the columns it needs from the docket when it can.
        let frames = layout.paneFrames(needing: titles.map { TextWidth.of($0) + 4 })
        drawPane(state.docket, id: .docket, title: titles[0], frame: frames[0],
                 note: say(Phrase("pane.firstHearingNote", ["mark": .text(PaneColumns.firstHearingMark)])),
                 columns: PaneColumns.docket(masked: masked, pastDay: state.docketDay < state.today, language: language),
                 empty: say("pane.docketEmpty"),
                 state: state, layout: layout, canvas: &canvas)
        drawPane(state.unassigned, id: .unassigned, title: titles[1], frame: frames[1], note: "",
                 columns: PaneColumns.unassigned(today: state.today, masked: masked, language: language),
                 empty: say("pane.unassignedEmpty"), state: state, layout: layout, canvas: &canvas)
        let dueToday = state.overdue.page.rows.contains { $0.dueDate == state.today }
        drawPane(state.overdue, id: .overdue, title: titles[2], frame: frames[2],
                 note: dueToday ? say("pane.dueTodayNote") : "",
                 columns: PaneColumns.overdue(today: state.today, masked: masked, language: language),
                 empty: say("pane.overdueEmpty"), state: state, layout: layout, canvas: &canvas)
    }

    private static func drawPane<Row>(_ pane: PaneState<Row>, id: PaneID, title: String, frame: (column: Int, width: Int), note: String,
                                      columns: [TableColumn<Row>], empty: String, state: AppState,
                                      layout: Layout, canvas: inout Canvas) {
        let focused = state.focus == id && state.context != .help
        // A filter shows in the bottom border, where it does not crowd the title and count.
        let note = pane.filter.isEmpty ? note : "/" + pane.filter
        canvas.box(row: 0, column: frame.column, width: frame.width, height: layout.paneHeight,
                   title: title, note: note, focused: focused)
        // One column for the selection marker, then the table.
        let inner = frame.column + 2
        let innerWidth = frame.width - 3
        let table = TableLayout(columns, width: innerWidth - 1)
        table.drawHeader(on: &canvas, row: 1, column: inner + 1)

        let firstRow = 2
        if pane.loaded && pane.total == 0 {
            // The pane has rows to spare: the words wrap rather than being cut.
            for (line, words) in wrap(empty, to: innerWidth).prefix(layout.paneRows).enumerated() {
                canvas.put(words, row: firstRow + line, column: inner, width: innerWidth, style: .dim)
            }
            // A screen reader on an empty pane reads why it is empty.
            if focused { canvas.cursor = (firstRow, inner) }
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
        drawScrollHint(pane.cursor, rows: layout.paneRows, frame: frame, note: note, language: state.language,
                       layout: layout, canvas: &canvas)
    }

    /// "12-30 of 140" in the bottom border when the list is longer than the pane, where it does
    /// not cover the pane's note.
    private static func drawScrollHint(_ cursor: ListCursor, rows: Int, frame: (column: Int, width: Int),
                                       note: String, language: Language, layout: Layout, canvas: inout Canvas) {
        guard cursor.total > rows else { return }
        let range = cursor.visibleRange(rows)
        let hint = " " + Phrase("pane.scrollHint", ["from": .number(range.lowerBound + 1), "to": .number(range.upperBound),
                                                    "total": .number(cursor.total)]).text(language) + " "
        let noteWidth = note.isEmpty ? 0 : TextWidth.of(note) + 2
        guard TextWidth.of(hint) + noteWidth + 3 <= frame.width else { return }
        canvas.put(hint, row: layout.paneHeight - 1, column: frame.column + 1, width: frame.width - 2, style: .dim)
    }
}
