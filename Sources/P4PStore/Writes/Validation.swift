import Foundation

/// Checks for typed text, with refusals in words the form shows beside the field.
enum Validate {
    static let maxNameLength = 80

    /// A required name: control characters stripped, trimmed, 1...80 characters.
    static func name(_ text: String, field: String = "Name") throws -> String {
        let clean = text.withoutControlCharacters.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !clean.isEmpty else { throw StoreError.invalid(field: field, reason: "cannot be empty") }
        guard clean.count <= maxNameLength else {
            throw StoreError.invalid(field: field, reason: "at most \(maxNameLength) characters")
        }
        return clean
    }

    /// Optional text: cleaned, and nil when nothing is left.
    static func optional(_ text: String?) -> String? {
        guard let clean = text?.withoutControlCharacters.trimmingCharacters(in: .whitespacesAndNewlines),
              !clean.isEmpty else { return nil }
        return clean
    }

    static func required(_ text: String, field: String, reason: String) throws -> String {
        guard let clean = optional(text) else { throw StoreError.invalid(field: field, reason: reason) }
        return clean
    }
}
