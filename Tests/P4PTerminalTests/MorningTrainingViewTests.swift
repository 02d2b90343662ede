import Foundation
import Testing
@testable import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The morning page's part for allies below their required training hours: after the
/// caseloads, each row whole in 80 columns, in English and Spanish; left out when no hours
/// are required.
@Suite struct MorningTrainingViewTests {
    static let today = Day(iso: "2026-11-23")!

    static func state(training: ListPage<AllyTrainingShort>?) -> MorningState {
        func month(_ period: ReportPeriod) -> MorningReview.MonthFigures {
            MorningReview.MonthFigures(period: period, reachedAtFirstHearing: Ratio(0, of: 0), dependency101: Ratio(0, of: 0),
                                       contactsReached: Ratio(0, of: 0))
        }
        var state = MorningState()
        state.review = MorningReview(
            today: today, uncoveredHearings: .empty, firstHearings: .empty, longestWaiting: .empty,
            pastHearingsNotRecorded: .empty, casesMissingDates: .empty, overdueByAlly: .empty, overdueTotal: 0,
            caseloads: .empty, alliesAtLimit: 0, trainingShort: training,
            thisMonth: month(.monthToDate(today)), lastMonth: month(.monthBefore(today)))
        return state
    }

    static let short = ListPage(total: 3, offset: 0, rows: [
        AllyTrainingShort(ally: NamedRef(id: 1, name: "Kim Ortiz"), hours: 0, required: 12),
        AllyTrainingShort(ally: NamedRef(id: 2, name: "Bao Tran"), hours: 4.5, required: 12),
    ])

    static func lines(_ training: ListPage<AllyTrainingShort>?, _ language: Language) -> [String] {
        MorningView.lines(state(training: training), masked: false, language: language, width: 76).map { $0.map(\.text).joined() }
    }

    @Test func listedAfterTheCaseloadsInEnglishAndSpanish() {
        let english = Self.lines(Self.short, .english)
        let heading = english.firstIndex { $0 == "Allies below the required training hours this year (first 2 of 3)" }
        let caseloads = english.firstIndex { $0.hasPrefix("Caseload against limit") }
        #expect(heading != nil && caseloads != nil && caseloads! < heading!, "\(english)")
        #expect(english.contains { $0.hasPrefix("  Kim Ortiz") && $0.hasSuffix("0 of 12 hours") })
        #expect(english.contains { $0.hasPrefix("  Bao Tran") && $0.hasSuffix("4.5 of 12 hours") })
        let spanish = Self.lines(Self.short, .spanish)
        #expect(spanish.contains { $0.hasPrefix("Aliados bajo las horas de formación requeridas del año") })
        #expect(spanish.contains { $0.hasSuffix("4.5 de 12 horas") })
        #expect((english + spanish).allSatisfy { TextWidth.of($0) <= 76 }, "\((english + spanish).filter { TextWidth.of($0) > 76 })")
    }

    @Test func leftOutWhenNoHoursAreRequired() {
        #expect(!Self.lines(nil, .english).contains { $0.contains("training") })
        #expect(Self.lines(.empty, .english).contains("  Every active Parent Ally has the hours required"))
    }
}
