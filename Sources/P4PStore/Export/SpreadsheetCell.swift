/// Text for a CSV cell that a spreadsheet shows as text and never runs. Every CSV the program
/// writes (exports, reports) puts its text through here, so a courtroom imported as
/// `=HYPERLINK(...)` cannot become a live formula on a supervisor's laptop (CSV injection).
public enum SpreadsheetCell {
    /// A spreadsheet runs a cell as a formula when it starts with one of these (OWASP's list:
    /// tab and carriage return included, as some spreadsheets skip them and run what follows).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Control characters removed (an export opened in a terminal cannot reprogram it either);
    /// then a `'` in front when the cell, as given or as cleaned, starts a formula after any
    /// spaces. Spreadsheets read the `'` as "this is text" and do not show it.
    public static func text(_ value: String) -> String {
        let clean = value.withoutControlCharacters
        return startsFormula(value) || startsFormula(clean) ? "'" + clean : clean
    }

    /// `text` as UTF-8 lent to `body` made safe, as `text(_:)` makes it. Printable ASCII that
    /// starts no formula, nearly every cell of an export, is lent as it is, with no string made.
    static func withSafe<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let printable = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if printable, !formulaBytes.contains(bytes.first(where: { $0 != UInt8(ascii: " ") }) ?? UInt8(ascii: " ")) {
            return body(bytes)
        }
        var safe = text(String(decoding: bytes, as: UTF8.self))
        return safe.withUTF8(body)
    }

    /// Every start is ASCII, so the first byte that is not a space settles it (a longer
    /// character's first byte is never ASCII): a byte compared, not a string's scalars walked,
    /// for each of a statewide export's tens of millions of cells.
    private static func startsFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") }) else { return false }
        return formulaBytes.contains(first)
    }

    private static let formulaBytes: [UInt8] = formulaStarts.map { UInt8($0.value) }
}
