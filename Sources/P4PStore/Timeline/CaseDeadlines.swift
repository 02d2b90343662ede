/// The court's requirements a case meets in turn, each met by a hearing of one type.
public enum DeadlineKind: String, Sendable, Codable, CaseIterable {
    case shelterCare, shelterCareReview, factFinding, disposition, review, permanency, termination

    /// The hearing type (its stored code) that meets the requirement once held.
    public var hearingCode: String {
        switch self {
        case .shelterCare: return "shelter-72"
        case .shelterCareReview: return "shelter-30"
        case .factFinding: return "fact-finding"
        case .disposition: return "disposition"
        case .review: return "review"
        case .permanency: return "permanency"
        case .termination: return "termination"
        }
    }

    /// The stages before adjudication end once a later hearing is held: a case past
    /// fact-finding no longer owes a shelter care hearing.
    var endsWhenLaterHeld: Bool { [.shelterCare, .shelterCareReview, .factFinding, .disposition].contains(self) }
}

/// One hearing as the timeline reads it: its type's code, day and status.
public struct TimelineHearing: Hashable, Sendable {
    public var code: String
    public var date: Day
    public var status: HearingStatus
    public init(code: String, date: Day, status: HearingStatus) { self.code = code; self.date = date; self.status = status }
}

/// What a case's deadlines are worked out from.
public struct CaseTimelineFacts: Sendable {
    public var petition: Day?
    public var removal: Day?
    public var outcome: CaseOutcome?
    public var hearings: [TimelineHearing]
    /// Every move of every child on the case.
    public var childMoves: [ChildMove]
    /// Children with no moves recorded, counted in care from the case's removal.
    public var childrenWithoutMoves: Int

    public init(petition: Day? = nil, removal: Day? = nil, outcome: CaseOutcome? = nil, hearings: [TimelineHearing] = [],
                childMoves: [ChildMove] = [], childrenWithoutMoves: Int = 0) {
        self.petition = petition; self.removal = removal; self.outcome = outcome; self.hearings = hearings
        self.childMoves = childMoves; self.childrenWithoutMoves = childrenWithoutMoves
    }
}

/// A requirement not yet met: by when, and the hearing on the calendar for it, if any.
public struct CaseDeadline: Hashable, Sendable {
    public var kind: DeadlineKind
    public var due: Day
    /// The earliest scheduled hearing of the kind that meets it (it may fall after `due`).
    public var scheduled: Day?

    public init(kind: DeadlineKind, due: Day, scheduled: Day? = nil) {
        self.kind = kind; self.due = due; self.scheduled = scheduled
    }

    /// A hearing is on the calendar for it on or before the day it is due.
    public var isScheduledInTime: Bool { scheduled.map { $0 <= due } ?? false }

    /// A hearing the court requires, due within `warningDays` of `day` (or past) and not set in
    /// time: what the morning review lists and the docket marks.
    public func isAtRisk(on day: Day, warningDays: Int) -> Bool {
        kind != .termination && !isScheduledInTime && due <= day.adding(days: warningDays)
    }
}

/// Pure: a case's open requirements from its dates, hearings and children's moves. Held
/// hearings meet a requirement; continued and cancelled ones do not. A case with an outcome, or
/// whose children have all reached permanency, owes nothing more.
public enum CaseDeadlines {
    public static func next(_ facts: CaseTimelineFacts, timeline: DependencyTimeline, calendar: CourtCalendar) -> CaseDeadline? {
        all(facts, timeline: timeline, calendar: calendar).first
    }

