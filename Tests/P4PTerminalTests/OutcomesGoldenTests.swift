import Foundation
import Testing
@testable import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The outcomes report on screen, on the demo program (the fixture's handful of parents would
/// hide every cell), signed in as a supervisor: goldens at 80x24 and 120x40 and in Spanish, and
/// every cell of the printed report on its row, hidden where the report hides it.
@Suite(.serialized) struct OutcomesGoldenTests {
    let fits = EveryScreenFitsTests()

    func canvas(_ keys: String, _ size: String, _ language: Language = .english) throws -> Canvas {
        let session = DeskSession(store: EveryScreenFitsTests.store, today: EveryScreenFitsTests.today, language: language)
        session.signedIn(as: try #require(try EveryScreenFitsTests.store.user(named: EveryScreenFitsTests.supervisor)))
        return Headless.run(session, size: Size(size)!, keys: try KeyScript.parse(keys))
    }

    @Test func at80x24() throws { try GoldenFiles.expect("outcomes-80x24", try canvas("R", "80x24")) }
    @Test func at120x40() throws { try GoldenFiles.expect("outcomes-120x40", try canvas("R", "120x40")) }
    /// Its end: days to permanency, re-entry (every cell hidden) and what the rates leave out.
    @Test func inSpanishAtItsEnd() throws { try GoldenFiles.expect("outcomes-end-80x24-es", try canvas("R End", "80x24", .spanish)) }
    /// A month back in one county: a small program, so nearly every cell is hidden.
    @Test func oneCountyAMonthBack() throws { try GoldenFiles.expect("outcomes-county-80x24", try canvas("R c [", "80x24")) }

    /// A row a group under each figure's heading, with the printed report's own cells: count
    /// of denominator, and the rate with its bar only where the report publishes the rate.
    @Test(arguments: [Language.english, .spanish])
    func everyRowShowsThePrintedReportsCells(_ language: Language) throws {
        let shot = try fits.screens("R", language)[0].state
        guard case .outcomes(let outcomes) = shot.screen, let report = outcomes.report else {
            Issue.record("the report arrived"); return
        }
        let lines = OutcomesView.lines(outcomes, language: language).map { $0.map(\.text).joined() }
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        var hidden = 0, shown = 0
        for section in report.document.sections {
            let heading = try #require(lines.firstIndex(of: say(section.title)), "\(say(section.title))")
            let first = heading + (section.title == OutcomesReport.Part.daysToPermanency.words ? 2 : 1)
            for (index, cells) in section.rows.enumerated() {
                let line = lines[first + index]
                let label = cells[0].plain(language)
                #expect(line.hasPrefix("  ") && line.contains(label), "\(label) on its row: \(line)")
                let figures = cells.dropFirst().map { $0.plain(language) }
                if figures.count == 1 {
                    // Group sizes, and what the rates leave out: the count alone.
                    #expect(line.contains(figures.last!), "\(line)")
                    continue
                }
                #expect(line.contains(say(Phrase("outcomes.screen.share", ["count": .text(figures[0]), "of": .text(figures[1])]))), "\(line)")
                let hasBar = line.contains(Bars.full) || line.contains(Bars.empty)
                if cells[1] == OutcomesReport.suppressed {
                    hidden += 1
                    #expect(!hasBar && !line.contains("%") && !line.contains(say(Phrase("outcomes.screen.days", ["days": .text("")])).trimmingCharacters(in: .whitespaces)),
                            "a hidden count has no rate, bar or median: \(line)")
                } else {
                    shown += 1
                    #expect(line.contains(figures[2].replacingOccurrences(of: "—", with: "")), "\(line)")
                    if case .rate = cells[3] { #expect(hasBar, "a published rate has its bar: \(line)") }
                }
            }
        }
        #expect(hidden > 0 && shown > 0, "the demo program has cells of both kinds")
    }
}
