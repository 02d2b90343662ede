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

    /// Handles an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            guard !c.isControlLike, characters.count < limit else { return true }
            characters.insert(c, at: cursor); cursor += 1
        case .backspace:
            if cursor > 0 { cursor -= 1; characters.remove(at: cursor) }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"): characters.removeSubrange(0..<cursor); cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        default: return false
        }
        return true
    }
}
