import P4PStore

/// Why typed text could not be read, in words the user can act on; shown beside the field.
public struct InputError: Error, Equatable, Sendable {
    public let phrase: Phrase
    public init(_ phrase: Phrase) { self.phrase = phrase }
}
