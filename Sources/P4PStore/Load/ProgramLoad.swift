/// A whole program as values, for writing into a new, empty store at once: a demo, a test's
/// world, later a state's program moving from one store to another. Records keep the ids they
/// are given (a nil id gets the next free one), so the records of a load refer to each other by
/// those ids; hearing types are named by code, since their ids are each store's own.
public struct ProgramLoad: Sendable {
    /// Where the program comes from, for the audit log ("demo, scale small, seed 1"). Counts
    /// and settings only: never a parent's name or a case number.
    public var origin: String

    public var allies: [Ally] = []
    public var cases: [DependencyCase] = []
    public var parents: [Parent] = []
    /// Which parent is a party to which case, in what role.
    public var caseParents: [CaseParent] = []
    /// Parents' circumstances: codes of `Experience`, one entry a parent and code.
    public var circumstances: [(parentId: ID, code: String)] = []
    public var children: [Child] = []
    /// Each child's dated moves (removed, placed, home, adopted ...).
    public var childMoves: [ChildMove] = []
    public var hearings: [LoadedHearing] = []
    public var hearingParents: [HearingParent] = []
    public var contacts: [Contact] = []
    public var referrals: [Referral] = []
    public var followUps: [FollowUp] = []
    public var classSessions: [ClassSession] = []
    public var classAttendance: [ClassAttendance] = []
    public var users: [LoadedUser] = []
    /// Program settings by key, as `setSetting` keeps them.
    public var settings: [String: String] = [:]
    /// The program's history as its writes logged it, oldest first: written after the records,
    /// before the load's own entry, each chained to the one before it.
    public var auditEntries: [LoadedAuditEntry] = []

    public init(origin: String) { self.origin = origin }
}

/// A hearing whose type is named by its code ("shelter-72", "review"); the store puts its own
/// id for that code in `hearing.typeId`.
public struct LoadedHearing: Hashable, Sendable {
    public var hearing: Hearing
    public var typeCode: String

    public init(_ hearing: Hearing, typeCode: String) {
        self.hearing = hearing; self.typeCode = typeCode
    }
}

/// An audit entry of a program's history, in the shape the write that made it gives it
/// (`action`, `entity`, `entityId`, `detail`); the loader gives it its id and its link in the
/// chain. `at` is the entry's time as `appendAudit` writes it (ISO 8601, UTC).
public struct LoadedAuditEntry: Hashable, Sendable {
    /// Who did it: a user of the program by name (the loader finds their id), or a computer
    /// account ("system:NAME" in the log).
    public enum Actor: Hashable, Sendable {
        case user(String)
        case account(String)
    }

    public var at: String
    public var actor: Actor
    public var action: String
    public var entity: String?
    public var entityId: ID?
    public var detail: String?

    public init(at: String, actor: Actor, action: String, entity: String? = nil, entityId: ID? = nil,
                detail: String? = nil) {
        self.at = at; self.actor = actor; self.action = action; self.entity = entity; self.entityId = entityId
        self.detail = detail
    }
}

/// Someone who signs in, with a secret hashed already. A Parent Ally is linked to the ally of
/// the same name, made when missing, as `addUser` does.
public struct LoadedUser: Equatable, Sendable {
    public var name: String
    public var role: UserRole
    public var secret: SecretHash

    public init(name: String, role: UserRole, secret: SecretHash) {
        self.name = name; self.role = role; self.secret = secret
    }
}

/// How many records of each kind a load wrote.
public struct LoadSummary: Hashable, Sendable {
    public var allies = 0
    public var cases = 0
    public var parents = 0
    public var caseParents = 0
    public var children = 0
    public var childMoves = 0
    public var hearings = 0
    public var hearingParents = 0
    public var contacts = 0
    public var referrals = 0
    public var followUps = 0
    public var classSessions = 0
    public var classAttendance = 0
    public var users = 0
    public var settings = 0
    public var auditEntries = 0

    public init() {}

    /// Counts only, for the audit entry: written in English (`audit.loadCounts`), read back in
    /// the reader's language.
    var auditDetail: String {
        Phrase("audit.loadCounts", [
            "allies": .number(allies), "cases": .number(cases), "parents": .number(parents), "children": .number(children),
            "hearings": .number(hearings), "contacts": .number(contacts), "referrals": .number(referrals),
            "followUps": .number(followUps), "classSessions": .number(classSessions), "users": .number(users),
            "settings": .number(settings),
        ]).text(.english)
    }
}

/// A store that takes a whole program at once. Its own protocol, beside `DeskStore`: the
/// screens never load programs, and a PostgreSQL store can offer it with `COPY`.
public protocol ProgramLoading: AnyObject, Sendable {
    /// Writes `program` into a store that holds no program yet, in one transaction with one
    /// audit entry; a store that already holds allies, parents or cases is refused unchanged.
    @discardableResult
    func load(_ program: ProgramLoad) throws -> LoadSummary
}
