import P4PController
import P4PStore

/// A form drawn over the screen: one line per field (label, what is typed, what it was read as),
/// the field's problem in words under it, and the real cursor where typing goes.
enum FormView {
    static let labelWidth = 16
    /// How many options of a many-of field show at once.
    static let multiChoiceRows = 8

    static func draw(_ form: FormState, today: Day, layout: Layout, on canvas: inout Canvas) {
        let width = min(layout.size.columns - 4, 96)
        let column = (layout.size.columns - width) / 2
        let lines = formLines(form, today: today, width: width - 4)
        // One row down, so the panes' titles still show above the form.
        let top0 = 1
        let height = min(layout.paneHeight - top0, lines.count + 2)
        // Clear a margin too, so no half-covered pane text shows beside the form.
        for row in top0..<(top0 + height) { canvas.fill(row: row, column: column - 1, width: width + 2) }
        canvas.box(row: top0, column: column, width: width, height: height, title: form.title.text(form.language),
                   note: Phrase("form.requiredNote").text(form.language), focused: true)
        // Keep the focused field on screen in a short terminal.
        let focusLine = lines.firstIndex { $0.isFocusLine } ?? 0
        let top = max(0, min(focusLine - (height - 2) / 2, lines.count - (height - 2)))
        for (i, line) in lines.dropFirst(top).prefix(height - 2).enumerated() {
            var col = column + 2
            for part in line.parts {
                col += canvas.put(part.text, row: top0 + 1 + i, column: col, width: column + width - 2 - col, style: part.style)
            }
            if line.isFocusLine, let cursor = line.cursorColumn {
                canvas.cursor = (top0 + 1 + i, min(column + width - 2, column + 2 + cursor))
            }
        }
    }

    struct Line {
        var parts: StyledLine
        var isFocusLine = false
        var cursorColumn: Int?
    }

    static func formLines(_ form: FormState, today: Day, width: Int) -> [Line] {
        let language = form.language
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        var lines: [Line] = []
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let label = TextWidth.fit((field.required ? "*" : " ") + say(field.label), to: labelWidth)
            let labelStyle: Style = focused ? .focusedTitle : .bold
            let valueWidth = max(8, width - labelWidth - 2)
            var (value, cursor) = display(field, focused: focused, width: valueWidth)
            if let preview = field.preview(today: today) { value += "  → " + say(preview) }
            var line = Line(parts: [(label, labelStyle), (" ", .normal), (value, focused ? .selected : .normal)])
            line.isFocusLine = focused
            line.cursorColumn = cursor.map { labelWidth + 1 + $0 }
            lines.append(line)
            if case .note = field.kind {
                for extra in field.note.lines.dropFirst() {
                    lines.append(Line(parts: [(String(repeating: " ", count: labelWidth + 1) + extra.text, .normal)]))
                }
            }
            if case .choice(let options) = field.kind, focused, options.count > 2 {
                // What else there is to choose, so nobody has to guess at type-ahead.
                for (index, option) in options.enumerated() {
                    let chosen = index == field.selection
                    lines.append(Line(parts: [(String(repeating: " ", count: labelWidth + 1) + (chosen ? "> " : "  ") + say(option.label),
                                               chosen ? .bold : .dim)]))
                }
            }
            if case .multiChoice(let options) = field.kind, focused {
                // One option a line, a window around the highlighted one.
                let selected = field.selection ?? 0
                let start = max(0, min(selected - 3, options.count - multiChoiceRows))
                for index in options.indices.dropFirst(start).prefix(multiChoiceRows) {
                    let mark = index == selected ? "> " : "  "
                    let box = field.checked.contains(index) ? "[x] " : "[ ] "
                    lines.append(Line(parts: [(String(repeating: " ", count: labelWidth + 1) + mark + box + say(options[index].label),
                                               index == selected ? .bold : .normal)]))
                }
            }
            if case .picker = field.kind, focused {
                for option in field.matches.prefix(5) {
                    let mark = option.id == field.pickedId ? "> " : "  "
                    let detail = option.detail.map { "  " + say($0) } ?? ""
                    lines.append(Line(parts: [(String(repeating: " ", count: labelWidth + 1) + mark + option.label, option.id == field.pickedId ? .bold : .normal), (detail, .dim)]))
                }
            }
            if let message = field.message ?? field.cautionText(today: today) {
                let indent = String(repeating: " ", count: labelWidth + 1)
                for part in wrap(say(message), to: max(8, width - labelWidth - 1)) {
                    lines.append(Line(parts: [(indent + part, .warning)]))
                }
            }
        }
        if let message = form.message {
            // A refusal says who did what and what to do next: all of it shows, however narrow.
            lines.append(Line(parts: []))
            for part in wrap(say(message), to: width) {
                lines.append(Line(parts: [(part, form.confirmingCancel ? .warning : .message)]))
            }
        }
        return lines
    }

    /// What a field shows, and where in it the cursor goes (columns from the value's start).
    static func display(_ field: FormField, focused: Bool, width: Int) -> (String, Int?) {
        switch field.kind {
        case .secret:
            let dots = String(repeating: "•", count: field.editor.characters.count)
            return (dots, focused ? field.editor.cursor : nil)
        case .text, .date, .time, .number, .picker:
            let text = field.editor.text
            let before = String(field.editor.characters.prefix(field.editor.cursor))
            return (text, focused ? TextWidth.of(before) : nil)
        case .note:
            let first = field.note.lines.first?.text ?? ""
            return (first, focused ? TextWidth.of(first) : nil)
        case .choice(let options):
            let chosen = field.selection.map { options[$0].label.text(field.language) } ?? "—"
            return ("‹ \(chosen) ›", focused ? 0 : nil)
        case .multiChoice(let options):
            // The options are listed under the field while it has focus; here, what is ticked.
            let ticked = options.indices.filter(field.checked.contains).map { options[$0].label }
            let summary = ticked.isEmpty ? Phrase("form.noneTicked")
                : Phrase("form.ticked", ["count": .number(ticked.count), "which": .list(ticked, separator: ", ")])
            let text = summary.text(field.language)
            return (focused ? text + "  " + Phrase("form.tickHint").text(field.language) : text, focused ? 0 : nil)
        }
    }
}
