/// The program's records as plain values. Storage conformances live in Database/; these types
/// speak only the domain, so another store (PostgreSQL) can hold the same values.

public typealias ID = Int64

public struct Ally: Hashable, Sendable, Codable {
    public var id: ID?
    public var name: String
    public var phone: String?
    /// Languages spoken, e.g. ["English", "Spanish"].
    public var languages: [String]
    /// Counties served, the home county first.
    public var counties: [String]
    /// Shared lived experience: codes of `Experience` ("recovery", "domestic-violence", ...).
    public var livedExperience: [String]
    /// Open parents this ally may carry; no cap is published, so it is a per-ally setting.
    public var caseloadLimit: Int
    public var active: Bool
    /// Moves on with every change; a save made on what a form read checks it is still the same.
    public var version: Int

    /// The home county: the first served. The `county` column keeps it for the exports and the
    /// reports that place a class in a county.
    public var county: String? { counties.first }

    public init(id: ID? = nil, name: String, phone: String? = nil, languages: [String] = ["English"],
                county: String? = nil, counties: [String]? = nil, livedExperience: [String] = [],
                caseloadLimit: Int = 12, active: Bool = true, version: Int = 1) {
        self.id = id; self.name = name; self.phone = phone; self.languages = languages
        self.counties = counties ?? county.map { [$0] } ?? []
        self.livedExperience = livedExperience
        self.caseloadLimit = caseloadLimit; self.active = active; self.version = version
    }
}

public enum ParentStatus: String, Sendable, Codable, CaseIterable {
    case open, closed
}

public struct Parent: Hashable, Sendable, Codable {
    public var id: ID?
    public var name: String
    public var preferredName: String?
    public var phone: String?
    public var language: String
    public var interpreterNeeded: Bool
    public var county: String?
    public var status: ParentStatus
    public var closingReason: String?
    public var allyId: ID?
    public var allySince: Day?
    /// When the program last began waiting for an ally for this parent (first known, or
    /// unassigned); "days waiting" counts from here.
    public var waitingSince: Day
    /// Moves on with every change; a save made on what a form read checks it is still the same.
    public var version: Int

    public init(id: ID? = nil, name: String, preferredName: String? = nil, phone: String? = nil,
                language: String = "English", interpreterNeeded: Bool = false, county: String? = nil,
                status: ParentStatus = .open, closingReason: String? = nil, allyId: ID? = nil,
                allySince: Day? = nil, waitingSince: Day, version: Int = 1) {
        self.id = id; self.name = name; self.preferredName = preferredName; self.phone = phone
        self.language = language; self.interpreterNeeded = interpreterNeeded; self.county = county
        self.status = status; self.closingReason = closingReason; self.allyId = allyId
        self.allySince = allySince; self.waitingSince = waitingSince; self.version = version
    }
}

public enum CaseOutcome: String, Sendable, Codable, CaseIterable {
    case reunified, adoption, guardianship, dismissed, other
}

public struct DependencyCase: Hashable, Sendable, Codable {
    public var id: ID?
    public var caseNumber: String
    public var county: String?
    public var petitionDate: Day?
    public var removalDate: Day?
    public var outcome: CaseOutcome?
    public var outcomeDate: Day?
    /// Moves on with every change; a save made on what a form read checks it is still the same.
    public var version: Int

    public init(id: ID? = nil, caseNumber: String, county: String? = nil, petitionDate: Day? = nil,
                removalDate: Day? = nil, outcome: CaseOutcome? = nil, outcomeDate: Day? = nil, version: Int = 1) {
        self.id = id; self.caseNumber = caseNumber; self.county = county
        self.petitionDate = petitionDate; self.removalDate = removalDate
        self.outcome = outcome; self.outcomeDate = outcomeDate; self.version = version
    }
}

public enum Placement: String, Sendable, Codable, CaseIterable {
    case home = "at home", relative = "relative", foster = "foster care", group = "group care", other
}

public struct Child: Hashable, Sendable, Codable {
    public var id: ID?
    public var caseId: ID
    /// Initials or first name only: the program needs to know a child is there, not who.
    public var name: String
    public var birthYear: Int?
    public var placement: Placement
    public var placedSince: Day?
    /// Moves on with every change to the child or its moves.
    public var version: Int