    /// Every unmet requirement, soonest first.
    public static func all(_ facts: CaseTimelineFacts, timeline t: DependencyTimeline, calendar: CourtCalendar) -> [CaseDeadline] {
        guard facts.outcome == nil, OutcomeEvidence(moves: facts.childMoves).suggestion == nil || facts.childrenWithoutMoves > 0
        else { return [] }
        let held = Dictionary(grouping: facts.hearings.filter { $0.status == .held }, by: \.code).mapValues { $0.map(\.date).max()! }
        let scheduled = Dictionary(grouping: facts.hearings.filter { $0.status == .scheduled }, by: \.code)
            .mapValues { $0.map(\.date).min()! }
        let removal = facts.removal ?? facts.childMoves.filter { $0.move == .removed }.map(\.date).min()
        let order = DeadlineKind.allCases
        let latestStageHeld = order.lastIndex { held[$0.hearingCode] != nil }

        var due: [DeadlineKind: Day] = [:]
        if let removal {
            due[.shelterCare] = calendar.adding(courtDays: t.shelterCareCourtDays, to: removal)
            due[.shelterCareReview] = (held[DeadlineKind.shelterCare.hearingCode] ?? removal).adding(days: t.shelterCareReviewDays)
        }
        if let petition = facts.petition { due[.factFinding] = petition.adding(days: t.factFindingDays) }
        if let factFinding = held[DeadlineKind.factFinding.hearingCode] { due[.disposition] = factFinding.adding(days: t.dispositionDays) }
        if let lastReview = held[DeadlineKind.review.hearingCode] {
            due[.review] = lastReview.adding(months: t.reviewEveryMonths)
        } else {
            let afterDisposition = held[DeadlineKind.disposition.hearingCode]?.adding(days: t.firstReviewDaysAfterDisposition)
            let afterRemoval = removal?.adding(months: t.firstReviewMonthsAfterRemoval)
            due[.review] = [afterDisposition, afterRemoval].compactMap { $0 }.min()
        }
        if let lastPermanency = held[DeadlineKind.permanency.hearingCode] {
            due[.permanency] = lastPermanency.adding(months: t.permanencyEveryMonths)
        } else {
            due[.permanency] = removal?.adding(months: t.permanencyMonthsAfterRemoval)
        }
        if held[DeadlineKind.termination.hearingCode] == nil {
            due[.termination] = terminationPoint(facts, removal: removal, timeline: t)
        }

        var open: [CaseDeadline] = []
        for (index, kind) in order.enumerated() {
            guard let day = due[kind] else { continue }
            // One-time stages are met once held, or left behind once a later stage is.
            if kind.endsWhenLaterHeld, held[kind.hearingCode] != nil || (latestStageHeld ?? -1) > index { continue }
            open.append(CaseDeadline(kind: kind, due: day, scheduled: scheduled[kind.hearingCode]))
        }
        return open.sorted { ($0.due, $0.kind.rawValue) < ($1.due, $1.kind.rawValue) }
    }

    /// The first day a child still in care has been in care `terminationMonthsInCare` of the
    /// last `terminationWindowMonths` months; nil when no child is in care.
    public static func terminationPoint(_ facts: CaseTimelineFacts, removal: Day?, timeline t: DependencyTimeline) -> Day? {
        var stays: [[(start: Day, end: Day?)]] = Dictionary(grouping: facts.childMoves, by: \.childId).values.map { moves in
            var spans: [(start: Day, end: Day?)] = []
            for move in moves.sorted(by: { ($0.date, $0.id ?? 0) < ($1.date, $1.id ?? 0) }) {
                let inCare = move.move.meansInCare
                if inCare, spans.last.map({ $0.end != nil }) ?? true { spans.append((move.date, nil)) }
                if !inCare, let last = spans.last, last.end == nil { spans[spans.count - 1].end = move.date }
            }
            return spans
        }
        if facts.childrenWithoutMoves > 0 || facts.childMoves.isEmpty, let removal { stays.append([(removal, nil)]) }
        // Only a child in care now can reach the point.
        return stays.filter { $0.last?.end == nil && !$0.isEmpty }.compactMap { point(of: $0, t) }.min()
    }

    /// Walks day by day from the first removal: the point is the first day whose last
    /// `window` months hold at least as many days in care as its last `months` months have days.
    private static func point(of spans: [(start: Day, end: Day?)], _ t: DependencyTimeline) -> Day? {
        guard let first = spans.first?.start, let lastStart = spans.last?.start else { return nil }
        var day = first
        // Staying in care from the last removal reaches it by then at the latest.
        let limit = lastStart.adding(months: t.terminationMonthsInCare)
        while day <= limit {
            let windowStart = day.adding(months: -t.terminationWindowMonths)
            let needed = day.days(since: day.adding(months: -t.terminationMonthsInCare))
            let inCare = spans.reduce(0) { total, span in
                let from = max(span.start, windowStart), to = min(span.end ?? day, day)
                return total + max(0, to.days(since: from))
            }
            if inCare >= needed { return day }
            day = day.adding(days: 1)
        }
        return limit
    }
}

extension ChildMoveKind {
    /// Whether a child is out of the home (in care) after this move.
    var meansInCare: Bool {
        switch self {
        case .removed, .placedWithRelative, .fosterCare, .otherPlacement: return true
        case .trialReturnHome, .returnedHome, .adopted, .guardianship, .agedOut: return false
        }
    }
}
