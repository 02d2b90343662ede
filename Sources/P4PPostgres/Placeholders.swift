import P4PStore

/// The store's placeholders turned into PostgreSQL's `$1`, `$2`…: `?` in order, `:name` by
/// name (the same name, the same number). A placeholder inside a quoted string, a quoted name or
/// a comment is left as it is, and so is a `::type` cast.
enum Placeholders {
    static func numbered(_ sql: String) -> String { bound(sql, SQLArguments()).sql }

    /// The statement for the server, with its values in the order of the numbers.
    static func bound(_ sql: String, _ arguments: SQLArguments) -> (sql: String, values: [SQLValue]) {
        var result = "", values: [SQLValue] = [], numbers: [String: Int] = [:]
        var quote: Character?, lineComment = false
        let characters = Array(sql)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            index += 1
            if lineComment {
                if character == "\n" { lineComment = false }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-" && previous == "-" {
                lineComment = true
            } else if character == "?" {
                values.append(values.count < arguments.positional.count ? arguments.positional[values.count] : .null)
                result += "$\(values.count)"
                continue
            } else if character == ":", previous != ":", index < characters.count,
                      characters[index].isLetter || characters[index] == "_" {
                let start = index
                while index < characters.count,
                      characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                    index += 1
                }
                let name = String(characters[start..<index])
                if numbers[name] == nil {
                    values.append(arguments.named[name] ?? .null)
                    numbers[name] = values.count
                }
                result += "$\(numbers[name]!)"
                continue
            }
            result.append(character)
        }
        return (result, values)
    }
}
