/// The key of a word or sentence in the catalogues: `W.docketTitle`, spelled once, looked up in
/// the language of whoever reads it. Keys are declared by area (`Keys+*.swift`), each with its
/// text in every language's catalogue.
public struct W: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

extension W: ExpressibleByStringLiteral {
    public init(stringLiteral name: String) { self.init(name) }
}
