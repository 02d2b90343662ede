import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The morning review in the dashboard: `M`, defined once in the action table, opens it for a
/// supervisor; an ally is told why not; Esc returns.
@Suite struct MorningScreenTests {
    let today = Day(iso: "2026-11-23")!

    @Test func theKeyIsInTheTableTheBarAndNowhereElse() {
        #expect(ActionTable.action(for: .char("M"), in: .dashboard) == .morningReview)
        #expect(ActionTable.bar(in: [.dashboard], role: .supervisor).items.contains { $0.label == ActionTable.action(.morningReview).label })
        #expect(ActionTable.action(for: .escape, in: .morning) == .back)
        #expect(ActionTable.action(for: .pageDown, in: .morning) == .pageDown)
        #expect(ActionTable.action(for: .char("M"), in: .morning) == nil)
    }

    @Test func aSupervisorSeesTheReviewScrollsItAndGoesBack() throws {
        let (session, store, _) = try sessionWithUsers(today: today, [("Dana Brooks", .supervisor, "246810")])
        try pressKeys(session, "Dana Enter 246810 Enter M")
        guard case .morning(let morning) = session.state.screen, let review = morning.review else {
            Issue.record("the morning review opens: \(session.state.message?.english ?? "")"); return
        }
        #expect(session.state.context == .morning)
        // The same model the store gives the command line.
        let direct = try store.morningReview(today: today)
        #expect(review.today == today && review.uncoveredHearings.rows == direct.uncoveredHearings.rows)
        #expect(review.caseloads.rows == direct.caseloads.rows && review.thisMonth == direct.thisMonth)

        session.setPageLength(60)
        try pressKeys(session, "PageDown")
        guard case .morning(let scrolled) = session.state.screen else { Issue.record("still on the review"); return }
        #expect(scrolled.scroll.selected > 0)

        try pressKeys(session, "Escape")
        if case .morning = session.state.screen { Issue.record("Esc returns to the dashboard") }
        session.finishWrites()
        let log = try store.auditLog(AuditFilter(user: "Dana Brooks"), page: PageRequest(offset: 0, limit: 10))
        #expect(log.rows.contains { $0.action == "morning review opened" })
    }

    @Test func anAllyIsToldTheyCannot() throws {
        let (session, _, _) = try sessionWithUsers(today: today, [("Rosa Delgado", .ally, "135790")])
        try pressKeys(session, "Rosa Enter 135790 Enter M")
        if case .morning = session.state.screen { Issue.record("an ally stays on the dashboard") }
        #expect(session.state.message?.english == "Only a supervisor reads the reports")
    }
}
