import P4PController
import P4PStore

/// The status line and the key bar at the bottom of every screen.
enum Chrome {
    static func drawStatus(_ state: AppState, layout: Layout, on canvas: inout Canvas) {
        let row = layout.statusRow
        canvas.fill(row: row, column: 0, width: layout.size.columns, style: .status)
        if let editor = state.filterEditor {
            let prompt = Phrase("filter.prompt", ["pane": .word(state.focus.title)]).text(state.language) + " "
            let used = canvas.put(prompt, row: row, column: 1, style: .status)
            let typed = Array(editor.characters)
            let before = String(typed[..<editor.cursor])
            canvas.put(editor.text, row: row, column: 1 + used, style: .status)
            canvas.cursor = (row, min(layout.size.columns - 1, 1 + used + TextWidth.of(before)))
            return
        }
        let language = state.language
        var parts = [Phrase("status.docket", ["day": .day(state.docketDay, .long)]).text(language), state.databaseName]
        // Who is signed in, always in view: on a shared terminal that is what people check.
        if let user = state.user { parts.append(user.name) }
        if state.docketDay != state.today {
            parts[0] += " " + Phrase("status.todayIs", ["day": .day(state.today, .long)]).text(language)
        }
        var left = " " + parts.joined(separator: " │ ")
        let message = state.message?.text(language)
        // A message (why a key was refused, what was saved) matters more than the file's name.
        if let message, TextWidth.of(left) + 3 + TextWidth.of(message) > layout.size.columns {
            left = " " + state.docketDay.text(.weekday, in: language) + " " + state.docketDay.text(.numeric, in: language)
        }
        let used = canvas.put(left, row: row, column: 0, style: .status)
        if let message {
            let room = layout.size.columns - used - 3
            if room > 8 {
                canvas.put(" │ ", row: row, column: used, style: .status)
                canvas.put(TextWidth.truncate(message, to: room), row: row, column: used + 3, style: .message)
            }
        }
    }

    /// "c Contact  s Snooze  Enter Open ...  q Quit  ? Help": generated from the action table,
    /// the focused pane's or field's actions first, then the screen's, as many as fit; the way
    /// out and help always stay (help lists what did not fit).
    static func drawKeyBar(_ state: AppState, layout: Layout, on canvas: inout Canvas) {
        let row = layout.keyBarRow
        let bar = state.keyBar
        func text(_ item: BarItem) -> (key: String, label: String) {
            (item.key.displayName, " " + Catalogue.text(item.label, in: state.language))
        }
        func width(_ item: BarItem) -> Int { TextWidth.of(text(item).key) + TextWidth.of(text(item).label) + 2 }
        var room = layout.size.columns - bar.pinned.map(width).reduce(0, +)
        var shown: [BarItem] = []
        for item in bar.items where width(item) <= room {
            shown.append(item)
            room -= width(item)
        }
        var col = 0
        for item in shown + bar.pinned {
            let (key, label) = text(item)
            col += canvas.put(key, row: row, column: col, style: .keyName)
            col += canvas.put(label, row: row, column: col, width: max(0, layout.size.columns - col), style: .keyLabel)
            col += 2
            if col >= layout.size.columns { break }
        }
    }
}
