/// Washington's legal holidays, when its courts are closed (RCW 1.16.050), worked out from the
/// rules so the default court calendar holds whatever year today is.
public enum CourtHolidays {
    /// The days the courts close in `today`'s year and the next: a holiday on a Saturday is
    /// kept the Friday before, one on a Sunday the Monday after (so New Year's Day on a Saturday
    /// closes the courts on the last day of the year before).
    public static func washington(around today: Day) -> [Day] {
        let years = today.year...(today.year + 1)
        return (today.year...(today.year + 2))
            .flatMap(washington(ofYear:))
            .map(observed)
            .filter { years.contains($0.year) }
            .sorted()
    }

    /// The legal holidays of `year` on their own dates, before the weekend rule.
    static func washington(ofYear year: Int) -> [Day] {
        func date(_ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
        let thanksgiving = nth(4, weekday: 4, month: 11, year: year)
        return [
            date(1, 1),                                     // New Year's Day
            nth(3, weekday: 1, month: 1, year: year),      // Martin Luther King Jr. Day
            nth(3, weekday: 1, month: 2, year: year),      // Presidents' Day
            lastMonday(ofMay: year),                        // Memorial Day
            date(6, 19),                                    // Juneteenth
            date(7, 4),                                     // Independence Day
            nth(1, weekday: 1, month: 9, year: year),      // Labor Day
            date(11, 11),                                   // Veterans Day
            thanksgiving,                                   // Thanksgiving Day
            thanksgiving.adding(days: 1),                   // Native American Heritage Day
            date(12, 25),                                   // Christmas Day
        ]
    }

    /// Saturday → the Friday before; Sunday → the Monday after.
    static func observed(_ day: Day) -> Day {
        switch day.isoWeekday {
        case 6: return day.adding(days: -1)
        case 7: return day.adding(days: 1)
        default: return day
        }
    }

    /// The `n`th `weekday` (1 = Monday) of a month.
    private static func nth(_ n: Int, weekday: Int, month: Int, year: Int) -> Day {
        let first = Day(year: year, month: month, day: 1)!
        let offset = (weekday - first.isoWeekday + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    private static func lastMonday(ofMay year: Int) -> Day {
        let last = Day(year: year, month: 5, day: 31)!
        return last.adding(days: -((last.isoWeekday - 1 + 7) % 7))
    }
}
