import Foundation
import Testing
@testable import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The morning page's two lists of the court's deadlines, with rows (the fixture has no case
/// near 15 of 22 months): every row whole inside an 80-column page, in English and Spanish.
@Suite struct MorningDeadlinesViewTests {
    static func lines(_ language: Language) -> [String] {
        var state = MorningRecordListsViewTests.state()
        let atRisk = MorningReview.CaseAtDeadline(caseId: 3, caseNumber: "26-7-00500-1", parentNames: ["Maria Brooks"],
                                                  deadline: CaseDeadline(kind: .factFinding, due: Day(iso: "2026-12-14")!))
        let near = MorningReview.CaseAtDeadline(caseId: 4, caseNumber: "25-7-00400-1", parentNames: ["Ben Ortiz"],
                                                deadline: CaseDeadline(kind: .termination, due: Day(iso: "2026-12-01")!))
        state.review?.deadlinesAtRisk = ListPage(total: 1, offset: 0, rows: [atRisk])
        state.review?.nearTermination = ListPage(total: 1, offset: 0, rows: [near])
        return MorningView.lines(state, masked: false, language: language, width: 76).map { $0.map(\.text).joined() }
    }

    @Test func inEnglish() throws {
        let lines = Self.lines(.english)
        let atRisk = try #require(lines.firstIndex { $0 == "Deadlines not scheduled in time (1)" }, "\(lines)")
        #expect(lines[atRisk + 1].hasPrefix("  26-7-00500-1") && lines[atRisk + 1].contains("Maria Brooks"))
        // On 80 columns the words go on the next line, under the case.
        #expect(lines[atRisk + 2] == "        Fact-finding due by 12/14, none scheduled", "\(lines[atRisk + 2])")
        let near = try #require(lines.firstIndex { $0 == "Near 15 of 22 months (1)" })
        #expect((lines[near + 1] + lines[near + 2]).hasSuffix("15 of 22 months in care on 12/01"), "\(lines[near + 2])")
        // Right after the cases missing dates, as the review's parts are ordered.
        let missing = try #require(lines.firstIndex { $0 == "Cases missing dates (1)" })
        #expect(missing < atRisk && atRisk < near)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 76 })
    }

    @Test func inSpanish() {
        let lines = Self.lines(.spanish)
        #expect(lines.contains("Plazos sin audiencia a tiempo (1)"), "\(lines)")
        #expect(lines.joined(separator: " ").contains("Determinación de hechos: vence el 14/12, sin fecha"))
        #expect(lines.joined(separator: " ").contains("15 de los últimos 22 meses bajo cuidado el 01/12"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 76 })
    }
}
