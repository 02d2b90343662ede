/// One follow-up the policy wants: when and what for. A hearing reminder also names its
/// hearing's day (once that day is over, the reminder is no longer due); two items are the same
/// follow-up when they are due the same day for the same thing.
public struct PlannedFollowUp: Hashable, Sendable, CustomStringConvertible {
    public var due: Day
    public var kind: String
    public var hearingDay: Day?
    public init(due: Day, kind: String, hearingDay: Day? = nil) {
        self.due = due; self.kind = kind; self.hearingDay = hearingDay
    }
    public var description: String { "\(due.iso) \(kind)" }

    public static func == (a: Self, b: Self) -> Bool { a.due == b.due && a.kind == b.kind }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(due)
        hasher.combine(kind)
    }
}

/// Pure: from a parent's hearings and class record to the follow-ups due from `today` through
/// `today + horizon` days. Past items are not planned; those already stored stay as they are.
public enum FollowUpPlanner {
    public static let defaultHorizon = 60

    /// - Parameters:
    ///   - firstHearing: the parent's first hearing; nil plans only hearing reminders.
    ///   - hearings: days of the parent's scheduled hearings.
    ///   - deadlines: the court's requirements the parent's cases have yet to meet; one with no
    ///     hearing scheduled for it brings a check-in `warningDays` before it is due.
    public static func plan(policy: FollowUpPolicy, firstHearing: Day?, hearings: [Day], attendedClass: Bool,
                            today: Day, horizon: Int = defaultHorizon,
                            deadlines: [CaseDeadline] = [], warningDays: Int = DependencyTimeline.washington.warningDays)
        -> [PlannedFollowUp] {
        let calendar = CourtCalendar(holidays: policy.holidays)
        let last = today.adding(days: horizon)
        var items: [PlannedFollowUp] = []
        func add(_ due: Day, _ kind: String, for hearing: Day? = nil) {
            if due >= today && due <= last { items.append(PlannedFollowUp(due: due, kind: kind, hearingDay: hearing)) }
        }

        for hearing in Set(hearings) where hearing >= today {
            // A hearing booked at short notice still gets its reminder, today.
            let due = max(calendar.adding(courtDays: -policy.reminderCourtDaysBefore, to: hearing), today)
            if due < hearing || policy.reminderCourtDaysBefore == 0 { add(due, FollowUpKind.hearingReminder, for: hearing) }
        }

        if let first = firstHearing {
            add(calendar.adding(courtDays: policy.firstCallCourtDays, to: first), FollowUpKind.firstCall)
            if !attendedClass {
                add(calendar.onOrAfter(first.adding(days: policy.classInvitationDays)), FollowUpKind.classInvitation)
            }
            // Nominal dates step from the first hearing, so a holiday shift does not drift the series.
            var offset = 0
            while first.adding(days: offset) <= last {
                offset += offset + policy.weeklyInterval <= policy.weeklyPeriodDays ? policy.weeklyInterval : policy.laterInterval
                add(calendar.onOrAfter(first.adding(days: offset)), FollowUpKind.checkIn)
            }
        }

        // A deadline with a hearing scheduled for it is covered by that hearing's reminder; one
        // without gets a call before it is due, unless a call is planned that day already.
        // The termination point is the lawyers' to act on, not a hearing to prepare for.
        for deadline in deadlines where deadline.scheduled == nil && deadline.kind != .termination && deadline.due >= today {
            let due = max(calendar.onOrBefore(deadline.due.adding(days: -warningDays)), today)
            if !items.contains(where: { $0.due == due }) { add(due, FollowUpKind.deadlineCheckIn) }
        }
        return Set(items).sorted { ($0.due, $0.kind) < ($1.due, $1.kind) }
    }
}
