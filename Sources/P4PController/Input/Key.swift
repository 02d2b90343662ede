import P4PStore

/// A key press, independent of any terminal library: the ncurses driver and the headless
/// `--keys` parser both produce these.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    /// Ctrl with a letter, lower-case: `.control("s")` is Ctrl-S.
    case control(Character)
    case resize
}

extension Key {
    /// Named keys, each with the one name help, the key bar, messages and `p4p keys` print
    /// first, then the other names a key script also accepts ("Escape", "PageUp", "BTab").
    static let names: [(key: Key, names: [String])] = [
        (.up, ["Up"]), (.down, ["Down"]), (.left, ["Left"]), (.right, ["Right"]),
        (.home, ["Home"]), (.end, ["End"]), (.pageUp, ["PgUp", "PageUp"]), (.pageDown, ["PgDn", "PageDown"]),
        (.enter, ["Enter"]), (.tab, ["Tab"]), (.backTab, ["S-Tab", "BTab"]), (.escape, ["Esc", "Escape"]),
        (.backspace, ["Backspace"]), (.delete, ["Delete"]), (.char(" "), ["Space"]),
    ]

    /// How the key is written everywhere it is shown: "q", "Enter", "Esc", "PgUp", "F1", "C-s".
    /// Every such name is also what a key script (`p4p screen --keys`) reads as this key.
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .function(let n): return "F\(n)"
        case .control(let c): return "C-\(c)"
        case .resize: return "Resize"
        default: return Key.names.first { $0.key == self }?.names[0] ?? "?"
        }
    }

    /// A character that is typed as text where text is taken (a field, the filter): not a
    /// control character, and not one of the named keys.
    public var typedCharacter: Character? {
        guard case .char(let c) = self, !c.isControlLike else { return nil }
        return c
    }
}

public struct KeyParseError: Error, CustomStringConvertible, Equatable {
    public let token: String
    public let position: Int
    /// What is wrong, and where, in words.
    public var phrase: Phrase { Phrase("keys.unknownName", ["token": .text(token), "position": .number(position)]) }
    /// In the process's language, for the command line.
    public var description: String { phrase.text(.fromEnvironment()) }
}

/// Parses `--keys` text: space-separated tokens; named keys (`Up`, `Enter`, `Esc`, `F1`...`F12`,
/// `C-a`...`C-z`) are keys, any other token is typed character by character.
public enum KeyScript {
    public static func parse(_ text: String) throws -> [Key] {
        var keys: [Key] = []
        for (index, token) in text.split(separator: " ", omittingEmptySubsequences: true).enumerated() {
            keys += try parseToken(String(token), position: index + 1)
        }
        return keys
    }

    /// Every name a key script reads as a named key, the shown one first: for `--help` texts.
    public static var keyNames: [String] { Key.names.flatMap(\.names) }

    static func parseToken(_ token: String, position: Int) throws -> [Key] {
        if let named = Key.names.first(where: { $0.names.contains(token) }) { return [named.key] }
        if token.count >= 2, token.first == "F", let n = Int(token.dropFirst()) {
            guard (1...12).contains(n) else { throw KeyParseError(token: token, position: position) }
            return [.function(n)]
        }
        if token.hasPrefix("C-") {
            let rest = token.dropFirst(2)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else {
                throw KeyParseError(token: token, position: position)
            }
            return [.control(Character(c.lowercased()))]
        }
        // A capitalised word that looks like a key name but isn't one is almost surely a typo
        // ("Pgdn", "Return"): say so rather than typing it as text.
        if token.count > 1, token.first!.isUppercase, token.allSatisfy({ $0.isLetter }),
           Key.looksLikeKeyName(token) {
            throw KeyParseError(token: token, position: position)
        }
        return token.map { .char($0) }
    }

    /// Tokens that resemble key names; typed text such as a surname is not refused.
    static let nearMisses: Set<String> = ["Return", "Pgup", "Pgdn", "Del", "Bksp", "Shift", "Ctrl", "Alt",
                                          "Backtab", "Btab", "Spc", "Pageup", "Pagedown"]
}

extension Key {
    static func looksLikeKeyName(_ token: String) -> Bool { KeyScript.nearMisses.contains(token) }
}
