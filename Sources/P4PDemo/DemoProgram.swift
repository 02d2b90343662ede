import Foundation
import P4PStore

/// The fixed shape of the invented program: its staff, its courthouse, and how much of each the
/// two scales hold. Everything random is drawn elsewhere from the seed.

struct DemoCourtroom {
    let name: String
    let officer: String
}

struct DemoScaleParameters {
    /// How far back the oldest case's removal lies.
    let historyDays: Int
    /// Cases removed over the history, before the fresh ones whose first hearing is now.
    let caseCount: Int
    /// Cases whose 72-hour shelter care hearing is today.
    let freshToday: ClosedRange<Int>
    /// Cases removed in the last day or two, first hearing in the next court days.
    let freshSoon: ClosedRange<Int>
    let docketToday: ClosedRange<Int>
    /// How long an assigned parent stays with the program when the case does not end first.
    let serviceDays: ClosedRange<Int>
    /// Open parents' follow-ups left undone before today.
    let overdue: ClosedRange<Int>
    let allyCount: Int
    let courtrooms: [DemoCourtroom]
    let county: String

    /// The county's own: its staff (the first `allyCount` serve), which of them left, who also
    /// covers a neighbouring county, where else parents live, and its telephone area codes.
    var roster: [Ally] = DemoProgram.allies
    var inactiveAlly: Int?
    var neighbourAllies: Set<String> = DemoProgram.neighbourAllies
    var neighbourCounty = DemoProgram.neighbourCounty
    var otherCounties = DemoProgram.otherCounties
    var allyArea = "253"
    var parentAreas = ["253", "253", "253", "360", "206"]
    /// Told after each case number when case numbers of several counties share one file (each
    /// court numbers its own cases).
    var caseNumberSuffix = ""
    /// Days before today that the last case of the history was removed: 0 for a program still
    /// taking cases, more for a county whose program ended (its cases have all closed).
    var intakeEndsDaysAgo = 0
    /// Whether a parent's open follow-ups close when their file closes, as the store does.
    var closesFollowUpsWithFile = false
    /// Random streams are named with this first, so that several counties of one program draw
    /// from streams of their own.
    var streamPrefix = ""

    static func of(_ scale: DemoScale) -> DemoScaleParameters {
        switch scale {
        case .small:
            return DemoScaleParameters(
                historyDays: 900, caseCount: 140, freshToday: 3...4, freshSoon: 1...2, docketToday: 14...22,
                serviceDays: 150...330, overdue: 10...18, allyCount: 6,
                courtrooms: Array(DemoProgram.courtrooms.prefix(4)), county: "Pierce",
                inactiveAlly: DemoProgram.inactiveAlly(count: 6))
        case .county:
            return DemoScaleParameters(
                historyDays: 1_095, caseCount: 940, freshToday: 5...7, freshSoon: 3...4, docketToday: 26...38,
                serviceDays: 80...210, overdue: 70...110, allyCount: 14,
                courtrooms: DemoProgram.courtrooms, county: "Pierce",
                inactiveAlly: DemoProgram.inactiveAlly(count: 14))
        case .state:
            return DemoState.busyCounty
        }
    }

    /// The last day classes are set: two months ahead, or a year after the last case came in
    /// for a program that ended.
    func lastClassDay(today: Day) -> Day {
        intakeEndsDaysAgo == 0 ? today.adding(days: 62) : today.adding(days: 365 - intakeEndsDaysAgo)
    }
}

enum DemoProgram {
    /// Staff roster: a small program takes the first six. Limits are each ally's own setting.
    static let allies: [Ally] = [
        Ally(name: "Rosa Delgado", languages: ["English", "Spanish"],
             livedExperience: ["recovery", "domestic-violence"], caseloadLimit: 12),
        Ally(name: "Tamara Cagey", languages: ["English"],
             livedExperience: ["foster-care", "recovery"], caseloadLimit: 10),
        Ally(name: "Trần Thị Ngọc", languages: ["English", "Vietnamese"],
             livedExperience: ["mental-health"], caseloadLimit: 8),
        Ally(name: "Fartun Hassan", languages: ["English", "Somali"],
             livedExperience: ["domestic-violence"], caseloadLimit: 10),
        Ally(name: "Denise Washington", languages: ["English"],
             livedExperience: ["incarceration", "recovery"], caseloadLimit: 15),
        Ally(name: "Kristy Olsen", languages: ["English"],
             livedExperience: ["mental-health", "domestic-violence"], caseloadLimit: 12),
        Ally(name: "Oksana Melnyk", languages: ["English", "Russian", "Ukrainian"],
             livedExperience: ["recovery"], caseloadLimit: 11),
        Ally(name: "Merina Loeak", languages: ["English", "Marshallese"],
             livedExperience: ["foster-care"], caseloadLimit: 9),
        Ally(name: "Luis Ibáñez", languages: ["English", "Spanish"],
             livedExperience: ["incarceration", "recovery"], caseloadLimit: 13),
        Ally(name: "Marcus Freeman", languages: ["English"],
             livedExperience: ["incarceration"], caseloadLimit: 12),
        Ally(name: "Yesenia Ramírez Soto", languages: ["English", "Spanish"],
             livedExperience: ["domestic-violence", "mental-health"], caseloadLimit: 14),
        Ally(name: "Shawna Wallahee", languages: ["English"],
             livedExperience: ["recovery", "foster-care"], caseloadLimit: 10),
        Ally(name: "Heather Lindqvist", languages: ["English"],
             livedExperience: ["mental-health"], caseloadLimit: 12),
        Ally(name: "Darnell Brooks", languages: ["English"],
             livedExperience: ["recovery", "incarceration"], caseloadLimit: 15),
    ]

    /// Index in the roster of the ally who left the program (so one shows as inactive).
    static func inactiveAlly(count: Int) -> Int { count <= 6 ? 5 : 12 }

    /// Allies from the neighbouring county, who also cover its courthouse.
    static let neighbourAllies: Set<String> = ["Fartun Hassan", "Merina Loeak"]
    static let neighbourCounty = "King"
    static let otherCounties = ["King", "Thurston", "Kitsap"]

    static let courtrooms: [DemoCourtroom] = [
        DemoCourtroom(name: "Dept 1", officer: "Cmsr. Lee"),
        DemoCourtroom(name: "Dept 2", officer: "Judge Ortiz"),
        DemoCourtroom(name: "Dept 4", officer: "Cmsr. Nakamura"),
        DemoCourtroom(name: "Courtroom 3A", officer: "Judge Whitehorse"),
        DemoCourtroom(name: "Dept 7", officer: "Judge Abernathy"),
        DemoCourtroom(name: "Courtroom 2E", officer: "Cmsr. Vu"),
    ]
    /// Officers who sit when the regular one is away.
    static let proTems = ["Cmsr. Pro Tem Haddad", "Judge Pro Tem Greene"]

    static let classLocations = ["Courthouse, Room 2B", "Family Resource Center"]

    static func phone(area: String, _ rng: inout DemoRandom) -> String {
        // 555-01xx numbers are reserved for fiction.
        "(\(area)) 555-01\(String(format: "%02d", rng.int(0...99)))"
    }
}
