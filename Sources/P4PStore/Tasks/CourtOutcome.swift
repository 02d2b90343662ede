
/// What happened at court for one hearing: each parent's engagement, whether the court recorded
/// them present, its findings on their compliance (at review and permanency hearings), who
/// covered it, and whether it was held, continued (to a new date and time) or cancelled.
public struct CourtOutcome: Equatable, Sendable {
    public var hearingId: ID
    public var engagement: [ID: CourtEngagement]
    /// Present or not, by parent; a parent left out is judged from the engagement.
    public var attended: [ID: Bool] = [:]
    public var servicesCompliance: [ID: ComplianceFinding] = [:]
    public var visitationCompliance: [ID: ComplianceFinding] = [:]
    public var coveringAllyId: ID?
    public var status: HearingStatus
    public var continuedTo: Day?
    public var continuedAt: TimeOfDay?
    /// The day it is recorded: a Parent Ally records court for today's docket only.
    public var today: Day?
    /// The hearing's version when the form read it; nil for a script with nothing read.
    public var readVersion: Int?

    public init(hearingId: ID, engagement: [ID: CourtEngagement], coveringAllyId: ID?, status: HearingStatus,
                continuedTo: Day? = nil, continuedAt: TimeOfDay? = nil, today: Day? = nil, readVersion: Int? = nil) {
        self.hearingId = hearingId; self.engagement = engagement; self.coveringAllyId = coveringAllyId
        self.status = status; self.continuedTo = continuedTo; self.continuedAt = continuedAt; self.today = today
        self.readVersion = readVersion
    }
}

extension ProgramStore {
    /// Records the outcome; a continuance schedules the new hearing of the same type and case,
    /// and the case's follow-ups are re-planned around it.
    public func recordCourtOutcome(_ outcome: CourtOutcome) throws {
        try write(action: "court outcome recorded", entity: "hearing", entityId: outcome.hearingId,
                  detail: outcome.status.rawValue) { db in
            guard var hearing = try Hearing.fetchOne(db, key: outcome.hearingId) else {
                throw StoreError.notFound("notFound.hearing")
            }
            try authorize(.recordCourtOutcome(hearingId: hearing.id!), today: outcome.today ?? hearing.date, db)
            try check(outcome.readVersion.map { ReadVersion(.hearing, id: hearing.id!, version: $0) }, db)
            if outcome.status == .held, outcome.coveringAllyId == nil, outcome.engagement.values.contains(.met) {
                throw StoreError.invalid(field: .coveringAlly, reason: "invalid.metNeedsAlly")
            }
            if outcome.status == .continued {
                guard let day = outcome.continuedTo else {
                    throw StoreError.invalid(field: .continuedTo, reason: "invalid.continuedToNeeded")
                }
                guard day > hearing.date else {
                    throw StoreError.invalid(field: .continuedTo, reason: Phrase("invalid.mustBeAfter", ["day": .day(hearing.date, .long)]))
                }
                var next = Hearing(caseId: hearing.caseId, typeId: hearing.typeId, date: day,
                                   time: outcome.continuedAt ?? hearing.time, courtroom: hearing.courtroom,
                                   judicialOfficer: hearing.judicialOfficer)
                try next.insert(db)
            }
            hearing.status = outcome.status
            hearing.allyId = outcome.coveringAllyId
            try hearing.update(db)
            try stamp(.hearing, id: hearing.id!, .outcomeRecorded, db)
            let parentIds = Set(outcome.engagement.keys).union(outcome.attended.keys)
                .union(outcome.servicesCompliance.keys).union(outcome.visitationCompliance.keys)
            for parentId in parentIds.sorted() {
                let engagement = outcome.engagement[parentId]
                let attended = outcome.attended[parentId] ?? engagement?.impliesAttendance
                if attended == false, engagement == .met || engagement == .declined {
                    throw StoreError.invalid(field: .attended(parentId: parentId), reason: "invalid.metButAbsent")
                }
                try HearingParent(hearingId: hearing.id!, parentId: parentId, engagement: engagement,
                                  parentAttended: attended, servicesCompliance: outcome.servicesCompliance[parentId],
                                  visitationCompliance: outcome.visitationCompliance[parentId])
                    .upsert(db, key: ["hearing_id", "parent_id"])
            }
            if let today = outcome.today, outcome.status != .held {
                try Self.replan(db, caseId: hearing.caseId, today: today)
            }
        }
    }
}

extension CourtEngagement {
    /// What the engagement says of attendance when the court's record is not given: a parent
    /// met or who declined was there; one not present was not; one not approached, unknown.
    public var impliesAttendance: Bool? {
        switch self {
        case .met, .declined: return true
        case .notPresent: return false
        case .notApproached: return nil
        }
    }
}

extension HearingType {
    /// The hearings at which the court finds on compliance with services and visitation.
    public static let findingCompliance: Set<String> = ["review", "permanency"]
}
