import Testing
@testable import P4PStore
@testable import P4PController

/// Keys in, state and effects out: no terminal, no database.
@Suite struct UpdateTests {
    let today = Day(iso: "2026-11-23")!
    func fresh() -> AppState { AppState(today: today, databaseName: "test.sqlite") }

    @Test func paneKeysMoveTheFocus() {
        var s = fresh()
        _ = update(&s, .char("3")); #expect(s.focus == .overdue)
        _ = update(&s, .tab); #expect(s.focus == .docket)
        _ = update(&s, .backTab); #expect(s.focus == .overdue)
        _ = update(&s, .char("2")); #expect(s.focus == .unassigned)
    }

    @Test func dayKeysMoveTheDocketAndReloadIt() {
        var s = fresh()
        s.focus = .overdue
        #expect(update(&s, .char("]")) == [.load(.docket)])
        #expect(s.docketDay == Day(iso: "2026-11-24")! && s.focus == .docket)
        _ = update(&s, .char("[")); _ = update(&s, .char("["))
        #expect(s.docketDay == Day(iso: "2026-11-22")!)
        #expect(update(&s, .char("t")) == [.load(.docket)])
        #expect(s.docketDay == today)
    }

    @Test func movingPastTheFetchedWindowAsksForRows() {
        var s = fresh()
        s.paneRows = 5
        s.docket.page = ListPage(total: 100, offset: 0, rows: Array(repeating: sampleEntry, count: 15))
        s.docket.cursor.setTotal(100, visible: 5)
        #expect(update(&s, .down) == [], "row 1 is already fetched")
        #expect(update(&s, .end) == [.load(.docket)])
        #expect(s.docket.cursor.selected == 99)
    }

    @Test func filterTypesIntoTheFocusedPaneAndEscClearsIt() {
        var s = fresh()
        _ = update(&s, .char("2"))
        _ = update(&s, .char("/"))
        #expect(s.context == .filtering)
        #expect(update(&s, .char("q")) == [.load(.unassigned)], "q is typed, not quit")
        #expect(!s.isQuitting)
        _ = update(&s, .char("é"))
        #expect(s.unassigned.filter == "qé")
        _ = update(&s, .enter)
        #expect(s.context == .dashboard && s.unassigned.filter == "qé")
        _ = update(&s, .char("/"))
        #expect(update(&s, .escape) == [.load(.unassigned)])
        #expect(s.unassigned.filter == "" && s.context == .dashboard)
    }

    @Test func enterOpensTheSelectedHearingsParentsAndEscReturns() {
        var s = fresh()
        s.docket.page = ListPage(total: 1, offset: 0, rows: [sampleEntry])
        s.docket.cursor.setTotal(1, visible: 10)
        #expect(update(&s, .enter) == [.loadDetail])
        guard case .detail(let detail) = s.screen else { Issue.record("not on detail"); return }
        #expect(detail.parentIds == [7, 8])
        #expect(update(&s, .right) == [.loadDetail])
        guard case .detail(let next) = s.screen else { return }
        #expect(next.parentId == 8)
        _ = update(&s, .escape)
        #expect(s.context == .dashboard)
    }

    @Test func enterOnAnEmptyPaneSaysSo() {
        var s = fresh()
        #expect(update(&s, .enter) == [])
        #expect(s.message == "Nothing selected to open")
    }

    @Test func helpOpensOverAnyScreenAndClosesWithEsc() {
        var s = fresh()
        _ = update(&s, .function(1))
        #expect(s.context == .help)
        _ = update(&s, .escape)
        #expect(s.context == .dashboard)
        _ = update(&s, .char("?"))
        _ = update(&s, .char("q"))
        #expect(s.isQuitting)
    }

    @Test func anUnboundKeySaysWhatToDo() {
        var s = fresh()
        _ = update(&s, .char("z"))
        #expect(s.message == "z does nothing here; ? shows the keys")
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
