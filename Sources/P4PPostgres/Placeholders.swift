import P4PStore

/// The store's placeholders turned into PostgreSQL's `$1`, `$2`…: `?` in order, `:name` by
/// name (the same name, the same number). A placeholder inside a quoted string, a quoted name or
/// a comment is left as it is, and so is a `::type` cast. Each statement's text is read once
/// (`StatementCache`); its values are put in order each time.
enum Placeholders {
    /// Where a numbered placeholder's value comes from: the n-th `?`, or a `:name`.
    enum Slot: Hashable {
        case position(Int)
        case name(String)
    }

    static func numbered(_ sql: String) -> String { shape(sql).sql }

    /// The statement for the server, with its values in the order of the numbers.
    static func bound(_ sql: String, _ arguments: SQLArguments) -> (sql: String, values: [SQLValue]) {
        let (numbered, slots) = shape(sql)
        return (numbered, slots.map { slot in
            switch slot {
            case .position(let index): index < arguments.positional.count ? arguments.positional[index] : .null
            case .name(let name): arguments.named[name] ?? .null
            }
        })
    }

    private static let shapes = StatementCache<(sql: String, slots: [Slot])>()

    static func shape(_ sql: String) -> (sql: String, slots: [Slot]) {
        shapes.value(for: sql, read)
    }

    private static func read(_ sql: String) -> (sql: String, slots: [Slot]) {
        var result = "", slots: [Slot] = [], numbers: [String: Int] = [:], positions = 0
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
                slots.append(.position(positions))
                positions += 1
                result += "$\(slots.count)"
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
                    slots.append(.name(name))
                    numbers[name] = slots.count
                }
                result += "$\(numbers[name]!)"
                continue
            }
            result.append(character)
        }
        return (result, slots)
    }
}