    public init(id: ID? = nil, caseId: ID, name: String, birthYear: Int? = nil,
                placement: Placement = .foster, placedSince: Day? = nil, version: Int = 1) {
        self.id = id; self.caseId = caseId; self.name = name; self.birthYear = birthYear
        self.placement = placement; self.placedSince = placedSince; self.version = version
    }
}

public enum ParentRole: String, Sendable, Codable, CaseIterable {
    case mother, father, guardian
}

public struct CaseParent: Hashable, Sendable, Codable {
    public var caseId: ID
    public var parentId: ID
    public var role: ParentRole
    /// The day this parent became a party; a father found later has his own first hearing.
    public var joinedOn: Day?

    public init(caseId: ID, parentId: ID, role: ParentRole, joinedOn: Day? = nil) {
        self.caseId = caseId; self.parentId = parentId; self.role = role; self.joinedOn = joinedOn
    }
}

/// Hearing types are data, so that California's names can sit beside Washington's.
public struct HearingType: Hashable, Sendable, Codable {
    public var id: ID?
    public var code: String
    public var name: String
    public var shortName: String
    public var sortOrder: Int

    public init(id: ID? = nil, code: String, name: String, shortName: String, sortOrder: Int) {
        self.id = id; self.code = code; self.name = name; self.shortName = shortName; self.sortOrder = sortOrder
    }
}

public enum HearingStatus: String, Sendable, Codable, CaseIterable {
    case scheduled, held, continued, cancelled
}

public struct Hearing: Hashable, Sendable, Codable {
    public var id: ID?
    public var caseId: ID
    public var typeId: ID
    public var date: Day
    public var time: TimeOfDay?
    public var courtroom: String?
    public var judicialOfficer: String?
    public var status: HearingStatus
    /// The Parent Ally covering this hearing at court.
    public var allyId: ID?
    /// Moves on with every change; a save made on what a form read checks it is still the same.
    public var version: Int

    public init(id: ID? = nil, caseId: ID, typeId: ID, date: Day, time: TimeOfDay? = nil,
                courtroom: String? = nil, judicialOfficer: String? = nil,
                status: HearingStatus = .scheduled, allyId: ID? = nil, version: Int = 1) {
        self.id = id; self.caseId = caseId; self.typeId = typeId; self.date = date; self.time = time
        self.courtroom = courtroom; self.judicialOfficer = judicialOfficer
        self.status = status; self.allyId = allyId; self.version = version
    }
}

/// What happened between a parent and the program at one hearing.
public enum CourtEngagement: String, Sendable, Codable, CaseIterable {
    case met = "met", declined = "declined", notPresent = "not present", notApproached = "not approached"
}

public struct HearingParent: Hashable, Sendable, Codable {
    public var hearingId: ID
    public var parentId: ID
    public var engagement: CourtEngagement?
    /// Whether the parent was at court: the court's record, not the ally's engagement.
    public var parentAttended: Bool?
    public var servicesCompliance: ComplianceFinding?
    public var visitationCompliance: ComplianceFinding?

    public init(hearingId: ID, parentId: ID, engagement: CourtEngagement? = nil, parentAttended: Bool? = nil,
                servicesCompliance: ComplianceFinding? = nil, visitationCompliance: ComplianceFinding? = nil) {
        self.hearingId = hearingId; self.parentId = parentId
        self.engagement = engagement; self.parentAttended = parentAttended
        self.servicesCompliance = servicesCompliance; self.visitationCompliance = visitationCompliance
    }
}

public enum ContactMode: String, Sendable, Codable, CaseIterable {
    case court = "in person at court", phone, text, video, meeting, homeVisit = "home visit"
}

public struct Contact: Hashable, Sendable, Codable {
    public var id: ID?
    public var parentId: ID
    /// The Parent Ally who made it, when an ally did.
    public var allyId: ID?
    /// The user who made it (ally or supervisor); none for contacts recorded before v8 or loaded.
    public var userId: ID?
    public var date: Day
    public var time: TimeOfDay?
    public var mode: ContactMode
    public var minutes: Int?
    public var reached: Bool
    public var topics: String?
    public var notes: String?

