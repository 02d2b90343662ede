/// The string literals of Swift source, with where each starts and the code before it on its
/// line: enough to tell words for people from SQL, option help and stored codes. Comments are
/// skipped; an interpolation's code is left out of the literal's text, and literals written
/// inside an interpolation are read as literals of their own.
struct StringLiteral: Equatable {
    /// 1-based.
    var line: Int
    /// The literal's text, interpolations left out.
    var text: String
    /// The code on the literal's line before it (the line before too, when the literal opens
    /// its line): what the literal is given to.
    var context: String
}

enum StringLiterals {
    static func scan(_ source: String) -> [StringLiteral] {
        var scanner = Scanner(Array(source.unicodeScalars))
        scanner.code(until: nil)
        return scanner.found.sorted { $0.line < $1.line }
    }

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var found: [StringLiteral] = []
        /// Where each line starts, for a literal's context.
        var lineStarts = [0]

        init(_ s: [Unicode.Scalar]) { self.s = s }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

        func at(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            guard i + scalars.count <= s.count else { return false }
            return Array(s[i..<i + scalars.count]) == scalars
        }

        mutating func advance() {
            if s[i] == "\n" { line += 1; lineStarts.append(i + 1) }
            i += 1
        }

        /// Code until `closer` (a `)` that ends an interpolation) at depth 0, or the end.
        mutating func code(until closer: Unicode.Scalar?) {
            var depth = 0
            while i < s.count {
                if at("//") { while i < s.count, s[i] != "\n" { advance() }; continue }
                if at("/*") { blockComment(); continue }
                let c = s[i]
                if c == "#" || c == "\"" , let _ = literalStart() { literal(); continue }
                if c == "(" { depth += 1 }
                if c == ")" {
                    if depth == 0, closer != nil { advance(); return }
                    depth -= 1
                }
                advance()
            }
        }

        mutating func blockComment() {
            var depth = 0
            repeat {
                if at("/*") { depth += 1; advance(); advance(); continue }
                if at("*/") { depth -= 1; advance(); advance(); continue }
                advance()
            } while depth > 0 && i < s.count
        }

        /// How many #s open a literal here; nil when no literal starts here.
        func literalStart() -> Int? {
            var hashes = 0
            while peek(hashes) == "#" { hashes += 1 }
            return peek(hashes) == "\"" ? hashes : nil
        }

        mutating func literal() {
            let hashes = literalStart() ?? 0
            let startLine = line
            let context = contextBefore(i)
            for _ in 0..<hashes { advance() }
            let multiline = at("\"\"\"")
            for _ in 0..<(multiline ? 3 : 1) { advance() }
            // A multi-line literal's text starts on the line after its quotes.
            if multiline, peek() == "\n" { advance() }
            let close = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
            let interpolation = "\\" + String(repeating: "#", count: hashes) + "("
            var text = ""
            while i < s.count {
                if at(close) { for _ in close.unicodeScalars { advance() }; break }
                if at(interpolation) {
                    for _ in interpolation.unicodeScalars { advance() }
                    text += " "
                    code(until: ")")
                    continue
                }
                if hashes == 0, s[i] == "\\" { advance(); if i < s.count { advance() }; continue }
                if !multiline, s[i] == "\n" { break }
                text.unicodeScalars.append(s[i])
                advance()
            }
            found.append(StringLiteral(line: startLine, text: text, context: context))
        }

        /// The code before `index` on its line, and the line before when nothing but spaces
        /// comes first on this one.
        func contextBefore(_ index: Int) -> String {
            let start = lineStarts.last ?? 0
            let before = String(String.UnicodeScalarView(s[start..<index]))
            guard before.allSatisfy({ $0 == " " || $0 == "\t" }), lineStarts.count > 1 else { return before }
            let previous = lineStarts[lineStarts.count - 2]
            return String(String.UnicodeScalarView(s[previous..<start])) + before
        }
    }
}
