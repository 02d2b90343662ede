import P4PController
import P4PStore

/// Below the minimum size the screen shows only a notice: what it needs, what q does here
/// (`AppState.quitWhileTooSmall`), and the status line's message (why q did not leave).
enum TooSmall {
    static func draw(_ state: AppState, size: Size, on canvas: inout Canvas) {
        func say(_ phrase: Phrase) -> String { phrase.text(state.language) }
        let advice: Phrase
        switch state.quitWhileTooSmall {
        case .leaves: advice = "tooSmall.enlargeOrQuit"
        case .needsSupervisor: advice = "tooSmall.enlarge"
        case .keepsForm: advice = "tooSmall.enlargeForForm"
        }
        let sizes = Phrase("tooSmall.size", ["size": .text("\(size.columns)x\(size.rows)"),
                                             "minimum": .text("\(Layout.minimum.columns)x\(Layout.minimum.rows)")])
        var lines = wrap(say("tooSmall.title"), to: size.columns) + wrap(say(sizes), to: size.columns)
            + wrap(say(advice), to: size.columns)
        if let message = state.message {
            lines += [""] + wrap(say(message), to: size.columns)
        }
        for (i, line) in lines.enumerated() where i < size.rows {
            canvas.put(TextWidth.truncate(line, to: size.columns), row: i, column: 0, style: i == 0 ? .warning : .normal)
        }
        // A screen reader starts at the notice.
        canvas.cursor = (0, 0)
    }
}
