import P4PStore

/// The invented program, held in memory while it is built: plain arrays whose index + 1 is the
/// row id, so the rows can be written in one pass into an empty database.

struct DemoHearing {
    var caseIndex: Int
    var code: String
    var date: Day
    var time: TimeOfDay
    var courtroom: DemoCourtroom
    var status: HearingStatus
    /// Whether a Parent Ally is at court for it; who is decided once caseloads are known.
    var covered = false
    var allyId: ID?
}

struct DemoCase {
    var record: DependencyCase
    /// Indices into `DemoWorld.hearings`, in date and time order.
    var hearings: [Int] = []
    var parents: [Int] = []
    /// The department the case is assigned to; most of its hearings are there.
    var homeRoom: Int
    /// When the case ends (outcome date), known or planned; nil while no end is in sight.
    var endsOn: Day?
    /// When the parents stop being parties: the termination order, or the end of the case.
    var parentsEndOn: Day?
    var plannedOutcome: CaseOutcome
    /// The day the children went home (trial return), for reunified cases.
    var returnHomeOn: Day?
    /// The first parent's family name, script and community, which the children's names follow.
    var familyName = ""
    var nativeScript = false
    var familyCommunity: Int?
}

/// One ally's time with one parent.
struct DemoAssignment {
    var allyIndex: Int
    var from: Day
    /// Exclusive; nil while the parent is still with this ally.
    var to: Day?
}

struct DemoParent {
    var record: Parent
    var caseIndex: Int
    var role: ParentRole
    var joinedOn: Day
    var person: DemoPerson
    /// The hearing where the program first meets this parent.
    var firstHearing: Int?
    var firstEngagement: CourtEngagement?
    var assignments: [DemoAssignment] = []
    var closedOn: Day?
    /// What the case is about for this parent, as matching reads it (codes of `Experience`).
    var circumstances: [String] = []

    func ally(on day: Day) -> Int? {
        assignments.last { $0.from <= day && ($0.to.map { day < $0 } ?? true) }?.allyIndex
    }
}

struct DemoWorld {
    let today: Day
    let params: DemoScaleParameters
    let seed: UInt64

    var allies: [Ally] = []
    /// When each ally stopped taking parents (only the one inactive ally has a day).
    var allyLeftOn: [Day?] = []
    var cases: [DemoCase] = []
    var children: [Child] = []
    var childMoves: [ChildMove] = []
    var parents: [DemoParent] = []
    var hearings: [DemoHearing] = []
    var hearingParents: [HearingParent] = []
    var contacts: [Contact] = []
    var followUps: [FollowUp] = []
    var sessions: [ClassSession] = []
    var attendance: [ClassAttendance] = []
    var referrals: [Referral] = []

    init(options: DemoOptions, params: DemoScaleParameters? = nil) {
        today = options.today
        self.params = params ?? DemoScaleParameters.of(options.scale)
        seed = options.seed
    }

    func random(_ stream: String) -> DemoRandom { DemoRandom(seed: seed, stream: params.streamPrefix + stream) }

    /// The horizon of the schedule: hearings and follow-ups are planned this far ahead.
    var horizon: Day { today.adding(days: 183) }

    func isActive(ally index: Int, on day: Day) -> Bool {
        allyLeftOn[index].map { day < $0 } ?? true
    }

    /// Re-sorts a case's hearings after one was added or moved.
    mutating func sortHearings(ofCase index: Int) {
        let hs = hearings
        cases[index].hearings.sort { a, b in
            (hs[a].date, hs[a].time, a) < (hs[b].date, hs[b].time, b)
        }
    }
}
