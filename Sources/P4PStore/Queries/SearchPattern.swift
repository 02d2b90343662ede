import Foundation
import GRDB

/// A user's filter text as a SQL LIKE pattern: "contains", ignoring case and accents, with the
/// user's own `%` and `_` taken literally.
///
/// SQLite's LIKE folds case for A-Z only, and staff on US keyboards type "nunez" for "Núñez".
/// Both sides are folded by `SearchPattern.fold`, which every connection registers as the SQL
/// function `p4p_fold`: match columns with `contains(_:)`, never with a bare LIKE.
public struct SearchPattern {
    let like: String
    /// The folded text looked for, as typed (`like` without its wildcards and escapes).
    let needle: String

    init?(_ text: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        needle = SearchPattern.fold(text)
        var escaped = ""
        for ch in needle {
            if ch == "%" || ch == "_" || ch == "\\" { escaped.append("\\") }
            escaped.append(ch)
        }
        like = "%" + escaped + "%"
    }

    /// What `contains(_:)` finds, on a value already read: its fold holds the needle, compared
    /// code unit for code unit as LIKE compares bytes. Nothing is in a NULL.
    func matches(_ value: String?) -> Bool {
        guard let value else { return false }
        return SearchPattern.fold(value).range(of: needle, options: .literal) != nil
    }

    /// Whatever this pattern matches, `earlier` matches too ("cor" after "co").
    func narrows(_ earlier: SearchPattern) -> Bool {
        needle.range(of: earlier.needle, options: .literal) != nil
    }

    /// SQL that is true when `column` contains the pattern bound as `:p`.
    static func contains(_ column: String) -> String {
        "p4p_fold(\(column)) LIKE :p ESCAPE '\\'"
    }

    /// Lower case without diacritics: "Nguyễn Thị Hồng" -> "nguyen thi hong".
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static let foldFunction = DatabaseFunction("p4p_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(fold)
    }
}