    public init(id: ID? = nil, parentId: ID, allyId: ID?, userId: ID? = nil, date: Day, time: TimeOfDay? = nil,
                mode: ContactMode, minutes: Int? = nil, reached: Bool, topics: String? = nil,
                notes: String? = nil) {
        self.id = id; self.parentId = parentId; self.allyId = allyId; self.userId = userId; self.date = date; self.time = time
        self.mode = mode; self.minutes = minutes; self.reached = reached
        self.topics = topics; self.notes = notes
    }
}

public struct FollowUp: Hashable, Sendable, Codable {
    public var id: ID?
    public var parentId: ID
    public var allyId: ID?
    public var dueDate: Day
    /// What the follow-up is for: "first call", "hearing reminder", "check-in", "Dependency 101 invitation".
    public var kind: String
    /// The day it closed: done by a contact that reached the parent, or missed.
    public var doneOn: Day?
    public var contactId: ID?
    /// A person moved it to `dueDate`, with this reason; the policy never moves it back.
    public var snoozedUntil: Day?
    public var snoozeReason: String?
    /// Contacts that did not reach the parent: tries, not completions.
    public var attempts: Int
    public var lastAttemptOn: Day?
    /// A hearing reminder's hearing; after `expiresOn` (its day) the reminder closes as missed.
    public var hearingId: ID?
    public var expiresOn: Day?
    /// Closed on `doneOn` because its hearing passed before anyone reached the parent.
    public var missed: Bool
    /// Moves on with every change; a save made on what a form read checks it is still the same.
    public var version: Int

    public init(id: ID? = nil, parentId: ID, allyId: ID?, dueDate: Day, kind: String,
                doneOn: Day? = nil, contactId: ID? = nil, snoozedUntil: Day? = nil, snoozeReason: String? = nil,
                attempts: Int = 0, lastAttemptOn: Day? = nil, hearingId: ID? = nil, expiresOn: Day? = nil,
                missed: Bool = false, version: Int = 1) {
        self.id = id; self.parentId = parentId; self.allyId = allyId; self.dueDate = dueDate
        self.kind = kind; self.doneOn = doneOn; self.contactId = contactId
        self.snoozedUntil = snoozedUntil; self.snoozeReason = snoozeReason
        self.attempts = attempts; self.lastAttemptOn = lastAttemptOn
        self.hearingId = hearingId; self.expiresOn = expiresOn; self.missed = missed; self.version = version
    }
}

public struct ClassSession: Hashable, Sendable, Codable {
    public var id: ID?
    /// The code of its course (`courses.code`).
    public var course: String
    public var date: Day
    public var time: TimeOfDay?
    public var location: String?
    public var allyId: ID?

    public init(id: ID? = nil, course: String = Course.dependency101, date: Day, time: TimeOfDay? = nil,
                location: String? = nil, allyId: ID? = nil) {
        self.id = id; self.course = course; self.date = date; self.time = time
        self.location = location; self.allyId = allyId
    }
}

public struct ClassAttendance: Hashable, Sendable, Codable {
    public var sessionId: ID
    public var parentId: ID
    public var invitedOn: Day?
    public var attended: Bool

    public init(sessionId: ID, parentId: ID, invitedOn: Day? = nil, attended: Bool = false) {
        self.sessionId = sessionId; self.parentId = parentId; self.invitedOn = invitedOn; self.attended = attended
    }
}

public struct Referral: Hashable, Sendable, Codable {
    public var id: ID?
    public var parentId: ID
    public var contactId: ID?
    public var allyId: ID?
    public var date: Day
    /// treatment, housing, visitation, parenting class, legal aid, ...
    public var kind: String
    public var note: String?

    public init(id: ID? = nil, parentId: ID, contactId: ID? = nil, allyId: ID? = nil, date: Day,
                kind: String, note: String? = nil) {
        self.id = id; self.parentId = parentId; self.contactId = contactId; self.allyId = allyId
        self.date = date; self.kind = kind; self.note = note
    }
}

/// One attributable act: who, when, what. Names and case numbers stay in the database.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var id: ID?
    public var at: String
    public var actor: String
    public var action: String
    public var entity: String?
    public var entityId: ID?
    public var detail: String?

    public init(id: ID? = nil, at: String, actor: String, action: String, entity: String? = nil,
                entityId: ID? = nil, detail: String? = nil) {
        self.id = id; self.at = at; self.actor = actor; self.action = action
        self.entity = entity; self.entityId = entityId; self.detail = detail
    }
}
