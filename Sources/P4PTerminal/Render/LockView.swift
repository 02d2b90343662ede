import P4PController

/// What shows while nobody is signed in: the program's name and how to begin, and no data at all,
/// so a passer-by at a courthouse kiosk sees nothing confidential.
enum LockView {
    static func draw(layout: Layout, on canvas: inout Canvas) {
        canvas.box(row: 0, column: 0, width: layout.size.columns, height: layout.paneHeight,
                   title: "P4P Desk", focused: false)
        let lines = ["Parent Allies and supervisors: sign in to see the docket.",
                     "Nothing of the program shows until then."]
        let top = max(1, layout.paneHeight - 4)
        for (i, line) in lines.enumerated() where top + i < layout.paneHeight - 1 {
            let width = TextWidth.of(line)
            canvas.put(line, row: top + i, column: max(2, (layout.size.columns - width) / 2), style: .dim)
        }
    }
}
