/// A user's filter text as a SQL LIKE pattern: case-insensitive "contains", with the user's own
/// `%` and `_` taken literally.
///
/// SQLite's LIKE folds case for A-Z only, so "álvarez" would miss "Álvarez". The pattern is
/// lowercased here and every column is lowercased by Swift too (`swiftLowercaseString`, which GRDB
/// registers on every connection): match columns with `contains(_:)`, never with a bare LIKE.
struct SearchPattern {
    let like: String

    init?(_ text: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        var escaped = ""
        for ch in text.lowercased() {
            if ch == "%" || ch == "_" || ch == "\\" { escaped.append("\\") }
            escaped.append(ch)
        }
        like = "%" + escaped + "%"
    }

    /// SQL that is true when `column` contains the pattern bound as `:p`, ignoring case.
    static func contains(_ column: String) -> String {
        "swiftLowercaseString(\(column)) LIKE :p ESCAPE '\\'"
    }
}
