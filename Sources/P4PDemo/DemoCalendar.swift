import P4PStore

/// Court-day arithmetic for the demo's hearing timeline. Washington counts the 72-hour shelter
/// care deadline in court days, skipping weekends; court holidays are left out of the demo.
enum DemoCalendar {
    /// The program's own court calendar, with no holidays.
    static let court = CourtCalendar(holidays: [])

    static func isCourtDay(_ day: Day) -> Bool { court.isCourtDay(day) }
    static func onOrAfter(_ day: Day) -> Day { court.onOrAfter(day) }
    /// Deadlines are "no later than": a closed day moves earlier.
    static func onOrBefore(_ day: Day) -> Day { court.onOrBefore(day) }
    static func courtDays(after day: Day, _ count: Int) -> Day { court.adding(courtDays: count, to: day) }
    static func courtDays(before day: Day, _ count: Int) -> Day {
        count > 0 ? court.adding(courtDays: -count, to: day) : court.onOrBefore(day)
    }

    /// Same day-of-month `months` later, clamped to the month's end ("6 months from placement").
    static func adding(months: Int, to day: Day) -> Day {
        let c = day.components
        let total = c.year * 12 + (c.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        return Day(year: year, month: month, day: min(c.day, Day.daysIn(month: month, year: year)))!
    }

    static func time(_ hour: Int, _ minute: Int) -> TimeOfDay { TimeOfDay(hour: hour, minute: minute)! }
}
