import P4PController
import P4PStore

/// Lines of text in styled parts: what a page (help, detail, morning review, audit) shows.
typealias StyledLine = [(text: String, style: Style)]

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

extension Canvas {
    /// A framed, scrolling page of styled lines. `scroll.selected` is the line being read: the
    /// top line, until the page's end is in view; then the reading line walks down to the last.
    /// The real cursor rests on it, so a screen reader reads the line the user moved to.
    /// Returns the first line shown.
    @discardableResult
    mutating func page(_ lines: [StyledLine], title: String, scroll: ListCursor, layout: Layout) -> Int {
        let reading = max(0, min(scroll.selected, lines.count - 1))
        box(row: 0, column: 0, width: layout.size.columns, height: layout.paneHeight, title: title,
            note: lines.count > layout.pageLines ? "\(reading + 1)/\(lines.count)" : "",
            focused: true)
        let top = min(reading, max(0, lines.count - layout.pageLines))
        for (i, line) in lines.dropFirst(top).prefix(layout.pageLines).enumerated() {
            var col = 2
            for part in line {
                col += put(part.text, row: 1 + i, column: col, width: layout.size.columns - 2 - col, style: part.style)
            }
        }
        // On the line's first letter, past its indent.
        let indent = lines.isEmpty ? 0 : lines[reading].first.map { $0.text.prefix { $0 == " " }.count } ?? 0
        cursor = (1 + reading - top, min(layout.size.columns - 2, 2 + indent))
        return top
    }
}

/// The columns a styled line takes.
func width(of line: StyledLine) -> Int { line.reduce(0) { $0 + TextWidth.of($1.text) } }

/// A styled line cut at spaces into lines of at most `width` columns, so a page shows all of a
/// long line instead of cutting it at the frame. Lines after the first start `indent` columns
/// in: by default two past the first line's leading spaces, so a line that goes on reads apart
/// from the next one. Runs of spaces inside a
/// line (columns lined up) are kept; a word wider than the page stands alone.
func wrapped(_ line: StyledLine, to width: Int, indent: Int? = nil) -> [StyledLine] {
    guard P4PTerminal.width(of: line) > width else { return [line] }
    let leading = line.first.map { $0.text.prefix { $0 == " " }.count } ?? 0
    let margin = String(repeating: " ", count: min(indent ?? leading + 2, width / 2))
    var lines: [StyledLine] = []
    var current: StyledLine = []
    var used = 0
    var pending: StyledLine = []   // spaces waiting for the next word on this line
    for part in line {
        for token in tokens(part.text) {
            let tokenWidth = TextWidth.of(token)
            if token.first == " " {
                pending.append((token, part.style))
                continue
            }
            let gap = pending.reduce(0) { $0 + TextWidth.of($1.text) }
            if used + gap + tokenWidth > width && used > margin.count {
                lines.append(current)
                current = margin.isEmpty ? [] : [(margin, .normal)]
                used = margin.count
                pending = []
            }
            current += pending
            used += pending.reduce(0) { $0 + TextWidth.of($1.text) }
            pending = []
            current.append((token, part.style))
            used += tokenWidth
        }
    }
    return lines + [current]
}

/// A line of parts (a row of a table on a page) cut into lines of at most `width` columns at
/// the parts' edges: a part that does not fit moves whole to the next line, `indent` columns
/// in, its leading spaces dropped. A part wider than a whole line wraps at its spaces.
func wrappedParts(_ line: StyledLine, to width: Int, indent: Int) -> [StyledLine] {
    guard P4PTerminal.width(of: line) > width else { return [line] }
    let margin = String(repeating: " ", count: min(indent, width / 2))
    var lines: [StyledLine] = []
    var current: StyledLine = []
    var used = 0
    for var part in line {
        // Spaces after a part only pad it; they need not fit.
        let needed = TextWidth.of(part.text.trimmingTrailingSpaces)
        if used + needed > width && used > margin.count {
            lines.append(current)
            current = margin.isEmpty ? [] : [(margin, .normal)]
            used = margin.count
            part.text = String(part.text.drop { $0 == " " })
        }
        current.append(part)
        used += TextWidth.of(part.text)
    }
    return (lines + [current]).flatMap { wrapped($0, to: width, indent: margin.count) }
}

/// Words and the runs of spaces between them, in order.
private func tokens(_ text: String) -> [String] {
    var out: [String] = []
    var token = ""
    for ch in text {
        if !token.isEmpty && (ch == " ") != (token.last == " ") {
            out.append(token)
            token = ""
        }
        token.append(ch)
    }
    return token.isEmpty ? out : out + [token]
}
