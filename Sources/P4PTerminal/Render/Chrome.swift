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

    /// "F1 Help  q Quit  Enter Open ...": the most important actions that fit, generated from
    /// the action table.
    static func drawKeyBar(_ state: AppState, layout: Layout, on canvas: inout Canvas) {
        let row = layout.keyBarRow
        var col = 0
        for action in ActionTable.bar(for: state.context) {
            let key = action.keys[0].displayName
            let need = TextWidth.of(key) + 1 + TextWidth.of(action.label) + 2
            if col + need > layout.size.columns { break }
            col += canvas.put(key, row: row, column: col, style: .keyName)
            col += canvas.put(" " + action.label, row: row, column: col, style: .keyLabel)
            col += 2
        }
    }
}
