import P4PStore

/// One action on the key bar: the key to press (the first that reaches it where the user is)
/// and its label.
public struct BarItem: Equatable, Sendable {
    public let key: Key
    public let label: W
}

/// What the key bar offers where the user is: the focused pane's or field's actions first, then
/// the screen's, most useful first; the way out and help are pinned, shown whatever else fits.
public struct KeyBar: Equatable, Sendable {
    public var items: [BarItem]
    public var pinned: [BarItem]
}

/// One line of help: the keys (or the class of keys) that reach an action in a context.
public struct HelpLine: Equatable, Sendable {
    public let keys: [Key]
    public let keyClass: KeyClass?
    public let help: W

    /// "Up k", "letters, digits, Space", in `language` (key names are the same in every language).
    public func keyNames(_ language: Language) -> String {
        (keys.map(\.displayName) + (keyClass.map { [Catalogue.text($0.words, in: language)] } ?? [])).joined(separator: " ")
    }
}

/// A context's part of the help screen.
public struct HelpSection: Equatable, Sendable {
    public let context: Context
    public let lines: [HelpLine]
}

extension ActionTable {
    /// The key bar for the contexts the user is in (most particular first), the dashboard's
    /// focused pane, and the signed-in role (whose refused actions are left out). A field's
    /// actions come first, then those of the screen it is on (a form, the sign-in); the way out
    /// and help of any of them are pinned.
    public static func bar(in contexts: [Context], focus: PaneID? = nil, role: UserRole? = nil) -> KeyBar {
        var items: [BarItem] = [], pinnedItems: [(Int, BarItem)] = []
        var seen = Set<ActionID>()
        var screenSeen = false
        for context in contexts {
            defer { screenSeen = screenSeen || context.isBehindAField }
            let offered = actions(in: context).filter { action in
                guard action.isOffered(to: role), !seen.contains(action.id) else { return false }
                // Another pane's action only says what to select: not worth its place.
                return action.pane == nil || action.pane == focus || context != .dashboard
            }
            for action in offered {
                guard let key = action.keys(in: context).first else { continue }
                seen.insert(action.id)
                if let place = pinned.firstIndex(of: action.id) {
                    pinnedItems.append((place, BarItem(key: key, label: action.label)))
                }
            }
            guard !screenSeen else { continue }
            let ranked = offered.filter { $0.barPriority != nil && !pinned.contains($0.id) && !$0.keys(in: context).isEmpty }
                .sorted { ($0.pane == nil ? 1 : 0, $0.barPriority!) < ($1.pane == nil ? 1 : 0, $1.barPriority!) }
            items += ranked.map { BarItem(key: $0.keys(in: context)[0], label: $0.label) }
        }
        return KeyBar(items: items, pinned: pinnedItems.sorted { $0.0 < $1.0 }.map(\.1))
    }

    /// The help screen: the contexts the user is in first, then every other; each action the
    /// role may take, with the keys that reach it there.
    public static func help(startingWith contexts: [Context] = [], role: UserRole? = nil) -> [HelpSection] {
        let order = contexts + Context.allCases.filter { !contexts.contains($0) }
        return order.compactMap { context in
            let lines = actions(in: context).filter { $0.isOffered(to: role) }.compactMap { action -> HelpLine? in
                let keys = action.keys(in: context)
                guard !keys.isEmpty || action.keyClass != nil else { return nil }
                return HelpLine(keys: keys, keyClass: action.keyClass, help: action.help)
            }
            return lines.isEmpty ? nil : HelpSection(context: context, lines: lines)
        }
    }

    /// `p4p keys` and the README's key table, in `language`: one row per action and the keys
    /// that reach it, with the contexts where they do.
    public static func markdownTable(in language: Language = .english) -> String {
        func words(_ key: W) -> String { Catalogue.text(key, in: language) }
        var lines = ["| \(words("keys.column.keys")) | \(words("keys.column.action")) | \(words("keys.column.where")) |",
                     "|---|---|---|"]
        for action in all {
            // Contexts where the same keys reach it share a row.
            var rows: [(line: HelpLine, contexts: [Context])] = []
            for context in Context.allCases where action.contexts.contains(context) {
                guard !action.keys(in: context).isEmpty || action.keyClass != nil else { continue }
                let line = HelpLine(keys: action.keys(in: context), keyClass: action.keyClass, help: action.help)
                if let index = rows.firstIndex(where: { $0.line == line }) {
                    rows[index].contexts.append(context)
                } else {
                    rows.append((line, [context]))
                }
            }
            for row in rows {
                let keys = (row.line.keys.map { "`\($0.displayName)`" }
                            + (row.line.keyClass.map { ["*\(words($0.words))*"] } ?? [])).joined(separator: " ")
                let places = row.contexts.map { words($0.title) }.joined(separator: ", ")
                lines.append("| \(keys) | \(words(action.help)) | \(places) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
