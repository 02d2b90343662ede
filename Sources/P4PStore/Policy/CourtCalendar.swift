/// Court days: weekdays that are not court holidays. Reminders move earlier off a closed day
/// (a reminder after the hearing is useless); everything else moves later (a call cannot be due
/// before the event that prompts it).
public struct CourtCalendar: Equatable, Sendable {
    public let holidays: Set<Day>

    public init(holidays: [Day]) { self.holidays = Set(holidays) }

    public func isCourtDay(_ day: Day) -> Bool { !day.isWeekend && !holidays.contains(day) }

    /// `day` itself if the court sits, else the next day it does.
    public func onOrAfter(_ day: Day) -> Day {
        var d = day
        while !isCourtDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// `day` itself if the court sits, else the last day before it that it did.
    public func onOrBefore(_ day: Day) -> Day {
        var d = day
        while !isCourtDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// Counts `count` court days forward (positive) or back (negative) from `day`, not counting
    /// `day` itself; zero gives `day` moved forward to a court day.
    public func adding(courtDays count: Int, to day: Day) -> Day {
        guard count != 0 else { return onOrAfter(day) }
        let step = count > 0 ? 1 : -1
        var d = day
        var left = abs(count)
        while left > 0 {
            d = d.adding(days: step)
            if isCourtDay(d) { left -= 1 }
        }
        return d
    }
}
