import Foundation
import P4PStore

/// Forgiving date entry, relative to an injected "today" so tests and demos repeat.
///
/// Accepted (case-insensitive, surrounding spaces ignored):
/// - `2026-11-23` (ISO, month and day may be one digit)
/// - `11/23/2026`, `11/23/26` (two-digit years are 20xx), `11/23` (this year)
/// - `today`, `tomorrow`, `yesterday`, `+3`, `-1` (days from today)
/// - weekday names or any prefix of three letters or more (`fri`, `thurs`): the next such day
///   strictly after today, so on a Friday "friday" means a week later. Hearings and follow-ups
///   are booked ahead; a user who means today types "today".
public enum DateInput {
    public static let hint = "try 11/23, today, +3 or friday"

    public static func parse(_ text: String, today: Day) -> Result<Day, InputError> {
        let input = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch input {
        case "today": return .success(today)
        case "tomorrow": return .success(today.adding(days: 1))
        case "yesterday": return .success(today.adding(days: -1))
        default: break
        }
        if let first = input.first, first == "+" || first == "-",
           let n = Int(input.dropFirst()), input.dropFirst().allSatisfy(\.isASCIIDigit) {
            // Ten years either way is more than any docket needs; beyond is surely a typo.
            guard n <= 3660 else { return .failure(InputError("Too far: \"\(text)\" — at most 3660 days from today")) }
            return .success(today.adding(days: first == "+" ? n : -n))
        }
        if let weekday = weekday(input) {
            let ahead = (weekday - today.isoWeekday + 7) % 7
            return .success(today.adding(days: ahead == 0 ? 7 : ahead))
        }
        if let (y, m, d) = numericParts(input, thisYear: today.year) {
            if let day = Day(year: y, month: m, day: d) { return .success(day) }
            if (1...12).contains(m), (1...9999).contains(y), d >= 1 {
                let last = (28...31).last { Day(year: y, month: m, day: $0) != nil } ?? 28
                return .failure(InputError("No such date: \"\(text)\" — \(Day.monthNames[m - 1]) \(y) has \(last) days"))
            }
        }
        return .failure(InputError("Not a date: \"\(text)\" — \(hint)"))
    }

    /// 1 = Monday ... 7 = Sunday, for a weekday name or a prefix of three letters or more.
    static func weekday(_ input: String) -> Int? {
        guard input.count >= 3 else { return nil }
        return Day.weekdayNames.firstIndex { $0.lowercased().hasPrefix(input) }.map { $0 + 1 }
    }

    /// Year, month, day from `Y-M-D` or `M/D[/Y]`; unchecked against the calendar.
    static func numericParts(_ input: String, thisYear: Int) -> (Int, Int, Int)? {
        let separator: Character = input.contains("/") ? "/" : "-"
        let parts = input.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let n = parts.compactMap { Int($0) }
        if separator == "-" {
            guard n.count == 3, parts[0].count == 4 else { return nil }
            return (n[0], n[1], n[2])
        }
        switch n.count {
        case 2: return (thisYear, n[0], n[1])
        case 3 where parts[2].count == 2: return (2000 + n[2], n[0], n[1])
        case 3 where parts[2].count == 4: return (n[2], n[0], n[1])
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
