/// Every language's words, one catalogue per language (Catalogue/English, Catalogue/Spanish),
/// each split by area so a translator finds a screen's words together. A key missing from a
/// language shows as the English text; a test keeps the catalogues complete and alike.
public enum Catalogue {
    public static func words(_ language: Language) -> [W: String] {
        switch language {
        case .english: return english
        case .spanish: return spanish
        }
    }

    static let english: [W: String] = merge(EnglishCatalogue.areas)
    static let spanish: [W: String] = merge(SpanishCatalogue.areas)

    private static func merge(_ areas: [[W: String]]) -> [W: String] {
        areas.reduce(into: [:]) { all, area in all.merge(area) { first, _ in first } }
    }

    /// A key's text in `language`, blanks not filled.
    public static func text(_ key: W, in language: Language) -> String {
        words(language)[key] ?? english[key] ?? key.name
    }

    /// Fills `{name}` blanks with the phrase's arguments, each spelled in `language`.
    public static func render(_ phrase: Phrase, in language: Language) -> String {
        let template = text(phrase.key, in: language)
        guard !phrase.args.isEmpty, template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let arg = phrase.args[name] {
                out += spell(arg, in: language)
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    static func spell(_ arg: Phrase.Arg, in language: Language) -> String {
        switch arg {
        case .text(let text): return text
        case .number(let n): return String(n)
        case .day(let day, let style): return day.text(style, in: language)
        case .time(let time): return time.hhmm
        case .word(let key): return text(key, in: language)
        case .phrase(let phrase): return render(phrase, in: language)
        case .list(let phrases, let separator): return phrases.map { render($0, in: language) }.joined(separator: separator)
        }
    }
}

extension Catalogue {
    /// True when English has words for the key (every key English has, every language has).
    public static func has(_ key: W) -> Bool { english[key] != nil }

    /// The names of a text's `{blanks}`, in the order they come.
    public static func blanks(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
