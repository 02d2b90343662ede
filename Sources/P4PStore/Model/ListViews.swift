/// What the dashboard's lists show: read-only rows shaped for a screen, built by the store.

/// A window of a longer list: `rows` are items `offset ..< offset + rows.count` of `total`.
public struct ListPage<Row: Sendable>: Sendable {
    public var total: Int
    public var offset: Int
    public var rows: [Row]
    public init(total: Int, offset: Int, rows: [Row]) {
        self.total = total; self.offset = offset; self.rows = rows
    }
    public static var empty: ListPage { ListPage(total: 0, offset: 0, rows: []) }
}

/// Which part of a list to fetch: only what is on screen, and a little around it.
public struct PageRequest: Hashable, Sendable {
    public var offset: Int
    public var limit: Int
    public init(offset: Int, limit: Int) {
        self.offset = max(0, offset); self.limit = max(0, limit)
    }
}

extension PageRequest {
    /// The list's length, once its window is read: a window that starts at the top and is not
    /// full holds the whole list, and `count` (another statement, a round trip on a server) is
    /// asked only otherwise. Read in the window's own snapshot, the two agree.
    func total(given rowsRead: Int, _ count: () throws -> Int) rethrows -> Int {
        offset == 0 && rowsRead < limit ? rowsRead : try count()
    }
}

public struct NamedRef: Hashable, Sendable {
    public var id: ID
    public var name: String
    public init(id: ID, name: String) { self.id = id; self.name = name }
}

public struct DocketParent: Hashable, Sendable {
    public var id: ID
    public var name: String
    public var role: ParentRole
    /// No hearing on this case was held for this parent before this one.
    public var isFirstHearing: Bool
    public var engagement: CourtEngagement?
    /// What the court recorded, when the hearing's outcome was recorded.
    public var attended: Bool? = nil
    public var servicesCompliance: ComplianceFinding? = nil
    public var visitationCompliance: ComplianceFinding? = nil
}

/// The docket pane's rows and the court's calendar, read together.
public struct DocketDay: Equatable, Sendable {
    public var page: ListPage<DocketEntry>
    public var court: CourtCalendar
    public init(page: ListPage<DocketEntry>, court: CourtCalendar) { self.page = page; self.court = court }
}

public struct DocketEntry: Hashable, Sendable {
    public var hearingId: ID
    public var caseId: ID
    public var time: TimeOfDay?
    public var courtroom: String?
    public var caseNumber: String
    public var hearingType: String
    public var hearingTypeShort: String
    /// The type's code: its words in the reader's language (`HearingType.shortWords(code:shortName:)`).
    public var hearingTypeCode = ""
    public var status: HearingStatus
    public var judicialOfficer: String?
    public var parents: [DocketParent]
    public var coveringAlly: NamedRef?
    /// The hearing's version as read: a form opened on this row saves only if it is unchanged.
    public var version = 1
    /// The case's next requirement by the dependency timeline, when it owes one.
    public var nextDeadline: CaseDeadline? = nil
    /// That requirement is soon (or past) with no hearing set for it in time (`CaseDeadline.isAtRisk`).
    public var deadlineAtRisk = false

    public var isAnyParentsFirstHearing: Bool { parents.contains { $0.isFirstHearing } }
}

public struct UnassignedParent: Hashable, Sendable {
    public var parentId: ID
    public var name: String
    public var language: String
    public var interpreterNeeded: Bool
    public var county: String?
    public var waitingSince: Day
    public var nextHearingDate: Day?
    public var nextHearingTime: TimeOfDay?
    public var nextHearingType: String?
    /// The next hearing's type code, for its words in the reader's language.
    public var nextHearingTypeCode: String?
    /// The parent's version as read: assigning from this row saves only if it is unchanged.
    public var version = 1

    public func daysWaiting(asOf today: Day) -> Int { max(0, today.days(since: waitingSince)) }
}

public struct OverdueFollowUp: Hashable, Sendable {
    public var followUpId: ID
    public var parentId: ID
    public var parentName: String
    public var dueDate: Day
    public var kind: String
    public var ally: NamedRef?
    /// Calls that did not reach the parent, and the last day one was tried.
    public var attempts = 0
    public var lastAttemptOn: Day?
    /// The follow-up's version as read: a form opened on this row saves only if it is unchanged.
    public var version = 1

    /// 0 when due today.
    public func daysOverdue(asOf today: Day) -> Int { today.days(since: dueDate) }
}

public struct Caseload: Hashable, Sendable {
    public var ally: NamedRef
    public var openParents: Int
    public var limit: Int
    public var active: Bool
}

/// Everything the parent's detail screen shows, read in one transaction.
public struct ParentDetail: Equatable, Sendable {
    public struct CaseSummary: Equatable, Sendable {
        public var dependencyCase: DependencyCase
        public var role: ParentRole
        public var children: [Child]
        public var otherParents: [NamedRef]
        /// Every child's placement history, each child's moves by day.
        public var moves: [ChildMove] = []
        /// The court's next requirement the case must meet, by the dependency timeline; nil
        /// when the case owes none (an outcome, every child home).
        public var nextDeadline: CaseDeadline? = nil

        /// One child's moves, earliest first.
        public func moves(of childId: ID?) -> [ChildMove] { moves.filter { $0.childId == childId } }

        /// What the children's last moves say about the case's outcome.
        public var evidence: OutcomeEvidence { OutcomeEvidence(moves: moves) }
    }
    public struct HearingLine: Equatable, Sendable {
        public var hearing: Hearing
        public var typeName: String
        /// The type's code, for its name in the reader's language.
        public var typeCode = ""
        public var caseNumber: String
        public var coveringAlly: String?
        public var engagement: CourtEngagement?
        /// What the court recorded for this parent: present or not, and its findings on services
        /// and visitation (review and permanency hearings).
        public var attended: Bool? = nil
        public var servicesCompliance: ComplianceFinding? = nil
        public var visitationCompliance: ComplianceFinding? = nil
    }
    public struct ContactLine: Equatable, Sendable {
        public var contact: Contact
        /// The Parent Ally on the contact (contacts.ally_id).
        public var allyName: String?
        /// The user who made the contact (contacts.user_id); none on contacts made before users
        /// were credited, or by a script acting as nobody.
        public var userName: String?
        /// The kinds of the referrals made at this contact, as stored (`ReferralKind.words` names them).
        public var referrals: [String] = []

        /// Who made the contact, as the detail names them: the user credited with it, else the
        /// ally on it (older contacts).
        public var madeBy: String? { userName ?? allyName }

        public init(contact: Contact, allyName: String?, userName: String? = nil, referrals: [String] = []) {
            self.contact = contact; self.allyName = allyName; self.userName = userName; self.referrals = referrals
        }
    }
    public struct FollowUpLine: Equatable, Sendable {
        public var followUp: FollowUp
        public var allyName: String?
    }

    public var parent: Parent
    public var ally: Ally?
    public var cases: [CaseSummary]
    public var hearings: [HearingLine]
    public var contacts: [ContactLine]
    public var followUps: [FollowUpLine]
    public var dependency101Attended: Day?
}

extension ListPage: Equatable where Row: Equatable {}
