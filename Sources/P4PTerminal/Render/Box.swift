extension Canvas {
    /// A framed box with a title in its top border and an optional note in its bottom border.
    mutating func box(row: Int, column: Int, width: Int, height: Int, title: String,
                      note: String = "", focused: Bool) {
        guard width >= 4, height >= 2 else { return }
        let border: Style = focused ? .focusedBorder : .border
        let bottom = row + height - 1
        fill(row: row, column: column, width: width, with: "─", style: border)
        fill(row: bottom, column: column, width: width, with: "─", style: border)
        for r in row...bottom {
            put("│", row: r, column: column, style: border)
            put("│", row: r, column: column + width - 1, style: border)
        }
        put("┌", row: row, column: column, style: border)
        put("┐", row: row, column: column + width - 1, style: border)
        put("└", row: bottom, column: column, style: border)
        put("┘", row: bottom, column: column + width - 1, style: border)
        let titleText = " " + TextWidth.truncate(title, to: width - 4) + " "
        put(titleText, row: row, column: column + 1, width: width - 2, style: focused ? .focusedTitle : .title)
        if !note.isEmpty {
            let noteText = " " + TextWidth.truncate(note, to: width - 4) + " "
            put(noteText, row: bottom, column: column + width - 1 - TextWidth.of(noteText), style: .dim)
        }
    }
}
