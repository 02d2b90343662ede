/// The `?` placeholders of the store's SQL turned into PostgreSQL's `$1`, `$2`…: a `?` inside
/// a quoted string, a quoted name or a comment is left as it is.
enum Placeholders {
    static func numbered(_ sql: String) -> String {
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
