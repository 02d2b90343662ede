import P4PController
import P4PStore

/// What shows while nobody is signed in: the program's name and how to begin, and no data at all,
/// so a passer-by at a courthouse kiosk sees nothing confidential.
enum LockView {
    static func draw(language: Language, layout: Layout, on canvas: inout Canvas) {
        canvas.box(row: 0, column: 0, width: layout.size.columns, height: layout.paneHeight,
                   title: "P4P Desk", focused: false)
        // Centred, and wrapped on a narrow screen rather than cut.
        let width = layout.size.columns - 4
        let lines = [W("lock.signInToSee"), "lock.nothingShows"].flatMap { wrap(Catalogue.text($0, in: language), to: width) }
        let top = max(1, layout.paneHeight - 2 - lines.count)
        for (i, line) in lines.enumerated() where top + i < layout.paneHeight - 1 {
            canvas.put(line, row: top + i, column: max(2, (layout.size.columns - TextWidth.of(line)) / 2), style: .dim)
        }
    }
}
