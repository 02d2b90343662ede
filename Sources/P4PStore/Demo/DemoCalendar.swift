/// Court-day arithmetic for the demo's hearing timeline. Washington counts the 72-hour shelter
/// care deadline in court days, skipping weekends; court holidays are left out of the demo.
enum DemoCalendar {
    static func isCourtDay(_ day: Day) -> Bool { !day.isWeekend }

    /// `day` itself when it is a court day, else the next one.
    static func onOrAfter(_ day: Day) -> Day {
        var d = day
        while !isCourtDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// `day` itself when it is a court day, else the one before: deadlines are "no later than".
    static func onOrBefore(_ day: Day) -> Day {
        var d = day
        while !isCourtDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// The `count`th court day after `day` (count 0 is `onOrAfter(day)`).
    static func courtDays(after day: Day, _ count: Int) -> Day {
        guard count > 0 else { return onOrAfter(day) }
        var d = day
        var left = count
        while left > 0 {
            d = d.adding(days: 1)
            if isCourtDay(d) { left -= 1 }
        }
        return d
    }

    /// The `count`th court day before `day`.
    static func courtDays(before day: Day, _ count: Int) -> Day {
        guard count > 0 else { return onOrBefore(day) }
        var d = day
        var left = count
        while left > 0 {
            d = d.adding(days: -1)
            if isCourtDay(d) { left -= 1 }
        }
        return d
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
