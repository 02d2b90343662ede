import Foundation

/// Phrases every layer builds the same way: text shown as it is, a count with its noun in the
/// right number, and a language a parent speaks.
extension Phrase {
    /// Text shown as it is, in every language: a name, a case number, what someone typed.
    public static func asIs(_ text: String) -> Phrase { Phrase("verbatim", ["text": .text(text)]) }

    /// `key.one` when `count` is 1, else `key.other` (English and Spanish agree on which is
    /// which, 0 included), with `{count}` filled: "1 row", "3 filas".
    public static func counted(_ count: Int, _ key: String, _ args: [String: Arg] = [:]) -> Phrase {
        var args = args
        args["count"] = .number(count)
        return Phrase(W(key + (count == 1 ? ".one" : ".other")), args)
    }

    /// A parent's language as it was typed ("Spanish", "spanish", "Español"): a language the
    /// catalogues name is shown in the reader's language ("español"); any other as typed.
    public static func languageName(_ stored: String) -> Phrase {
        let key = W("languageName." + stored.trimmingCharacters(in: .whitespaces).lowercased()
            .folding(options: [.diacriticInsensitive], locale: nil))
        return Catalogue.has(key) ? Phrase(key) : asIs(stored)
    }
}
