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
    /// One of these, with type-ahead.
    case choice([String])
    /// Any of these, toggled with Space.
    case multiChoice([String])
    /// One record from a list the caller supplies, filtered by typing.
    case picker(PickerSource)
}

public struct PickerOption: Equatable, Sendable {
    public let id: Int64
    public let label: String
    public let detail: String
    public init(id: Int64, label: String, detail: String = "") {
        self.id = id
        self.label = label
        self.detail = detail
    }
}

/// Records too many to list up front, found in the store as the user types.
public enum SearchTarget: Equatable, Sendable {
    /// Parents on file, by the start of their name.
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
    public func matching(_ query: String) -> [PickerOption] {
        let words = query.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return options }
        return options.filter { option in
            words.allSatisfy { word in
                [option.label, option.detail].contains {
                    $0.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil
                }
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
    case choice(String)
    case choices([String])
    case id(Int64)
    case empty
}
