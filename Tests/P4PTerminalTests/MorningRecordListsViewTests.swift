import Foundation
import Testing
@testable import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The morning page's two lists that make the record complete, with rows (the fixture has
/// none): every row whole inside an 80-column page, in English and Spanish.
@Suite struct MorningRecordListsViewTests {
    static let today = Day(iso: "2026-11-23")!

    static func state() -> MorningState {
        let month = MorningReview.MonthFigures(period: .monthToDate(today), reachedAtFirstHearing: Ratio(0, of: 0),
                                               dependency101: Ratio(0, of: 0), contactsReached: Ratio(0, of: 0))
        let unrecorded = MorningReview.UnrecordedHearing(
            hearingId: 1, date: Day(iso: "2026-11-20")!, time: TimeOfDay(hhmm: "09:00"), courtroom: "Dept 2",
            caseNumber: "26-7-01001-1", hearingType: "hearingTypeShort.shelter-72",
            parentNames: ["María José Núñez", "José Pérez"], coveringAlly: nil)
        let missing = MorningReview.CaseMissingDates(caseId: 2, caseNumber: "26-7-01002-9", county: "King", removalDate: nil,
                                                     petitionDate: nil, parentNames: ["Evil Smith"])
        var state = MorningState()
        state.review = MorningReview(
            today: today, uncoveredHearings: .empty, firstHearings: .empty, longestWaiting: .empty,
            pastHearingsNotRecorded: ListPage(total: 31, offset: 0, rows: [unrecorded]),
            casesMissingDates: ListPage(total: 1, offset: 0, rows: [missing]),
            overdueByAlly: .empty, overdueTotal: 0, caseloads: .empty, alliesAtLimit: 0,
            thisMonth: month, lastMonth: MorningReview.MonthFigures(period: .monthBefore(today), reachedAtFirstHearing: Ratio(0, of: 0),
                                                                    dependency101: Ratio(0, of: 0), contactsReached: Ratio(0, of: 0)))
        return state
    }

    static func lines(_ language: Language) -> [String] {
        MorningView.lines(state(), masked: false, language: language, width: 76).map { $0.map(\.text).joined() }
    }

    @Test func inEnglish() {
        let lines = Self.lines(.english)
        let unrecorded = lines.firstIndex { $0 == "Past hearings not recorded (first 1 of 31)" }
        #expect(unrecorded != nil, "\(lines)")
        if let at = unrecorded {
            #expect(lines[at + 1].hasPrefix("  11/20 09:00 Dept 2") && lines[at + 1].contains("26-7-01001-1"), "\(lines[at + 1])")
            #expect((lines[at + 1] + lines[at + 2]).contains("María José Núñez & José Pérez"))
        }
        let missing = lines.firstIndex { $0 == "Cases missing dates (1)" }
        #expect(missing != nil)
        if let at = missing {
            #expect(lines[at + 1].hasPrefix("  26-7-01002-9") && lines[at + 1].contains("Evil Smith"))
            #expect(lines[at + 1].hasSuffix("no removal date, petition date"), "\(lines[at + 1])")
        }
        #expect(lines.contains { $0.hasPrefix("  Past hearings not recorded") && $0.hasSuffix("31") })
        #expect(lines.allSatisfy { TextWidth.of($0) <= 76 })
    }

    @Test func inSpanish() {
        let lines = Self.lines(.spanish)
        #expect(lines.contains("Audiencias pasadas sin registrar (primeros 1 de 31)"), "\(lines)")
        #expect(lines.contains("Casos sin fechas (1)"))
        #expect(lines.joined(separator: " ").contains("falta: fecha de separación, fecha de petición"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 76 })
    }
}
