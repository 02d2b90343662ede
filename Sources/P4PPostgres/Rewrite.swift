import Foundation

/// A regular expression compiled once, and what its matches become: compiling one for each
/// statement text cost a server's first frame milliseconds.
struct Rewrite: @unchecked Sendable {
    private let expression: NSRegularExpression
    private let template: String

    init(_ pattern: String, _ template: String) {
        expression = try! NSRegularExpression(pattern: pattern)
        self.template = template
    }

    func applied(to text: String) -> String {
        expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
