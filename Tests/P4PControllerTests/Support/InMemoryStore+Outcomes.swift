@testable import P4PController
@testable import P4PStore

/// The outcomes report kept in memory: the figures are the test's, not counted from records
/// (the SQLite store's counting has its own tests); what the screen asked for is kept.
struct OutcomesFigures {
    /// Each county's groups (nil: every county), for any period.
    var groups: [String?: [OutcomeGroupFigures]] = [:]
    var counties: [String] = []
    /// Every report asked for, in order.
    var asked: [OutcomesQuery] = []
}

extension InMemoryStore {
    func putOutcomes(_ groups: [OutcomeGroupFigures], county: String? = nil) {
        withRecords { $0.outcomes.groups[county] = groups }
    }

    func putCounties(_ counties: [String]) { withRecords { $0.outcomes.counties = counties } }

    var outcomesAsked: [OutcomesQuery] { withRecords { $0.outcomes.asked } }

    func outcomesReport(_ period: ReportPeriod, county: String?, today: Day) throws -> OutcomesReport {
        withRecords { r in
            r.outcomes.asked.append(OutcomesQuery(period: period, county: county, today: today))
            return OutcomesReport(period: period, county: county, groups: r.outcomes.groups[county] ?? [],
                                  unrecordedHearings: 0, childrenWithoutRemoval: 0)
        }
    }

    func reportCounties() throws -> [String] { withRecords { $0.outcomes.counties } }
}
