import P4PController

/// Below the minimum size the screen shows only a notice, and q is the only key that means
/// anything. What it does depends on what q would lose: a kiosk is left only with a
/// supervisor's PIN, which cannot be typed on a notice; a form with typing in it is kept.
public enum TooSmall {
    public enum Quit: Equatable, Sendable {
        /// q leaves, as it does anywhere.
        case leaves
        /// A kiosk: leaving takes a supervisor's PIN, asked once the window is large again.
        case needsSupervisor
        /// A form has typing in it: q keeps it, rather than discard it unseen.
        case keepsForm
    }

    public static func quit(_ state: AppState) -> Quit {
        if state.kiosk { return .needsSupervisor }
        if let form = state.form, form.purpose != .signIn, form.state.isDirty { return .keepsForm }
        return .leaves
    }

    static func draw(_ state: AppState, size: Size, on canvas: inout Canvas) {
        let advice: String
        switch quit(state) {
        case .leaves: advice = "Enlarge the window, or q to quit"
        case .needsSupervisor: advice = "Enlarge the window to go on"
        case .keepsForm: advice = "Enlarge the window to finish the form; what you typed is kept"
        }
        let lines = ["Terminal too small",
                     "\(size.columns)x\(size.rows); need \(Layout.minimum.columns)x\(Layout.minimum.rows)"]
            + wrap(advice, to: size.columns)
        for (i, line) in lines.enumerated() where i < size.rows {
            canvas.put(TextWidth.truncate(line, to: size.columns), row: i, column: 0, style: i == 0 ? .warning : .normal)
        }
    }
}
