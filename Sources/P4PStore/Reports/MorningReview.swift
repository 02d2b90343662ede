/// What a supervisor looks at first thing: the same model for the `M` screen and
/// `p4p report morning`. Each list holds at most `limit` rows and says how many there are in all,
/// so a statewide program reads as fast as a county.
public struct MorningReview: Equatable, Sendable {
    public static let defaultLimit = 20

    /// The review's parts, titled once for the screen and every export format.
    public enum Part: CaseIterable, Sendable {
        case summary, uncoveredHearings, firstHearings, pastHearingsNotRecorded, longestWaiting, casesMissingDates,
             deadlinesAtRisk, nearTermination,
             overdueByAlly, caseloads, trainingShort, months
        /// "First hearings today" (`morning.<part>` in the catalogues).
        public var words: Phrase { Phrase(W("morning.\(self)")) }
    }

    public var today: Day
    public var uncoveredHearings: ListPage<UncoveredHearing>
    public var firstHearings: ListPage<FirstHearingToday>
    public var longestWaiting: ListPage<WaitingParent>
    /// Hearings before today still 'scheduled': nobody recorded what happened. Oldest first.
    public var pastHearingsNotRecorded: ListPage<UnrecordedHearing>
    /// Cases with an open parent lacking a removal or petition date (as the court calendar
    /// import leaves them).
    public var casesMissingDates: ListPage<CaseMissingDates>
    /// Cases whose next required hearing (by the dependency timeline) is due within the
    /// timeline's warning days, or already past, with no hearing set for it in time. Soonest first.
    public var deadlinesAtRisk: ListPage<CaseAtDeadline> = .empty
    /// Cases within the timeline's notice of 15 of the last 22 months in care, or past it with
    /// no termination hearing held. Soonest first.
    public var nearTermination: ListPage<CaseAtDeadline> = .empty
    /// The timeline the two lists were worked out by (its months name the termination point).
    public var timeline = DependencyTimeline.washington
    public var overdueByAlly: ListPage<AllyOverdue>
    /// Every overdue follow-up, whoever's: the sum over all allies, not only those listed.
    public var overdueTotal: Int
    /// Active allies only.
    public var caseloads: ListPage<Caseload>
    /// Active allies whose open parents reach or pass their own limit, listed or not.
    public var alliesAtLimit: Int
    /// Active allies below `training.required-hours` this year, fewest hours first; nil when
    /// no hours are required (the part is left out).
    public var trainingShort: ListPage<AllyTrainingShort>? = nil
    public var thisMonth: MonthFigures
    public var lastMonth: MonthFigures

    /// A hearing today (scheduled or held) that no Parent Ally is covering.
    public struct UncoveredHearing: Hashable, Sendable {
        public var hearingId: ID
        public var time: TimeOfDay?
        public var courtroom: String?
        public var caseNumber: String
        /// The type's short name, in words.
        public var hearingType: Phrase
        public var parentNames: [String]
        /// It is at least one of its parents' first hearing.
        public var isFirstHearing: Bool
    }

    /// A parent whose first hearing in a case is today.
    public struct FirstHearingToday: Hashable, Sendable {
        public var parentId: ID
        public var parentName: String
        public var time: TimeOfDay?
        public var courtroom: String?
        /// The type's short name, in words.
        public var hearingType: Phrase
        public var coveringAlly: String?
        public var assignedAlly: String?
    }

    /// A hearing whose day has passed with its status still 'scheduled'.
    public struct UnrecordedHearing: Hashable, Sendable {
        public var hearingId: ID
        public var date: Day
        public var time: TimeOfDay?
        public var courtroom: String?
        public var caseNumber: String
        /// The type's short name, in words.
        public var hearingType: Phrase
        public var parentNames: [String]
        public var coveringAlly: String?
    }

    /// A case some open parent is on, with a date missing.
    public struct CaseMissingDates: Hashable, Sendable {
        public var caseId: ID
        public var caseNumber: String
        public var county: String?
        public var removalDate: Day?
        public var petitionDate: Day?
        public var parentNames: [String]
        /// "removal date", "petition date" or both, in words.
        public var missing: Phrase {
            var names: [Phrase] = []
            if removalDate == nil { names.append("morning.missing.removal") }
            if petitionDate == nil { names.append("morning.missing.petition") }
            return Phrase("verbatim", ["text": .list(names, separator: ", ")])
        }
    }

    /// A case and the deadline that puts it on a list.
    public struct CaseAtDeadline: Hashable, Sendable {
        public var caseId: ID
        public var caseNumber: String
        public var parentNames: [String]
        public var deadline: CaseDeadline
    }

    public struct WaitingParent: Hashable, Sendable {
        public var parentId: ID
        public var name: String
        public var waitingSince: Day
        /// As typed: "Spanish" (`Phrase.languageName` shows it in the reader's language).
        public var language: String
        public var interpreterNeeded: Bool
        public var nextHearing: Day?
        public func daysWaiting(asOf today: Day) -> Int { max(0, today.days(since: waitingSince)) }
    }

    /// Follow-ups of open parents due before today and not done, for one ally (nil: nobody's).
    public struct AllyOverdue: Hashable, Sendable {
        public var ally: NamedRef?
        public var overdue: Int
        public var oldestDue: Day
    }

    /// The month figures the morning review compares.
    public struct MonthFigures: Hashable, Sendable {
        public var period: ReportPeriod
        public var reachedAtFirstHearing: Ratio
        public var dependency101: Ratio
        public var contactsReached: Ratio

        /// One of `MorningReview.monthFigures`; an empty ratio for any other figure.
        public func ratio(_ figure: Figure) -> Ratio {
            switch figure {
            case .reachedAtFirstHearing: return reachedAtFirstHearing
            case .dependency101: return dependency101
            case .contactsReached: return contactsReached
            default: return Ratio(0, of: 0)
            }
        }
    }
}
