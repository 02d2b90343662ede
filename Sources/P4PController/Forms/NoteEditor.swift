import P4PStore

/// A multi-line note as one LineEditor per line, so every line edits exactly like a one-line
/// field. Stored text joins the lines with "\n".
public struct NoteEditor: Equatable, Sendable {
    public private(set) var lines: [LineEditor]
    public private(set) var row = 0
    /// Characters in the whole note, line breaks included.
    public let limit: Int

    public init(_ text: String = "", limit: Int = 2000) {
        self.limit = limit
        lines = String(text.prefix(limit)).split(separator: "\n", omittingEmptySubsequences: false)
            .map { LineEditor(String($0), limit: limit) }
        row = lines.count - 1
    }

    public var text: String { lines.map(\.text).joined(separator: "\n") }
    public var count: Int { lines.reduce(lines.count - 1) { $0 + $1.characters.count } }

    /// A new line splits the line; deleting back at a line's start, or forward at its end,
    /// joins lines; the rest edits the line as a one-line field does.
    public mutating func perform(_ action: ActionID, typed: Character? = nil) -> Bool {
        let line = lines[row]
        switch action {
        case .typeText where count >= limit:
            return true
        case .newLine:
            guard count < limit else { return true }
            lines[row] = LineEditor.at(String(line.characters[..<line.cursor]), cursor: line.cursor, limit: limit)
            lines.insert(LineEditor.at(String(line.characters[line.cursor...]), cursor: 0, limit: limit), at: row + 1)
            row += 1
        case .deleteBackward where line.cursor == 0 && row > 0:
            row -= 1
            join(at: row)
        case .deleteForward where line.cursor == line.characters.count && row < lines.count - 1:
            join(at: row)
        default:
            return lines[row].perform(action, typed: typed)
        }
        return true
    }

    /// Up and Down move between lines; false at the first or last line, so the form can move on.
    public mutating func moveLine(by delta: Int) -> Bool {
        let target = row + delta
        guard lines.indices.contains(target) else { return false }
        let column = min(lines[row].cursor, lines[target].characters.count)
        lines[target] = LineEditor.at(lines[target].text, cursor: column, limit: limit)
        row = target
        return true
    }

    private mutating func join(at index: Int) {
        let first = lines[index].text
        lines[index] = LineEditor.at(first + lines[index + 1].text, cursor: first.count, limit: limit)
        lines.remove(at: index + 1)
    }
}

extension LineEditor {
    /// An editor holding `text` with the cursor at `cursor` (LineEditor only moves it by keys).
    static func at(_ text: String, cursor: Int, limit: Int) -> LineEditor {
        var editor = LineEditor(text, limit: limit)
        _ = editor.perform(.textStart)
        for _ in 0..<cursor { _ = editor.perform(.cursorRight) }
        return editor
    }
}
