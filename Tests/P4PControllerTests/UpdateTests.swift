import Testing
@testable import P4PStore
@testable import P4PController

/// Keys in, state and effects out: no terminal, no database.
@Suite struct UpdateTests {
    let today = Day(iso: "2026-11-23")!
    func fresh() -> AppState { AppState(today: today, databaseName: "test.sqlite") }

    @Test func paneKeysMoveTheFocus() {
        var s = fresh()
        _ = press(&s, .char("3")); #expect(s.focus == .overdue)
        _ = press(&s, .tab); #expect(s.focus == .docket)
        _ = press(&s, .backTab); #expect(s.focus == .overdue)
        _ = press(&s, .char("2")); #expect(s.focus == .unassigned)
    }

    @Test func dayKeysMoveTheDocketAndReloadIt() {
        var s = fresh()
        s.focus = .overdue
        #expect(press(&s, .char("]")) == [.loadPane(.docket, firstWindow(on: Day(iso: "2026-11-24")!))])
        #expect(s.docketDay == Day(iso: "2026-11-24")! && s.focus == .docket)
        _ = press(&s, .char("[")); _ = press(&s, .char("["))
        #expect(s.docketDay == Day(iso: "2026-11-20")!, "Tuesday, Monday, then over the weekend to Friday")
        #expect(press(&s, .char("t")) == [.loadPane(.docket, firstWindow(on: today))])
        #expect(s.docketDay == today)
    }

    @Test func movingPastTheFetchedWindowAsksForRows() {
        var s = fresh()
        s.paneRows = 5
        s.docket.page = ListPage(total: 100, offset: 0, rows: Array(repeating: sampleEntry, count: 15))
        s.docket.cursor.setTotal(100, visible: 5)
        #expect(press(&s, .down) == [], "row 1 is already fetched")
        // The last five rows on screen, with a screenful either side (none after the end).
        #expect(press(&s, .end) == [.loadPane(.docket, PaneQuery(day: today, filter: "", page: PageRequest(offset: 90, limit: 15)))])
        #expect(s.docket.cursor.selected == 99)
    }

    @Test func filterTypesIntoTheFocusedPaneAndEscClearsIt() {
        var s = fresh()
        _ = press(&s, .char("2"))
        _ = press(&s, .char("/"))
        #expect(s.context == .filtering)
        #expect(press(&s, .char("q")) == [.loadPane(.unassigned, firstWindow(on: today, filter: "q"))], "q is typed, not quit")
        #expect(!s.isQuitting)
        _ = press(&s, .char("é"))
        #expect(s.unassigned.filter == "qé")
        _ = press(&s, .enter)
        #expect(s.context == .dashboard && s.unassigned.filter == "qé")
        _ = press(&s, .char("/"))
        #expect(press(&s, .escape) == [.loadPane(.unassigned, firstWindow(on: today))])
        #expect(s.unassigned.filter == "" && s.context == .dashboard)
    }

    @Test func enterOpensTheSelectedHearingsParentsAndEscReturns() {
        var s = fresh()
        s.docket.page = ListPage(total: 1, offset: 0, rows: [sampleEntry])
        s.docket.cursor.setTotal(1, visible: 10)
        // Opening a parent's file is recorded in the audit log.
        #expect(press(&s, .enter) == [.loadDetail(parentId: 7, audit: true)])
        guard case .detail(let detail) = s.screen else { Issue.record("not on detail"); return }
        #expect(detail.parentIds == [7, 8])
        #expect(press(&s, .right) == [.loadDetail(parentId: 8, audit: true)])
        guard case .detail(let next) = s.screen else { return }
        #expect(next.parentId == 8)
        _ = press(&s, .escape)
        #expect(s.context == .dashboard)
    }

    @Test func enterOnAnEmptyPaneSaysSo() {
        var s = fresh()
        #expect(press(&s, .enter) == [])
        #expect(s.message?.english == "Nothing selected to open")
    }

    @Test func helpOpensOverAnyScreenAndClosesWithEscOrQ() {
        var s = fresh()
        _ = press(&s, .function(1))
        #expect(s.context == .help)
        _ = press(&s, .escape)
        #expect(s.context == .dashboard)
        _ = press(&s, .char("?"))
        _ = press(&s, .char("q"))
        #expect(s.context == .dashboard && !s.isQuitting, "q closes help, as in less")
        _ = press(&s, .char("q"))
        #expect(s.isQuitting, "q quits from the dashboard")
    }

    @Test func anUnboundKeySaysWhatToDo() {
        var s = fresh()
        _ = press(&s, .char("z"))
        #expect(s.message?.english == "z does nothing here; ? shows the keys")
        // While filtering ? is typed: the words name the key that shows help there.
        _ = press(&s, [.char("/"), .tab])
        #expect(s.message?.english == "Tab does nothing here; F1 shows the keys")
    }

    /// The first rows of a pane of ten on screen: one screenful, with a screenful either side.
    func firstWindow(on day: Day, filter: String = "") -> PaneQuery {
        PaneQuery(day: day, filter: filter, page: PageRequest(offset: 0, limit: 30))
    }

    var sampleEntry: DocketEntry {
        DocketEntry(hearingId: 1, caseId: 1, time: TimeOfDay(hour: 9, minute: 0), courtroom: "Dept 1",
                    caseNumber: "26-7-00001-1", hearingType: "72-hour shelter care", hearingTypeShort: "Shelter 72h",
                    status: .scheduled, judicialOfficer: nil,
                    parents: [DocketParent(id: 7, name: "María Pérez", role: .mother, isFirstHearing: true, engagement: nil),
                              DocketParent(id: 8, name: "José Pérez", role: .father, isFirstHearing: true, engagement: nil)],
                    coveringAlly: nil)
    }
}
