import P4PStore

/// A one-line text editor's state, apart from drawing: the same for the filter and every form
/// field. Edits whole characters (grapheme clusters), never half an accent.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public let limit: Int

    public init(_ text: String = "", limit: Int = 200) {
        characters = Array(text.prefix(limit))
        cursor = characters.count
        self.limit = limit
    }

    public var text: String { String(characters) }

    /// Does a text-editing action of the table (`ActionTable`); `typed` is the character a
    /// typing action types. False when the action does not edit text.
    public mutating func perform(_ action: ActionID, typed: Character? = nil) -> Bool {
        switch action {
        case .typeText, .typeFilter, .typeToFind:
            guard let c = typed else { return false }
            guard !c.isControlLike, characters.count < limit else { return true }
            characters.insert(c, at: cursor); cursor += 1
        case .deleteBackward:
            if cursor > 0 { cursor -= 1; characters.remove(at: cursor) }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .textStart: cursor = 0
        case .textEnd: cursor = characters.count
        case .deleteToStart: characters.removeSubrange(0..<cursor); cursor = 0
        case .deleteToEnd: characters.removeSubrange(cursor...)
        default: return false
        }
        return true
    }

    /// A key as a text field reads it (the table's keys of `textField`); false when it does not
    /// edit text.
    public mutating func handle(_ key: Key) -> Bool {
        guard let action = ActionTable.action(for: key, in: .textField) else { return false }
        return perform(action, typed: key.typedCharacter)
    }
}
