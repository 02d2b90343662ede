import P4PController
import P4PStore

/// The `?` screen, generated from the action table: where the user is first, then every other
/// context; only what the signed-in role may do; in the screen's language.
enum HelpView {
    static func title(_ state: AppState) -> String { Catalogue.text("help.title", in: state.language) }

    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        let language = state.language
        var lines: [StyledLine] = []
        let keyWidth = 16
        // The page's frame and margins take 4 columns; a long description wraps under itself.
        let helpWidth = max(20, width - 4 - 2 - keyWidth - 1)
        for section in state.helpSections {
            lines.append([(Catalogue.text(section.context.title, in: language), .header)])
            for line in section.lines {
                var words = wrap(Catalogue.text(line.help, in: language), to: helpWidth)[...]
                let keys = line.keyNames(language)
                if TextWidth.of(keys) > keyWidth {
                    // "letters, digits, Space": a line of its own, the words under it.
                    lines.append([("  " + keys, .keyName)])
                } else {
                    lines.append([("  " + TextWidth.fit(keys, to: keyWidth), .keyName), (" " + words.removeFirst(), .normal)])
                }
                for more in words {
                    lines.append([(String(repeating: " ", count: 2 + keyWidth + 1) + more, .normal)])
                }
            }
            lines.append([])
        }
        lines.append([(Catalogue.text("help.marks", in: language), .header)])
        let marks: [Phrase] = [
            Phrase("help.mark.firstHearing", ["mark": .text(PaneColumns.firstHearingMark)]),
            Phrase("help.mark.noAlly", ["mark": .word("pane.noAlly")]),
            Phrase("help.mark.interpreter", ["mark": .text(PaneColumns.interpreterMark)]),
            Phrase("help.mark.record", ["held": .text(PaneColumns.heldMark), "continued": .text(PaneColumns.continuedMark),
                                        "cancelled": .text(PaneColumns.cancelledMark),
                                        "notRecorded": .text(PaneColumns.notRecordedMark)]),
            Phrase("help.mark.deadlineAtRisk", ["mark": .text(PaneColumns.deadlineAtRiskMark)]),
            Phrase("help.mark.wait"),
        ]
        for mark in marks {
            for (i, part) in wrap(mark.text(language), to: width - 6).enumerated() {
                lines.append([((i == 0 ? "  " : "    ") + part, .normal)])
            }
        }
        return lines
    }
}
