/// The deadlines a dependency case runs on, as data like the follow-up policy: Washington's
/// (RCW 13.34) by default, changed for another state with `p4p timeline set`. Every interval
/// must be named in a file (a deadline left out would silently vanish), and none is negative.
public struct DependencyTimeline: Codable, Equatable, Sendable {
    /// The shelter care hearing: this many court days after removal (72 hours, weekends and
    /// court holidays excluded).
    public var shelterCareCourtDays: Int
    /// The shelter care review: this many days after the shelter care hearing (or removal).
    public var shelterCareReviewDays: Int
    /// Fact-finding: this many days after the petition.
    public var factFindingDays: Int
    /// Disposition: this many days after fact-finding.
    public var dispositionDays: Int
    /// The first review: this many months after removal or `firstReviewDaysAfterDisposition`
    /// days after disposition, whichever comes first...
    public var firstReviewMonthsAfterRemoval: Int
    public var firstReviewDaysAfterDisposition: Int
    /// ...then every this many months after the last one held.
    public var reviewEveryMonths: Int
    /// Permanency planning: this many months after removal, then every `permanencyEveryMonths`.
    public var permanencyMonthsAfterRemoval: Int
    public var permanencyEveryMonths: Int
    /// A termination petition is considered once a child has been in care this many months...
    public var terminationMonthsInCare: Int
    /// ...of the last this many.
    public var terminationWindowMonths: Int
    /// A deadline this many days away with no hearing scheduled for it gets a check-in, and a
    /// case this close to the termination point is listed in the morning review.
    public var warningDays: Int
    /// The morning review lists a case this many days before it reaches the termination point.
    public var terminationNoticeDays: Int

    public init(shelterCareCourtDays: Int = 3, shelterCareReviewDays: Int = 30, factFindingDays: Int = 75,
                dispositionDays: Int = 14, firstReviewMonthsAfterRemoval: Int = 6,
                firstReviewDaysAfterDisposition: Int = 90, reviewEveryMonths: Int = 6,
                permanencyMonthsAfterRemoval: Int = 12, permanencyEveryMonths: Int = 12,
                terminationMonthsInCare: Int = 15, terminationWindowMonths: Int = 22, warningDays: Int = 14,
                terminationNoticeDays: Int = 60) {
        self.shelterCareCourtDays = shelterCareCourtDays; self.shelterCareReviewDays = shelterCareReviewDays
        self.factFindingDays = factFindingDays; self.dispositionDays = dispositionDays
        self.firstReviewMonthsAfterRemoval = firstReviewMonthsAfterRemoval
        self.firstReviewDaysAfterDisposition = firstReviewDaysAfterDisposition
        self.reviewEveryMonths = reviewEveryMonths
        self.permanencyMonthsAfterRemoval = permanencyMonthsAfterRemoval; self.permanencyEveryMonths = permanencyEveryMonths
        self.terminationMonthsInCare = terminationMonthsInCare; self.terminationWindowMonths = terminationWindowMonths
        self.warningDays = warningDays; self.terminationNoticeDays = terminationNoticeDays
    }

    /// Washington's, RCW 13.34.
    public static let washington = DependencyTimeline()

    /// The settings key every terminal reads.
    public static let settingsKey = "dependency.timeline"

    /// Each interval by its JSON name, for checking a file.
    var intervals: [(name: String, value: Int)] {
        [("shelterCareCourtDays", shelterCareCourtDays), ("shelterCareReviewDays", shelterCareReviewDays),
         ("factFindingDays", factFindingDays), ("dispositionDays", dispositionDays),
         ("firstReviewMonthsAfterRemoval", firstReviewMonthsAfterRemoval),
         ("firstReviewDaysAfterDisposition", firstReviewDaysAfterDisposition),
         ("reviewEveryMonths", reviewEveryMonths), ("permanencyMonthsAfterRemoval", permanencyMonthsAfterRemoval),
         ("permanencyEveryMonths", permanencyEveryMonths), ("terminationMonthsInCare", terminationMonthsInCare),
         ("terminationWindowMonths", terminationWindowMonths), ("warningDays", warningDays),
         ("terminationNoticeDays", terminationNoticeDays)]
    }

    /// Refuses a negative interval, a repeat of zero (it would never move on), and a window
    /// shorter than the months counted in it; the message names the field.
    public func validated() throws -> DependencyTimeline {
        func refuse(_ rule: String, _ low: Int, _ high: Int) -> StoreError {
            StoreError.invalid(field: .timeline, reason: Phrase("invalid.policyRange", [
                "rule": .text(rule), "low": .number(low), "high": .number(high)]))
        }
        for (name, value) in intervals {
            let low = name.hasSuffix("EveryMonths") || name == "terminationMonthsInCare" ? 1 : 0
            let high = name.hasSuffix("Months") || name.hasSuffix("MonthsAfterRemoval") || name.hasSuffix("MonthsInCare") ? 120 : 3650
            guard (low...high).contains(value) else { throw refuse(name, low, high) }
        }
        guard terminationWindowMonths >= terminationMonthsInCare else {
            throw refuse("terminationWindowMonths", terminationMonthsInCare, 120)
        }
        return self
    }
}

extension Day {
    /// The same day of the month `months` later (earlier when negative), or that month's last
    /// day when it has fewer: 31 August + 6 months = 28 February.
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let index = y * 12 + (m - 1) + months
        let year = index / 12, month = index % 12 + 1
        return Day(year: year, month: month, day: min(d, Day.daysIn(month: month, year: year)))!
    }
}
