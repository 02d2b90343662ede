import Foundation

/// Court calendars name hearings in their own words ("SC", "Dependency Review Hearing", "TPR
/// Trial"). This maps those words to the program's hearing types (table hearing_types).
///
/// The program's own aliases, kept in `settings` as a JSON object `{ "text": "code" }`, come
/// first, so a supervisor can add or overrule one without a code change; then the built-in
/// aliases; then each type's own code, name and short name, so types added as data match by
/// name. A text no one knows imports as "other" and is named in the summary.
public enum HearingTypeAliases {
    public static let settingsKey = "import.hearing-type-aliases"
    /// What an unknown text imports as.
    public static let fallbackCode = "other"

    /// Washington's usual words, normalised; "hearing" is dropped before looking up, so
    /// "Review Hearing" finds "review".
    public static let builtIn: [String: String] = {
        var table: [String: String] = [:]
        func add(_ code: String, _ texts: [String]) { for text in texts { table[normalise(text)] = code } }
        add("shelter-72", ["72 hour shelter care", "72 hr shelter care", "72-hour shelter", "shelter care",
                           "initial shelter care", "shelter care 72 hour", "shelter care 72 hr",
                           "emergency shelter care", "SC", "shelter"])
        add("shelter-30", ["30 day shelter care", "30 day shelter care review", "30-day shelter", "shelter care review",
                           "shelter care 30 day", "30 day review", "SC review"])
        add("fact-finding", ["fact finding", "FF", "fact finding trial", "dependency fact finding", "dependency trial",
                             "fact finding and disposition", "fact finding disposition"])
        add("disposition", ["disposition", "dispo", "dispositional"])
        add("review", ["review", "dependency review", "DR", "6 month review", "six month review", "status review"])
        add("permanency", ["permanency", "permanency planning", "PPH", "permanency review", "permanency planning review"])
        add("termination", ["termination", "TPR", "termination of parental rights", "termination trial", "TPR trial",
                            "TPR fact finding", "termination fact finding"])
        return table
    }()

    /// The code for a calendar's hearing text, or nil when no alias or type knows it.
    static func code(for text: String, program: [String: String], types: [HearingType]) -> String? {
        let keys = lookupKeys(text)
        for table in [normalisedKeys(program), builtIn] {
            if let code = keys.lazy.compactMap({ table[$0] }).first { return code }
        }
        for type in types {
            let names = Set([type.code, type.name, type.shortName].map(normalise))
            if keys.contains(where: names.contains) { return type.code }
        }
        return nil
    }

    /// Lower case without accents, punctuation as spaces: "72-Hour Shelter Care" is
    /// "72 hour shelter care".
    public static func normalise(_ text: String) -> String {
        let spaced = String(SearchPattern.fold(text.withoutControlCharacters).map { $0.isLetter || $0.isNumber ? $0 : " " })
        return spaced.split(separator: " ").joined(separator: " ")
    }

    /// The text, then the text without the word "hearing".
    static func lookupKeys(_ text: String) -> [String] {
        let full = normalise(text)
        let short = full.split(separator: " ").filter { $0 != "hearing" }.joined(separator: " ")
        return short.isEmpty || short == full ? [full] : [full, short]
    }

    static func normalisedKeys(_ table: [String: String]) -> [String: String] {
        Dictionary(table.map { (normalise($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The stored JSON as a table; a damaged value is an error, not silently no aliases.
    static func decode(_ json: String?) throws -> [String: String] {
        guard let json else { return [:] }
        guard let table = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8)) else {
            throw StoreError.invalid(field: .alias, reason: "invalid.savedAliasesUnreadable")
        }
        return table
    }

    static func encode(_ table: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(table), as: UTF8.self)
    }
}
