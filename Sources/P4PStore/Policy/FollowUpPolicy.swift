import Foundation

/// The program's follow-up rules, shared by every terminal through the `settings` table.
/// Counts are in court days (weekends and `holidays` skipped) or calendar days, as named.
public struct FollowUpPolicy: Codable, Equatable, Sendable {
    /// The first call is due this many court days after the parent's first hearing.
    public var firstCallCourtDays: Int
    /// A reminder is due this many court days before every scheduled hearing.
    public var reminderCourtDaysBefore: Int
    /// Check-ins come every `weeklyInterval` days until this many days after the first hearing...
    public var weeklyPeriodDays: Int
    public var weeklyInterval: Int
    /// ...and every `laterInterval` days after that.
    public var laterInterval: Int
    /// A Dependency 101 invitation is due this many days after the first hearing, unless attended.
    public var classInvitationDays: Int
    /// Court holidays; weekends are always skipped. Left out, Washington's for today's year and
    /// the next (`standard(around:)`).
    public var holidays: [Day]

    public init(firstCallCourtDays: Int = 2, reminderCourtDaysBefore: Int = 2, weeklyPeriodDays: Int = 90,
                weeklyInterval: Int = 7, laterInterval: Int = 14, classInvitationDays: Int = 14,
                holidays: [Day] = []) {
        self.firstCallCourtDays = firstCallCourtDays; self.reminderCourtDaysBefore = reminderCourtDaysBefore
        self.weeklyPeriodDays = weeklyPeriodDays; self.weeklyInterval = weeklyInterval
        self.laterInterval = laterInterval; self.classInvitationDays = classInvitationDays
        self.holidays = holidays
    }

    /// The rules alone, with no court holidays: what a file's missing keys take.
    public static let standard = FollowUpPolicy()

    /// The defaults in force on `today`: the rules, and Washington's court holidays for this
    /// year and the next.
    public static func standard(around today: Day) -> FollowUpPolicy {
        FollowUpPolicy(holidays: CourtHolidays.washington(around: today))
    }

    /// Where a decoder finds today, so a policy without holidays gets this year's and the next's.
    public static let todayKey = CodingUserInfoKey(rawValue: "p4p.today")!

    /// The settings key every terminal reads.
    public static let settingsKey = "followup.policy"

    private enum CodingKeys: String, CodingKey {
        case firstCallCourtDays, reminderCourtDaysBefore, weeklyPeriodDays, weeklyInterval, laterInterval,
             classInvitationDays, holidays
    }

    /// A missing key takes its default, so a hand-written file need only say what differs.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = FollowUpPolicy.standard
        firstCallCourtDays = try c.decodeIfPresent(Int.self, forKey: .firstCallCourtDays) ?? d.firstCallCourtDays
        reminderCourtDaysBefore = try c.decodeIfPresent(Int.self, forKey: .reminderCourtDaysBefore) ?? d.reminderCourtDaysBefore
        weeklyPeriodDays = try c.decodeIfPresent(Int.self, forKey: .weeklyPeriodDays) ?? d.weeklyPeriodDays
        weeklyInterval = try c.decodeIfPresent(Int.self, forKey: .weeklyInterval) ?? d.weeklyInterval
        laterInterval = try c.decodeIfPresent(Int.self, forKey: .laterInterval) ?? d.laterInterval
        classInvitationDays = try c.decodeIfPresent(Int.self, forKey: .classInvitationDays) ?? d.classInvitationDays
        let defaultHolidays = (decoder.userInfo[Self.todayKey] as? Day).map(CourtHolidays.washington(around:)) ?? d.holidays
        holidays = try c.decodeIfPresent([Day].self, forKey: .holidays) ?? defaultHolidays
    }

    /// Refuses numbers that would plan nothing sensible (a zero interval would loop forever).
    public func validated() throws -> FollowUpPolicy {
        func check(_ value: Int, _ rule: String, _ range: ClosedRange<Int>) throws {
            guard range.contains(value) else {
                throw StoreError.invalid(field: .policy, reason: Phrase("invalid.policyRange", [
                    "rule": .text(rule), "low": .number(range.lowerBound), "high": .number(range.upperBound)]))
            }
        }
        try check(firstCallCourtDays, "firstCallCourtDays", 0...30)
        try check(reminderCourtDaysBefore, "reminderCourtDaysBefore", 0...30)
        try check(weeklyPeriodDays, "weeklyPeriodDays", 0...730)
        try check(weeklyInterval, "weeklyInterval", 1...90)
        try check(laterInterval, "laterInterval", 1...180)
        try check(classInvitationDays, "classInvitationDays", 0...180)
        var copy = self
        copy.holidays = Array(Set(holidays)).sorted()
        return copy
    }
}

/// The follow-up kinds the planner owns, spelled as stored.
public enum FollowUpKind {
    public static let firstCall = "first call"
    public static let hearingReminder = "hearing reminder"
    public static let checkIn = "check-in"
    public static let classInvitation = "Dependency 101 invitation"
    /// A court deadline approaches with no hearing scheduled for it (the dependency timeline).
    public static let deadlineCheckIn = "deadline check-in"
    public static let planned: [String] = [firstCall, hearingReminder, checkIn, classInvitation, deadlineCheckIn]
}
