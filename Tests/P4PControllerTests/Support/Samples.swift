import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// A small program as plain values, for `update` tests that need no store: one hearing on
/// today's docket (María and José Pérez), María waiting for a Parent Ally, and Ana Ruiz's
/// check-in overdue with Lan Nguyen.
enum Sample {
    /// Monday 23 November 2026.
    static let today = Day(iso: "2026-11-23")!

    static let lan = Ally(id: 3, name: "Lan Nguyen", languages: ["English", "Spanish"], county: "King")
    static let bao = Ally(id: 4, name: "Bao Tran", languages: ["English", "Vietnamese"], county: "Pierce")

    static let maría = Parent(id: 7, name: "María Pérez", language: "Spanish", interpreterNeeded: true, county: "King",
                              waitingSince: today.adding(days: -3), version: 4)
    static let josé = Parent(id: 8, name: "José Pérez", waitingSince: today.adding(days: -3))
    static let ana = Parent(id: 9, name: "Ana Ruiz", phone: "555-0109", allyId: 3, allySince: today.adding(days: -30),
                            waitingSince: today.adding(days: -40), version: 5)

    static let hearing = DocketEntry(
        hearingId: 1, caseId: 1, time: TimeOfDay(hour: 9, minute: 0), courtroom: "Dept 1", caseNumber: "26-7-00001-1",
        hearingType: "72-hour shelter care", hearingTypeShort: "Shelter 72h", status: .scheduled, judicialOfficer: nil,
        parents: [DocketParent(id: 7, name: maría.name, role: .mother, isFirstHearing: true, engagement: nil),
                  DocketParent(id: 8, name: josé.name, role: .father, isFirstHearing: true, engagement: nil)],
        coveringAlly: nil, version: 2)

    static let waiting = UnassignedParent(
        parentId: 7, name: maría.name, language: "Spanish", interpreterNeeded: true, county: "King",
        waitingSince: maría.waitingSince, nextHearingDate: today, nextHearingTime: TimeOfDay(hour: 9, minute: 0),
        nextHearingType: "Shelter 72h", version: 4)

    static let checkIn = FollowUp(id: 21, parentId: 9, allyId: 3, dueDate: today.adding(days: -2), kind: FollowUpKind.checkIn,
                                  version: 2)
    static let overdue = OverdueFollowUp(followUpId: 21, parentId: 9, parentName: ana.name, dueDate: checkIn.dueDate,
                                         kind: FollowUpKind.checkIn, ally: NamedRef(id: 3, name: lan.name), version: 2)

    /// Lan speaks Spanish and works in King County: the better fit for María.
    static let fits = [
        AllyFit(ally: lan, openCaseload: 4, score: 6, reasons: [.languageName("Spanish"),
                                                                Phrase("fit.caseload", ["open": .number(4), "limit": .number(12)])]),
        AllyFit(ally: bao, openCaseload: 2, score: 1, reasons: [Phrase("fit.caseload", ["open": .number(2), "limit": .number(12)])]),
    ]

    static func rows(_ pane: PaneID) -> PaneRows {
        switch pane {
        case .docket: return .docket(ListPage(total: 1, offset: 0, rows: [hearing]))
        case .unassigned: return .unassigned(ListPage(total: 1, offset: 0, rows: [waiting]))
        case .overdue: return .overdue(ListPage(total: 1, offset: 0, rows: [overdue]))
        }
    }

    static func detail(_ parent: Parent, followUps: [FollowUp] = []) -> ParentDetail {
        ParentDetail(parent: parent, ally: parent.allyId == lan.id ? lan : nil, cases: [], hearings: [], contacts: [],
                     followUps: followUps.map { ParentDetail.FollowUpLine(followUp: $0, allyName: lan.name) },
                     dependency101Attended: nil)
    }

    static let dana = User(id: 1, name: "Dana Brooks", role: .supervisor, allyId: nil, active: true, lockedUntil: nil)
}

/// The dashboard as it stands once the store answered what starting asked for.
func dashboard() -> AppState {
    var state = AppState(today: Sample.today, databaseName: "test.sqlite")
    for (pane, query) in update(&state, .started(hasUsers: false)).paneQueries {
        send(&state, .paneLoaded(pane, query, .success(Sample.rows(pane))))
    }
    return state
}

/// `n` from Unassigned, Enter for a new case, the hearing types read.
func newCaseForm() -> AppState {
    var s = dashboard()
    press(&s, .char("2"))
    #expect(press(&s, .char("n")) == [.prepareForm(.chooseNew(caseId: nil))])
    send(&s, .formReady(.chooseNew(caseId: nil), .none))
    #expect(press(&s, .enter) == [.prepareForm(.newCase)])
    let shelter = HearingType(id: 1, code: "shelter", name: "72-hour shelter care", shortName: "Shelter 72h", sortOrder: 1)
    send(&s, .formReady(.newCase, .hearingTypes([shelter])))
    #expect(s.form?.state.title.english == "New case")
    return s
}

/// A parent the name search found, with a case number of its own.
func parentMatch(_ id: ID, _ name: String) -> ParentMatch {
    ParentMatch(id: id, name: name, status: .open, caseNumber: "26-7-100\(id)-1")
}
