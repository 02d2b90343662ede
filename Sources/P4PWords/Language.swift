import Foundation

/// A language the desk speaks. Each has a complete catalogue of words (`Catalogue`).
public enum Language: String, CaseIterable, Sendable, Codable {
    case english = "en"
    case spanish = "es"

    /// The language's own name, as a user picks it: "English", "Español".
    public var ownName: String {
        switch self {
        case .english: return "English"
        case .spanish: return "Español"
        }
    }

    /// From a setting or a locale: "es", "es_MX.UTF-8", "Spanish", "español"; nil for anything else.
    public init?(code text: String) {
        let lower = text.lowercased()
        if let exact = Language(rawValue: lower) { self = exact; return }
        if let named = Language.allCases.first(where: { $0.ownName.lowercased() == lower || "\($0)" == lower }) {
            self = named
            return
        }
        let prefix = lower.prefix { $0.isLetter }
        guard prefix.count == 2, let language = Language(rawValue: String(prefix)) else { return nil }
        self = language
    }

    /// The process's language when no user chose one: `P4P_LANG`, else the locale's messages
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them), else English.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["P4P_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // A locale that is set but not one of ours (C, POSIX, fr_FR) means English, and stops the search.
            return Language(code: value) ?? .english
        }
        return .english
    }
}
