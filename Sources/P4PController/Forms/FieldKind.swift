import Foundation
import P4PStore

/// What a form field holds and so how it is typed into.
public enum FieldKind: Equatable, Sendable {
    case text(limit: Int)
    /// Typed like text, shown as dots: a PIN.
    case secret(limit: Int)
    /// Several lines: Enter starts a new line.
    case note(limit: Int)
    case date
    case time
    case number(range: ClosedRange<Int>)
    /// One of these, with type-ahead on their words.
    case choice([Choice])
    /// Any of these, toggled with Space.
    case multiChoice([Choice])
    /// One record from a list the caller supplies, filtered by typing.
    case picker(PickerSource)
}

/// One option of a choice: the value a save hands back (a stored code, an id), and the words
/// shown for it in the reader's language.
public struct Choice: Equatable, Sendable {
    public let value: String
    public let label: Phrase
    public init(_ value: String, _ label: Phrase) { self.value = value; self.label = label }
    /// An option shown as it is stored: a name, a hearing type the program defined.
    public static func verbatim(_ value: String) -> Choice { Choice(value, .verbatim(value)) }
}

public struct PickerOption: Equatable, Sendable {
    public let id: Int64
    /// A record's own name: data, shown as it is.
    public let label: String
    /// Words about it ("speaks Spanish · 4 of 12"), in the reader's language.
    public let detail: Phrase?
    public init(id: Int64, label: String, detail: Phrase? = nil) {
        self.id = id
        self.label = label
        self.detail = detail
    }
}

/// Records too many to list up front, found in the store as the user types.
public enum SearchTarget: Equatable, Sendable {
    /// Parents on file, by the start of any word of their name.
    case parents
}

/// The records a picker offers: read from the store before the form opens, or, for a
/// `search`, found as the user types (the runtime fills the field's `found`).
public struct PickerSource: Equatable, Sendable {
    public let options: [PickerOption]
    public let search: SearchTarget?
    public init(_ options: [PickerOption]) { self.options = options; self.search = nil }
    public init(searching target: SearchTarget) { self.options = []; self.search = target }

    /// Options where every typed word appears in the label or detail, ignoring case and accents
    /// ("nguyen" finds "Nguyễn").
    public func matching(_ query: String, in language: Language) -> [PickerOption] {
        let words = query.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return options }
        return options.filter { option in
            let texts = [option.label, option.detail?.text(language) ?? ""]
            return words.allSatisfy { word in
                texts.contains { $0.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            }
        }
    }
}

/// A field's value once read: what a save hands back.
public enum FieldValue: Equatable, Sendable {
    case text(String)
    case date(Day)
    case time(TimeOfDay)
    case number(Int)
    /// A choice's stored value.
    case choice(String)
    /// A many-of field's ticked values.
    case choices([String])
    case id(Int64)
    case empty
}

extension Phrase {
    /// Text shown as it is, in every language: a name, a case number.
    public static func verbatim(_ text: String) -> Phrase { Phrase("verbatim", ["text": .text(text)]) }
}
