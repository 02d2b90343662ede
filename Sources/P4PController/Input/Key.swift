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
    /// Named keys in `--keys` tokens and in help, in one place.
    static let names: [(name: String, key: Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end), ("PageUp", .pageUp), ("PageDown", .pageDown),
        ("Enter", .enter), ("Tab", .tab), ("BTab", .backTab), ("Escape", .escape),
        ("Backspace", .backspace), ("Delete", .delete), ("Space", .char(" ")),
    ]

    /// How the key is written in the key bar, help and README: "q", "Enter", "F1", "C-s".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .function(let n): return "F\(n)"
        case .control(let c): return "C-\(c)"
        case .escape: return "Esc"
        case .backTab: return "S-Tab"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .resize: return "Resize"
        default: return Key.names.first { $0.key == self }?.name ?? "?"
        }
    }
}

public struct KeyParseError: Error, CustomStringConvertible, Equatable {
    public let token: String
    public let position: Int
    public var description: String {
        "unknown key name \"\(token)\" (token \(position)); use a named key like Up, Enter, Escape, F1, C-s, or plain text"
    }
}

/// Parses `--keys` text: space-separated tokens; named keys (`Up`, `Enter`, `F1`...`F12`,
/// `C-a`...`C-z`) are keys, any other token is typed character by character.
public enum KeyScript {
    public static func parse(_ text: String) throws -> [Key] {
        var keys: [Key] = []
        for (index, token) in text.split(separator: " ", omittingEmptySubsequences: true).enumerated() {
            keys += try parseToken(String(token), position: index + 1)
        }
        return keys
    }

    static func parseToken(_ token: String, position: Int) throws -> [Key] {
        if let named = Key.names.first(where: { $0.name == token }) { return [named.key] }
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
        // ("Pgdn", "Esc"): say so rather than typing it as text.
        if token.count > 1, token.first!.isUppercase, token.allSatisfy({ $0.isLetter }),
           Key.looksLikeKeyName(token) {
            throw KeyParseError(token: token, position: position)
        }
        return token.map { .char($0) }
    }

    /// Tokens that resemble key names; typed text such as a surname is not refused.
    static let nearMisses: Set<String> = ["Esc", "Return", "Pgup", "Pgdn", "PgUp", "PgDn", "Del",
                                          "Bksp", "Shift", "Ctrl", "Alt", "Backtab", "Btab", "Spc"]
}

extension Key {
    static func looksLikeKeyName(_ token: String) -> Bool { KeyScript.nearMisses.contains(token) }
}
