/// Words to show, as values: a catalogue key and what fills its blanks. Kept in state, errors and
/// reports instead of text, so one screen can show them in English and another in Spanish.
public struct Phrase: Hashable, Sendable {
    public var key: W
    public var args: [String: Arg]

    public init(_ key: W, _ args: [String: Arg] = [:]) {
        self.key = key
        self.args = args
    }

    /// What fills a blank: text shown as it is (a name), a number, a day or time spelled in the
    /// language, or words of its own.
    public indirect enum Arg: Hashable, Sendable {
        case text(String)
        case number(Int)
        case day(Day, DayStyle)
        case time(TimeOfDay)
        case word(W)
        case phrase(Phrase)
        /// Phrases one after another, with this between them: "speaks Spanish · 4 of 12".
        case list([Phrase], separator: String)
    }

    /// The phrase in `language`.
    public func text(_ language: Language) -> String { Catalogue.render(self, in: language) }
}

extension Phrase: ExpressibleByStringLiteral {
    /// A key written as a literal: `state.message = "dashboard.nothingSelected"`.
    public init(stringLiteral key: String) { self.init(W(key)) }
}

extension Phrase.Arg: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self = .text(text) }
}
