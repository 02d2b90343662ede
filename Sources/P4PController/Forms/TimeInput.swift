import P4PStore

/// Forgiving time-of-day entry: `9`, `930`, `9:30`, `9:30a`, `9:30am`, `1:30 PM`, `1:30p`,
/// `13:30`, `0930`, `noon`.
///
/// Court hours rule: an hour from 1 to 7 written without am/pm and without a leading zero is
/// afternoon ("1" = 13:00, "530" = 17:30), because nobody books a hearing at 1 in the morning.
/// A leading zero ("0130", "01:30") or am/pm says exactly what is meant.
public enum TimeInput {
    public static func parse(_ text: String) -> Result<TimeOfDay, InputError> {
        var input = text.lowercased().filter { $0 != " " && $0 != "." }
        if input == "noon" { return .success(TimeOfDay(hour: 12, minute: 0)!) }
        var meridiem: Character?
        for suffix in ["am", "pm", "a", "p"] where input.hasSuffix(suffix) {
            meridiem = suffix.first
            input.removeLast(suffix.count)
            break
        }
        guard let (hourText, minute) = split(input) else {
            return .failure(InputError(Phrase("input.notATime", ["text": .text(text)])))
        }
        guard minute < 60 else {
            return .failure(InputError(Phrase("input.minutesTo59", ["text": .text(text)])))
        }
        var hour = Int(hourText)!
        if let meridiem {
            guard (1...12).contains(hour) else {
                return .failure(InputError(Phrase("input.hourTo12", ["text": .text(text)])))
            }
            if meridiem == "a", hour == 12 { hour = 0 }
            if meridiem == "p", hour < 12 { hour += 12 }
        } else {
            guard hour < 24 else {
                return .failure(InputError(Phrase("input.hourTo23", ["text": .text(text)])))
            }
            if (1...7).contains(hour), !hourText.hasPrefix("0") { hour += 12 }
        }
        return .success(TimeOfDay(hour: hour, minute: minute)!)
    }

    /// The hour as written (to see a leading zero) and the minute, from `H`, `HH`, `HMM`, `HHMM`,
    /// `H:MM` or `HH:MM`.
    static func split(_ input: String) -> (Substring, Int)? {
        let parts = input.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if parts.count == 2 {
            guard parts[0].count <= 2, parts[1].count == 2 else { return nil }
            return (parts[0], Int(parts[1])!)
        }
        guard parts.count == 1 else { return nil }
        let digits = parts[0]
        switch digits.count {
        case 1, 2: return (digits, 0)
        case 3, 4: return (digits.dropLast(2), Int(digits.suffix(2))!)
        default: return nil
        }
    }
}
