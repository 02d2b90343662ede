import P4PStore

/// What a cell means, not how it looks: the ncurses driver maps roles to colours or, without
/// colour, to bold and reverse.
public enum Style: Hashable, Sendable, CaseIterable {
    case normal, dim, bold, header, border, focusedBorder, title, focusedTitle
    case selected, selectedUnfocused, warning, mark, keyName, keyLabel, status, message
}

public struct Cell: Equatable, Sendable {
    /// One grapheme; empty for the columns a wide one covers after its first.
    public var text: String
    public var style: Style
    /// The columns the grapheme takes (`TextWidth`): 2 for a CJK character, 6 for 👨‍👩‍👧; 0 for
    /// the columns it covers after its first.
    public var width = 1
    static let blank = Cell(text: " ", style: .normal)
    static func covered(_ style: Style) -> Cell { Cell(text: "", style: style, width: 0) }
}

public struct Size: Equatable, Sendable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) { self.columns = columns; self.rows = rows }

    /// Parses "120x40".
    public init?(_ text: String) {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]),
              (1...1000).contains(c), (1...1000).contains(r) else { return nil }
        self.init(columns: c, rows: r)
    }
}

/// A grid of styled cells: everything the screen shows. Rendering fills one; the ncurses driver
/// blits it and a golden test reads its text.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the real cursor should rest (the selected row), for screen readers.
    public var cursor: (row: Int, column: Int)?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.columns * size.rows))
    }

    public static func == (a: Canvas, b: Canvas) -> Bool {
        a.size == b.size && a.cells == b.cells && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * size.columns + column] }

    /// Writes text from (row, column), at most `width` columns, never splitting a grapheme and
    /// never writing a control character. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, width: Int? = nil, style: Style = .normal) -> Int {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return 0 }
        let limit = min(size.columns, column + (width ?? size.columns))
        var col = column
        for ch in text.withoutControlCharacters {
            let w = TextWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            set(row, col, Cell(text: String(ch), style: style, width: w))
            for covered in col + 1 ..< col + w { set(row, covered, .covered(style)) }
            col += w
        }
        return col - column
    }

    /// Paints `width` cells with a style, keeping their text (a selection bar).
    public mutating func paint(row: Int, column: Int, width: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        for col in max(0, column) ..< min(size.columns, column + width) {
            cells[row * size.columns + col].style = style
        }
    }

    public mutating func fill(row: Int, column: Int, width: Int, with text: String = " ", style: Style = .normal) {
        guard row >= 0, row < size.rows else { return }
        for col in max(0, column) ..< min(size.columns, column + width) {
            set(row, col, Cell(text: text, style: style))
        }
    }

    private mutating func set(_ row: Int, _ col: Int, _ cell: Cell) {
        let i = row * size.columns + col
        // Overwriting part of a wide character blanks the rest of it, unless this is the wide
        // character being written over its own columns.
        if cell.width != 0 || cells[i].width != 0 { blankGrapheme(covering: i, row: row) }
        cells[i] = cell
    }

    /// Blanks every column of the grapheme that covers cell `i`, keeping their styles.
    private mutating func blankGrapheme(covering i: Int, row: Int) {
        let rowStart = row * size.columns, rowEnd = rowStart + size.columns
        var lead = i
        while lead > rowStart && cells[lead].width == 0 { lead -= 1 }
        guard cells[lead].width > 1 || lead != i else { return }
        for j in lead ..< min(rowEnd, lead + max(1, cells[lead].width)) {
            cells[j] = Cell(text: " ", style: cells[j].style)
        }
    }

    /// One row's text; the columns a wide character covers after its first add nothing.
    public func line(_ row: Int) -> String {
        var s = ""
        for col in 0..<size.columns { s += self[row, col].text }
        return s
    }

    /// The whole screen as plain text, trailing spaces trimmed: what `p4p screen` prints and
    /// golden files hold.
    public var text: String {
        (0..<size.rows).map { line($0).trimmingTrailingSpaces }.joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
