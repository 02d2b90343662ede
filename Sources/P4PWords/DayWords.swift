/// How a day is written in a language.
public enum DayStyle: Hashable, Sendable {
    /// "Mon 23 Nov", "lun 23 nov": the year only when it is not `thisYear`'s.
    case short(thisYear: Int)
    /// "Mon 23 Nov 2026", "lun 23 nov 2026"
    case long
    /// "11/23", "23/11"
    case numeric
    /// "2026-11-23" in every language
    case iso
    /// "Mon", "lun"
    case weekday
    /// The day's month and year: "November 2026", "noviembre de 2026"
    case month
}

extension Day {
    public func text(_ style: DayStyle, in language: Language) -> String {
        let names = DayNames.of(language)
        let weekday = names.shortWeekdays[isoWeekday - 1]
        let month = names.shortMonths[self.month - 1]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch style {
        case .short(let thisYear):
            let label = "\(weekday) \(dayOfMonth) \(month)"
            return year == thisYear ? label : "\(label) \(year)"
        case .long: return "\(weekday) \(dayOfMonth) \(month) \(year)"
        case .numeric:
            return language == .english ? "\(two(self.month))/\(two(dayOfMonth))" : "\(two(dayOfMonth))/\(two(self.month))"
        case .iso: return iso
        case .weekday: return weekday
        case .month:
            let name = names.months[self.month - 1]
            return language == .english ? "\(name) \(year)" : "\(name) de \(year)"
        }
    }
}

/// Weekday and month names in each language, and the words a date field reads.
public struct DayNames: Sendable {
    /// Monday first, as ISO 8601 counts.
    public let weekdays: [String]
    public let shortWeekdays: [String]
    public let months: [String]
    public let shortMonths: [String]
    /// What a user types for today, tomorrow and yesterday.
    public let today: [String]
    public let tomorrow: [String]
    public let yesterday: [String]

    public static func of(_ language: Language) -> DayNames {
        switch language {
        case .english: return english
        case .spanish: return spanish
        }
    }

    static let english = DayNames(
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        shortWeekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
        shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        today: ["today"], tomorrow: ["tomorrow"], yesterday: ["yesterday"])

    static let spanish = DayNames(
        weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        shortWeekdays: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
        shortMonths: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
        today: ["hoy"], tomorrow: ["mañana", "manana"], yesterday: ["ayer"])
}
