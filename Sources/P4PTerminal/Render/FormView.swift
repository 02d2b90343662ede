import P4PController
import P4PStore

/// A form drawn over the screen: one line per field (label, what is typed, what it was read as),
/// the field's problem in words under it, and the real cursor where the user is: at the caret of
/// a typed field, on the chosen option of a choice, on the highlighted option of a list.
enum FormView {
    /// Labels take at least this many columns, more when a label is longer (Spanish ones are).
    static let minimumLabelWidth = 16
    /// How many options of a many-of field show at once.
    static let multiChoiceRows = 8
    /// How many of a picker's matches show under it.
    static let pickerRows = 5

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
        // Keep the cursor's line on screen in a short terminal.
        let cursorLine = lines.firstIndex { $0.cursorColumn != nil } ?? 0
        let top = max(0, min(cursorLine - (height - 2) / 2, lines.count - (height - 2)))
        for (i, line) in lines.dropFirst(top).prefix(height - 2).enumerated() {
            var col = column + 2
            for part in line.parts {
                col += canvas.put(part.text, row: top0 + 1 + i, column: col, width: column + width - 2 - col, style: part.style)
            }
            if let cursor = line.cursorColumn {
                canvas.cursor = (top0 + 1 + i, min(column + width - 2, column + 2 + cursor))
            }
        }
    }

    struct Line {
        var parts: StyledLine
        /// Where the real cursor goes on this line (columns from the line's start); one line a form has it.
        var cursorColumn: Int?
    }

    /// The label column: wide enough for the form's longest label, but never more than two
    /// fifths of the form, so the values keep room.
    static func labelWidth(_ form: FormState, width: Int) -> Int {
        let widest = form.fields.map { TextWidth.of($0.label.text(form.language)) + 1 }.max() ?? 0
        return max(minimumLabelWidth, min(widest, width * 2 / 5))
    }

    static func formLines(_ form: FormState, today: Day, width: Int) -> [Line] {
        let language = form.language
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        let labelWidth = labelWidth(form, width: width)
        let indent = String(repeating: " ", count: labelWidth + 1)
        /// An option under a field: "> " marks the chosen or highlighted one, and the cursor rests on it.
        func option(_ text: String, marked: Bool, style: Style, detail: String = "") -> Line {
            Line(parts: [(indent + (marked ? "> " : "  ") + text, style), (detail, .dim)],
                 cursorColumn: marked ? labelWidth + 1 : nil)
        }
        var lines: [Line] = []
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let label = TextWidth.fit((field.required ? "*" : " ") + say(field.label), to: labelWidth)
            let labelStyle: Style = focused ? .focusedTitle : .bold
            let valueWidth = max(8, width - labelWidth - 2)
            var (value, cursor) = display(field, focused: focused, width: valueWidth)
            if let preview = field.preview(today: today) { value += "  → " + say(preview) }
            let fieldLine = lines.count
            lines.append(Line(parts: [(label, labelStyle), (" ", .normal), (value, focused ? .selected : .normal)],
                              cursorColumn: cursor.map { labelWidth + 1 + $0 }))
            if case .note = field.kind {
                for (row, extra) in field.note.lines.enumerated().dropFirst() {
                    let caret = focused && row == field.note.row ? labelWidth + 1 + caretColumn(extra) : nil
                    lines.append(Line(parts: [(indent + extra.text, .normal)], cursorColumn: caret))
                }
            }
            if case .choice(let options) = field.kind, focused, options.count > 2 {
                // What else there is to choose, so nobody has to guess at type-ahead.
                for (index, choice) in options.enumerated() {
                    let chosen = index == field.selection
                    lines.append(option(say(choice.label), marked: chosen, style: chosen ? .bold : .dim))
                }
            }
            if case .multiChoice(let options) = field.kind, focused {
                // One option a line, a window around the highlighted one.
                let selected = field.selection ?? 0
                let start = max(0, min(selected - 3, options.count - multiChoiceRows))
                for index in options.indices.dropFirst(start).prefix(multiChoiceRows) {
                    let box = field.checked.contains(index) ? "[x] " : "[ ] "
                    lines.append(option(box + say(options[index].label), marked: index == selected,
                                        style: index == selected ? .bold : .normal))
                }
            }
            if case .picker = field.kind, focused {
                for match in field.matches.prefix(pickerRows) {
                    let picked = match.id == field.pickedId
                    lines.append(option(match.label, marked: picked, style: picked ? .bold : .normal,
                                        detail: match.detail.map { "  " + say($0) } ?? ""))
                }
            }
            // The cursor rests on a marked option when the field lists one; else on the field.
            if lines[(fieldLine + 1)...].contains(where: { $0.cursorColumn != nil }) {
                lines[fieldLine].cursorColumn = nil
            }
            if let message = field.message ?? field.cautionText(today: today) {
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
            return (field.editor.text, focused ? caretColumn(field.editor) : nil)
        case .note:
            // Further lines are drawn under the field; the caret is on the line being edited.
            let first = field.note.lines.first ?? LineEditor()
            return (first.text, focused && field.note.row == 0 ? caretColumn(first) : nil)
        case .choice(let options):
            let chosen = field.selection.map { options[$0].label.text(field.language) } ?? "—"
            // On the chosen word, past the "‹ ".
            return ("‹ \(chosen) ›", focused ? 2 : nil)
        case .multiChoice(let options):
            // The options are listed under the field while it has focus; here, what is ticked.
            let ticked = options.indices.filter(field.checked.contains).map { options[$0].label }
            let summary = ticked.isEmpty ? Phrase("form.noneTicked")
                : Phrase("form.ticked", ["count": .number(ticked.count), "which": .list(ticked, separator: ", ")])
            let text = summary.text(field.language)
            return (focused ? text + "  " + Phrase("form.tickHint").text(field.language) : text, focused ? 0 : nil)
        }
    }

    /// The caret's column in an editor's text: terminal columns, so after an accent or a CJK name it is where typing goes.
    static func caretColumn(_ editor: LineEditor) -> Int {
        TextWidth.of(String(editor.characters.prefix(editor.cursor)))
    }
}
