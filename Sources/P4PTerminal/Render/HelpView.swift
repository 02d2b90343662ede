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
