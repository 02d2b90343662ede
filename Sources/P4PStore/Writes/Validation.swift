import Foundation

/// Checks for typed text, with refusals the form shows beside the field.
enum Validate {
    static let maxNameLength = 80

    /// A required name: control characters stripped, trimmed, 1...80 characters.
    static func name(_ text: String, field: Field) throws -> String {
        let clean = text.withoutControlCharacters.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !clean.isEmpty else { throw StoreError.invalid(field: field, reason: "invalid.empty") }
        guard clean.count <= maxNameLength else {
            throw StoreError.invalid(field: field, reason: Phrase("invalid.atMost", ["count": .number(maxNameLength)]))
        }
        return clean
    }

    /// Optional text: cleaned, and nil when nothing is left.
    static func optional(_ text: String?) -> String? {
        guard let clean = text?.withoutControlCharacters.trimmingCharacters(in: .whitespacesAndNewlines),
              !clean.isEmpty else { return nil }
        return clean
    }

    static func required(_ text: String, field: Field) throws -> String {
        guard let clean = optional(text) else { throw StoreError.invalid(field: field, reason: "invalid.empty") }
        return clean
    }
}

extension Validate {
    /// A list typed or ticked: each entry cleaned, empty ones and repeats dropped, order kept.
    static func list(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.compactMap(optional).filter { seen.insert($0.lowercased()).inserted }
    }
}
