/// One column of a pane's table. When the pane is narrow, columns of lower priority drop out;
/// the flexible one takes whatever room is left.
struct TableColumn<Row> {
    let title: String
    /// At least the heading's width: a heading is never cut, in any language.
    let width: Int
    var flexible = false
    var alignRight = false
    /// Lower is kept longer.
    let priority: Int
    /// Shown only when the flexible column (the names) still gets this many columns beside it:
    /// a column that is nice to have never squeezes the names.
    var leavesFlexible = 0
    let value: (Row) -> (text: String, style: Style?)

    init(title: String, width: Int, flexible: Bool = false, alignRight: Bool = false, priority: Int,
         leavesFlexible: Int = 0, value: @escaping (Row) -> (text: String, style: Style?)) {
        self.title = title
        self.leavesFlexible = leavesFlexible
        self.width = max(width, TextWidth.of(title))
        self.flexible = flexible
        self.alignRight = alignRight
        self.priority = priority
        self.value = value
    }
}

struct TableLayout<Row> {
    let columns: [(column: TableColumn<Row>, width: Int)]

    /// Chooses the columns that fit `width`, one space between each, in their given order. Once a
    /// column does not fit, none of lower priority takes its room (it would squeeze the names).
    init(_ all: [TableColumn<Row>], width: Int) {
        var chosen = Set<Int>()
        var used = 0
        let flexibleWidth = all.first(where: \.flexible)?.width ?? 0
        for (i, column) in all.enumerated().sorted(by: { $0.element.priority < $1.element.priority }) {
            let need = column.width + (chosen.isEmpty ? 0 : 1)
            guard used + need + max(0, column.leavesFlexible - flexibleWidth) <= width else { break }
            chosen.insert(i)
            used += need
        }
        let spare = width - used
        columns = all.enumerated().filter { chosen.contains($0.offset) }.map { item in
            (item.element, item.element.width + (item.element.flexible ? spare : 0))
        }
    }

    func drawHeader(on canvas: inout Canvas, row: Int, column: Int) {
        var col = column
        for (spec, w) in columns {
            canvas.put(TextWidth.fit(spec.title, to: w, alignRight: spec.alignRight), row: row, column: col, style: .header)
            col += w + 1
        }
    }

    func draw(_ item: Row, on canvas: inout Canvas, row: Int, column: Int, base: Style) {
        var col = column
        for (spec, w) in columns {
            let (text, style) = spec.value(item)
            canvas.put(TextWidth.fit(text, to: w, alignRight: spec.alignRight), row: row, column: col,
                       style: base == .normal ? (style ?? .normal) : base)
            col += w + 1
        }
    }
}
