import P4PController

/// The `?` screen, generated from the action table.
enum HelpView {
    static func lines(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let keyWidth = 16
        for context in Context.allCases {
            let actions = ActionTable.actions(in: context)
            guard !actions.isEmpty else { continue }
            lines.append([(context.title, .header)])
            // The page's frame and margins take 4 columns; a long description wraps under itself.
            let helpWidth = max(20, width - 4 - 2 - keyWidth - 1)
            for action in actions {
                let wrapped = wrap(action.help, to: helpWidth)
                lines.append([("  " + TextWidth.fit(action.keyNames, to: keyWidth), .keyName), (" " + wrapped[0], .normal)])
                for more in wrapped.dropFirst() {
                    lines.append([(String(repeating: " ", count: 2 + keyWidth + 1) + more, .normal)])
                }
            }
            lines.append([])
        }
        lines.append([("Marks", .header)])
        lines.append([("  \(PaneColumns.firstHearingMark) before a name: the parent's first hearing in the case", .normal)])
        lines.append([("  \(PaneColumns.noAlly) in Ally: no Parent Ally is covering or assigned", .normal)])
        lines.append([("  \(PaneColumns.interpreterMark) after a language: an interpreter is needed", .normal)])
        lines.append([("  Wait: days since the program first knew of the parent", .normal)])
        return lines
    }
}

/// Words into lines of at most `columns` terminal columns; a word longer than that stands alone.
func wrap(_ text: String, to columns: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
        let candidate = line.isEmpty ? String(word) : line + " " + word
        if TextWidth.of(candidate) <= columns || line.isEmpty {
            line = candidate
        } else {
            lines.append(line)
            line = String(word)
        }
    }
    return lines + [line]
}

typealias StyledLine = [(text: String, style: Style)]

extension Canvas {
    /// A framed, scrolling page of styled lines: help and the parent's detail.
    mutating func page(_ lines: [StyledLine], title: String, scroll: ListCursor, layout: Layout) -> Int {
        box(row: 0, column: 0, width: layout.size.columns, height: layout.paneHeight, title: title,
            note: lines.count > layout.pageLines ? "\(min(scroll.selected, lines.count - 1) + 1)/\(lines.count)" : "",
            focused: true)
        let top = min(scroll.selected, max(0, lines.count - layout.pageLines))
        for (i, line) in lines.dropFirst(top).prefix(layout.pageLines).enumerated() {
            var col = 2
            for part in line {
                col += put(part.text, row: 1 + i, column: col, width: layout.size.columns - 2 - col, style: part.style)
            }
        }
        cursor = (1, 1)
        return top
    }
}
