import Foundation
import Testing
@testable import P4PStore

/// What the supervisors' outcomes screen reads besides the report itself: the counties cases
/// are in, for its county key; both refused to an ally, as every report is.
@Suite struct OutcomesScreenReadTests {
    @Test(arguments: TestEngine.all)
    func theCountiesCasesAreInByName(_ engine: TestEngine) throws {
        let world = try OutcomesReportTests.World(engine)
        #expect(try world.store.reportCounties() == ["King", "Pierce"])
        // Each is a county the report can be narrowed to, and together they are all of it.
        let half = OutcomesReportTests.half, today = OutcomesReportTests.today
        let all = try world.store.outcomesReport(half, county: nil, today: today)
        let byCounty = try world.store.reportCounties().map { try world.store.outcomesReport(half, county: $0, today: today) }
        for group in OutcomeGroup.allCases.indices {
            #expect(byCounty.map { $0.groups[group].parents }.reduce(0, +) == all.groups[group].parents)
        }
    }

    @Test(arguments: TestEngine.all)
    func anAllyIsRefusedTheReportAndItsCounties(_ engine: TestEngine) throws {
        let world = try OutcomesReportTests.World(engine)
        try world.store.addUser(name: "Rosa Delgado", role: .ally, secret: "135790", parameters: .fastForTests)
        let ally = try world.store.actingStore(as: try #require(try world.store.user(named: "Rosa Delgado")))
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorReports")) { try ally.reportCounties() }
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorReports")) {
            try ally.outcomesReport(OutcomesReportTests.half, county: nil, today: OutcomesReportTests.today)
        }
    }
}
