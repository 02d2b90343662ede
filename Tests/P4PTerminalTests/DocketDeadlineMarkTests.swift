import Testing
@testable import P4PStore
@testable import P4PTerminal

/// The docket's mark after a hearing's time: a hearing still to come whose case's next court
/// deadline is near with no hearing set for it in time is marked at every width; a past day's
/// unrecorded hearing keeps its own mark.
@Suite struct DocketDeadlineMarkTests {
    func entry(atRisk: Bool, status: HearingStatus = .scheduled) -> DocketEntry {
        var entry = DocketEntry(hearingId: 1, caseId: 1, time: TimeOfDay(hour: 9, minute: 0), courtroom: "Dept 1",
                                caseNumber: "26-7-00001-1", hearingType: "Fact-finding", hearingTypeShort: "Fact-find",
                                status: status, judicialOfficer: nil,
                                parents: [DocketParent(id: 7, name: "María Pérez", role: .mother, isFirstHearing: false, engagement: nil)],
                                coveringAlly: nil)
        entry.nextDeadline = CaseDeadline(kind: .shelterCareReview, due: Day(iso: "2026-12-05")!)
        entry.deadlineAtRisk = atRisk
        return entry
    }

    @Test func aDeadlineAtRiskIsMarkedAndOtherwiseNothing() {
        #expect(PaneColumns.recordMark(entry(atRisk: true), pastDay: false).0 == PaneColumns.deadlineAtRiskMark)
        #expect(PaneColumns.recordMark(entry(atRisk: false), pastDay: false).0 == "")
        #expect(PaneColumns.recordMark(entry(atRisk: true), pastDay: true).0 == PaneColumns.notRecordedMark)
        #expect(PaneColumns.recordMark(entry(atRisk: true, status: .held), pastDay: false).0 == PaneColumns.heldMark)
    }

    @Test func theMarkShowsAtTheNarrowestDocket() {
        let layout = TableLayout(PaneColumns.docket(), width: 30)
        var canvas = Canvas(size: Size("30x1")!)
        layout.draw(entry(atRisk: true), on: &canvas, row: 0, column: 0, base: .normal)
        #expect(canvas.text.hasPrefix("09:00 " + PaneColumns.deadlineAtRiskMark + " María Pérez"), "\(canvas.text)")
    }
}
