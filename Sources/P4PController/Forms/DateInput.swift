import Foundation
import P4PStore

/// Forgiving date entry, relative to an injected "today" so tests and demos repeat.
///
/// Accepted (case-insensitive, surrounding spaces ignored), in English and in the form's language:
/// - `2026-11-23` (ISO, month and day may be one digit)
/// - `11/23/2026`, `11/23/26` (two-digit years are 20xx); in Spanish day first: `23/11/2026`
/// - `11/23`: the nearest such date in the direction the field faces (`DateFacing`): on
///   2026-12-01, "1/5" is 2027-01-05 for a hearing or a snooze, and "11/28" is 2026-11-28 for a
///   contact
/// - `today`, `tomorrow`, `yesterday` (`hoy`, `mañana`, `ayer`), `+3`, `-1` (days from today)
/// - weekday names or any prefix of three letters or more (`fri`, `thurs`, `vie`): the next
///   such day strictly after today for a field facing forward (on a Friday "friday" means a
///   week later), the last one strictly before today for a field facing back. A user who means
///   today types "today".
public enum DateInput {
    public static func parse(_ text: String, today: Day, facing: DateFacing = .forward,
                             language: Language = .english) -> Result<Day, InputError> {
        let input = text.trimmingCharacters(in: .whitespaces).lowercased()
        let names = Set([Language.english, language]).map(DayNames.of)
        if names.contains(where: { $0.today.contains(input) }) { return .success(today) }
        if names.contains(where: { $0.tomorrow.contains(input) }) { return .success(today.adding(days: 1)) }
        if names.contains(where: { $0.yesterday.contains(input) }) { return .success(today.adding(days: -1)) }
        if let first = input.first, first == "+" || first == "-",
           let n = Int(input.dropFirst()), input.dropFirst().allSatisfy(\.isASCIIDigit) {
            // Ten years either way is more than any docket needs; beyond is surely a typo.
            guard n <= 3660 else { return .failure(InputError(Phrase("input.tooFar", ["text": .text(text)]))) }
            return .success(today.adding(days: first == "+" ? n : -n))
        }
        if let weekday = names.lazy.compactMap({ weekday(input, $0) }).first {
            switch facing {
            case .forward:
                let ahead = (weekday - today.isoWeekday + 7) % 7
                return .success(today.adding(days: ahead == 0 ? 7 : ahead))
            case .backward:
                let back = (today.isoWeekday - weekday + 7) % 7
                return .success(today.adding(days: back == 0 ? -7 : -back))
            }
        }
        if let (y, m, d) = numericParts(input, dayFirst: language != .english) {
            if y == nil, let day = nearest(month: m, day: d, today: today, facing: facing) { return .success(day) }
            let y = y ?? today.year
            if let day = Day(year: y, month: m, day: d) { return .success(day) }
            if (1...12).contains(m), (1...9999).contains(y), d >= 1 {
                let last = (28...31).last { Day(year: y, month: m, day: $0) != nil } ?? 28
                return .failure(InputError(Phrase("input.noSuchDate", [
                    "text": .text(text), "month": .text(DayNames.of(language).months[m - 1]),
                    "year": .number(y), "days": .number(last)])))
            }
        }
        return .failure(InputError(Phrase("input.notADate", ["text": .text(text)])))
    }

    /// 1 = Monday ... 7 = Sunday, for a weekday name or a prefix of three letters or more.
    static func weekday(_ input: String, _ names: DayNames) -> Int? {
        guard input.count >= 3 else { return nil }
        let plain = SearchText.fold(input)
        return names.weekdays.firstIndex { SearchText.fold($0).hasPrefix(plain) }.map { $0 + 1 }
    }

    /// A month and day with no year: this year's, unless that lies behind a field facing forward
    /// (then next year's) or ahead of one facing back (then last year's). Nil when no year has
    /// such a date near today (29 February).
    static func nearest(month: Int, day: Int, today: Day, facing: DateFacing) -> Day? {
        let years: [Int]
        switch facing {
        case .forward: years = [today.year, today.year + 1]
        case .backward: years = [today.year, today.year - 1]
        }
        for year in years {
            guard let candidate = Day(year: year, month: month, day: day) else { continue }
            if facing == .forward ? candidate >= today : candidate <= today { return candidate }
        }
        return nil
    }

    /// Year (nil when not typed), month, day from `Y-M-D` or `M/D[/Y]` (`D/M[/Y]` where the
    /// language writes the day first); unchecked against the calendar.
    static func numericParts(_ input: String, dayFirst: Bool = false) -> (Int?, Int, Int)? {
        let separator: Character = input.contains("/") ? "/" : "-"
        let parts = input.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let n = parts.compactMap { Int($0) }
        if separator == "-" {
            guard n.count == 3, parts[0].count == 4 else { return nil }
            return (n[0], n[1], n[2])
        }
        let (month, day) = dayFirst ? (n[1 % n.count], n[0]) : (n[0], n[1 % n.count])
        switch n.count {
        case 2: return (nil, month, day)
        case 3 where parts[2].count == 2: return (2000 + n[2], month, day)
        case 3 where parts[2].count == 4: return (n[2], month, day)
        default: return nil
        }
    }
}

/// Which way a date field looks from today: hearings, snoozes and classes are ahead; contacts,
/// petitions and removals behind. Decides a date typed without a year, and weekday names.
public enum DateFacing: Sendable, Equatable {
    case forward, backward
}

/// Text compared the way people type it: no case, no accents ("miercoles" is "miércoles").
enum SearchText {
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
