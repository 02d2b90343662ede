import Foundation

/// A value as both engines hold it: the five kinds SQLite stores, which every PostgreSQL column
/// the store uses maps onto (whole numbers and booleans as integers, days as ISO text).
public enum SQLValue: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    public var integer: Int64? { if case .integer(let n) = self { n } else { nil } }
    public var text: String? { if case .text(let s) = self { s } else { nil } }
}

/// The `?` placeholders of the store's SQL turned into PostgreSQL's `$1`, `$2`…: a `?` inside
/// a quoted string, a quoted name or a comment is left as it is.
public enum Placeholders {
    public static func numbered(_ sql: String) -> String {
        var result = "", number = 0
        var quote: Character?, lineComment = false
        var previous: Character?
        for character in sql {
            defer { previous = character }
            if lineComment {
                if character == "\n" { lineComment = false }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-" && previous == "-" {
                lineComment = true
            } else if character == "?" {
                number += 1
                result += "$\(number)"
                continue
            }
            result.append(character)
        }
        return result
    }
}
