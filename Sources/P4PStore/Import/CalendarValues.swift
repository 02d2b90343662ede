import Foundation

/// The values of a court calendar row in the program's forms: dates, times, names, case numbers
/// and interpreter notes, as court systems export them. Pure functions; nil means "cannot read".
enum CalendarValues {
    /// `2026-11-23` or `11/23/2026` (US courts write month first; `1/5/2026` is 5 January).
    static func date(_ text: String) -> Day? {
        let clean = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(iso: clean) { return day }
        let parts = clean.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `13:30`, `13:30:00`, `1:30 PM`, `1:30pm`, `1:30 p.m.`, `9 AM`.
    static func time(_ text: String) -> TimeOfDay? {
        var clean = text.lowercased().filter { !$0.isWhitespace && $0 != "." }
        var meridiem: String?
        for suffix in ["am", "pm"] where clean.hasSuffix(suffix) {
            meridiem = suffix
            clean.removeLast(2)
        }
        let parts = clean.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              parts[0].count <= 2, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let hour = Int(parts[0]) else { return nil }
        let minute = parts.count > 1 ? Int(parts[1]) : 0
        guard let minute, parts.count < 3 || Int(parts[2]) != nil else { return nil }
        guard let meridiem else { return parts.count > 1 ? TimeOfDay(hour: hour, minute: minute) : nil }
        guard (1...12).contains(hour) else { return nil }
        return TimeOfDay(hour: hour % 12 + (meridiem == "pm" ? 12 : 0), minute: minute)
    }

    /// "Last, First Middle" becomes "First Middle Last" ("Ruiz, Ana, Jr." "Ana Ruiz Jr."); "First
    /// Last" stays. An export in capitals ("GARCIA, MARIA") is written as a name is.
    static func personName(_ text: String) throws -> String {
        let parts = text.withoutControlCharacters.split(separator: ",").map(collapse).filter { !$0.isEmpty }
        var name: String
        switch parts.count {
        case 0: name = ""
        case 1: name = parts[0]
        default:
            let last = parts[0]
            let rest = Array(parts.dropFirst())
            if rest.count >= 2, let suffix = rest.last, suffixes.contains(SearchPattern.fold(suffix).filter(\.isLetter)) {
                name = (rest.dropLast() + [last, suffix]).joined(separator: " ")
            } else {
                name = (rest + [last]).joined(separator: " ")
            }
        }
        if name.contains(where: \.isLetter), name == name.uppercased() { name = capitalised(name) }
        return try Validate.name(name, field: .parentName)
    }

    private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Case number, courtroom, judicial officer, hearing type text: cleaned, nil when blank.
    /// (Case numbers are compared without case, so "26-7-01234-5 sea" finds "26-7-01234-5 SEA".)
    static func text(_ text: String) -> String? {
        let clean = collapse(text.withoutControlCharacters)
        return clean.isEmpty ? nil : clean
    }

    /// The interpreter column: a language ("Spanish") means one is needed in that language;
    /// yes/no say only whether; blank, "no", "none" or "English" say none is needed.
    static func interpreter(_ text: String) -> (language: String?, needed: Bool) {
        guard let clean = self.text(text) else { return (nil, false) }
        switch SearchPattern.fold(clean) {
        case "no", "n", "none", "false", "0", "english", "-", "n/a", "na": return (nil, false)
        case "yes", "y", "true", "1", "x", "required", "needed": return (nil, true)
        default:
            let language = clean == clean.uppercased() || clean == clean.lowercased() ? capitalised(clean) : clean
            return (language, true)
        }
    }

    /// Runs of spaces, tabs and line breaks become one space; ends trimmed.
    static func collapse<S: StringProtocol>(_ text: S) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "O'BRIEN-SMITH" -> "O'Brien-Smith": a capital starts every run of letters.
    static func capitalised(_ text: String) -> String {
        var result = ""
        var inWord = false
        for ch in text {
            result += inWord ? ch.lowercased() : ch.uppercased()
            inWord = ch.isLetter
        }
        return result
    }
}
