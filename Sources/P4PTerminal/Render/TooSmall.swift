import P4PController

/// Below the minimum size the screen shows only a notice: what it needs, what q does here
/// (`AppState.quitWhileTooSmall`), and the status line's message (why q did not leave).
enum TooSmall {
    static func draw(_ state: AppState, size: Size, on canvas: inout Canvas) {
        let advice: String
        switch state.quitWhileTooSmall {
        case .leaves: advice = "Enlarge the window, or q to quit"
        case .needsSupervisor: advice = "Enlarge the window to go on"
        case .keepsForm: advice = "Enlarge the window to finish the form"
        }
        var lines = ["Terminal too small",
                     "\(size.columns)x\(size.rows); need \(Layout.minimum.columns)x\(Layout.minimum.rows)"]
            + wrap(advice, to: size.columns)
        if let message = state.message {
            lines += [""] + wrap(message.text(state.language), to: size.columns)
        }
        for (i, line) in lines.enumerated() where i < size.rows {
            canvas.put(TextWidth.truncate(line, to: size.columns), row: i, column: 0, style: i == 0 ? .warning : .normal)
        }
    }
}
