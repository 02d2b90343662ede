import Foundation

/// The screen for a terminal whose locale is not UTF-8 (LANG=C): every cell in printable ASCII,
/// in exactly the columns the Unicode would take, so the layout stays as measured and nothing
/// shows as `?`. Box drawing and marks have ASCII twins; letters lose their accents
/// (Núñez → Nunez) and other scripts are spelled in Latin letters (Ольга → Ol'ga), by ICU's
/// transliteration, one grapheme at a time.
struct AsciiFallback {
    private var cache: [String: String] = [:]

    /// What a cell shows: exactly `cell.width` ASCII characters ("" for the columns a wide
    /// character covers after its first).
    mutating func text(of cell: Cell) -> String {
        if cell.width == 0 { return "" }
        if cell.text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return cell.text }
        let key = cell.text
        if let known = cache[key] { return known }
        let ascii = Self.fitted(Self.ascii(of: cell.text), to: cell.width)
        cache[key] = ascii
        return ascii
    }

    /// A whole canvas row in ASCII.
    mutating func line(_ row: Int, of canvas: Canvas) -> String {
        (0..<canvas.size.columns).map { text(of: canvas[row, $0]) }.joined()
    }

    static let marks: [Character: String] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "…": "~", "—": "-", "–": "-", "·": "-", "•": "*", "→": ">", "✓": "v", "×": "x", "‹": "<", "›": ">", "█": "#", "░": ".",
    ]
    /// Where no Latin spelling exists (an emoji): a mark that says something is there.
    static let unknown: Character = "_"

    static func ascii(of grapheme: String) -> String {
        if let character = grapheme.first, grapheme.count == 1, let mark = marks[character] { return mark }
        let latin = grapheme.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? grapheme
        return String(latin.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }.map(Character.init))
    }

    /// Exactly `width` characters: cut (ß → s), or padded after a mark for what has none.
    static func fitted(_ ascii: String, to width: Int) -> String {
        let cut = String(ascii.prefix(width))
        let shown = cut.isEmpty ? String(unknown) : cut
        return shown + String(repeating: " ", count: max(0, width - shown.count))
    }
}
