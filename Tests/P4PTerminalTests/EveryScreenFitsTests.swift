import Foundation
import Testing
@testable import P4PController
import P4PDemo
@testable import P4PStore
@testable import P4PTerminal

/// Every screen at 80x24, in English and in Spanish, on the demo program (its names, counts and
/// months, not a handful of rows): no heading, title or figure is cut. A name may end in "…" in a
/// narrow column; a count, a rate, a column's heading or a page's line may not.
@Suite(.serialized) struct EveryScreenFitsTests {
    static let today = Day(iso: "2026-11-23")!
    static let size = Size(columns: 80, rows: 24)
    static let supervisor = "Dana Brooks"

    /// One demo program for every screen here; what the screens write (who opened what) does
    /// not change what they show.
    static let store: SQLiteStore = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-fits-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try! SQLiteStore.create(at: dir.appendingPathComponent("demo.sqlite").path)
        try! store.fillWithDemoData(DemoOptions(scale: .small, seed: 1, today: today, withUsers: true))
        return store
    }()

    /// The keys that bring up each screen, signed in as a supervisor (who may see them all).
    static let screens: [String] = [
        "", "2", "3", "] ]",                                     // the panes, and an empty docket
        "Enter", "M", "?", "L Enter Enter", "R", "R c [",        // pages
        "o", "o Right", "2 a", "3 c", "3 c BTab BTab", "3 s C-s", "n", "n Enter", "n Right Right Enter",
        "2 n Enter", "e", "2 e", "D", "L", "I",                  // forms
        "I \(importFile) Enter C-s",                             // an import's check
    ]

    static var importFile: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/sample-court-calendar.csv").path
    }

    /// The screen after `keys`, then each further screenful of a page (PageDown to its end).
    func screens(_ keys: String, _ language: Language, signedIn: Bool = true,
                 kiosk: Bool = false) throws -> [(canvas: Canvas, state: AppState)] {
        let store = Self.store
        let session = DeskSession(store: store, today: Self.today, language: language)
        if kiosk { session.enterKiosk(idleMinutes: 600) }
        if signedIn, let dana = try store.user(named: Self.supervisor) { session.signedIn(as: dana) }
        var shots = [(Headless.run(session, size: Self.size, keys: try KeyScript.parse(keys)), session.state)]
        while let scroll = session.state.help ?? session.state.screen.pageScroll, scroll.selected < session.state.pageLength - 1 {
            session.handle(.pageDown)
            session.settle()
            session.setPageLength(pageLength(session.state, size: Self.size))
            shots.append((render(session.state, size: Self.size), session.state))
        }
        return shots
    }

    /// What is cut on a screen: "…" in a heading or a title, or right after a digit or a percent.
    func cuts(_ canvas: Canvas) -> [String] {
        var found: [String] = []
        for row in 0..<canvas.size.rows {
            var run = "", runStyle = Style.normal
            func close() {
                if run.contains("…") && [.header, .title, .focusedTitle].contains(runStyle) { found.append("row \(row): \(run)") }
                run = ""
            }
            for column in 0..<canvas.size.columns {
                let cell = canvas[row, column]
                if cell.style != runStyle { close(); runStyle = cell.style }
                run += cell.text
            }
            close()
            let line = canvas.line(row)
            if line.range(of: #"[0-9%]…"#, options: .regularExpression) != nil { found.append("row \(row): a figure cut: \(line)") }
        }
        return found
    }

    @Test(arguments: [Language.english, .spanish])
    func noScreenCutsAHeadingATitleOrAFigure(_ language: Language) throws {
        var checked = 0
        for keys in Self.screens {
            for (canvas, state) in try screens(keys, language) {
                checked += 1
                #expect(cuts(canvas).isEmpty, "\(keys) in \(language):\n\(cuts(canvas).joined(separator: "\n"))\n\(canvas.text)")
                if let page = PageView(state, size: Self.size) {
                    let tooWide = page.lines.filter { width(of: $0) > Self.size.columns - 4 }
                    #expect(tooWide.isEmpty, "\(keys) in \(language): lines wider than the page: \(tooWide.map { $0.map(\.text).joined() })")
                }
                if let form = state.form?.state {
                    let labels = FormView.labelWidth(form, width: min(Self.size.columns - 4, 96) - 4)
                    for field in form.fields {
                        #expect(TextWidth.of(field.label.text(language)) + 1 <= labels, "\(keys) in \(language): \(field.label.text(language))")
                    }
                }
            }
        }
        #expect(checked > Self.screens.count, "pages were turned")
    }

    @Test(arguments: [Language.english, .spanish])
    func theSignInTheLockAndTheKioskFitToo(_ language: Language) throws {
        for (keys, kiosk) in [("", false), ("Da", false), ("Dana Enter 1", false), ("q", true)] {
            for (canvas, _) in try screens(keys, language, signedIn: kiosk, kiosk: kiosk) {
                #expect(cuts(canvas).isEmpty, "\(keys) in \(language): \(cuts(canvas))")
            }
        }
    }

    /// The pane's headings show whole, every one the width lets in: a Spanish heading is longer,
    /// and its column widens for it.
    @Test(arguments: [Language.english, .spanish])
    func everyPaneHeadingShowsWhole(_ language: Language) throws {
        let (canvas, _) = try screens("", language)[0]
        let headings = canvas.line(1)
        for key in ["paneColumn.time", "paneColumn.parents", "paneColumn.ally", "paneColumn.parent", "paneColumn.next",
                    "paneColumn.late"] as [W] {
            #expect(headings.contains(Catalogue.text(key, in: language)), "\(key) in \(headings)")
        }
        for pane in PaneID.allCases {
            #expect(canvas.line(0).contains(Catalogue.text(pane.title, in: language) + " ("), "\(pane)'s name and count")
        }
    }

    /// Every figure of the morning review is on one of its pages, whole: the summary's counts,
    /// each ally's overdue and caseload, both months' rates with what they rest on.
    @Test(arguments: [Language.english, .spanish])
    func theMorningReviewShowsEveryFigure(_ language: Language) throws {
        let shots = try screens("M", language)
        guard case .morning(let morning) = shots[0].state.screen, let review = morning.review else {
            Issue.record("the review arrived")
            return
        }
        let text = shots.map(\.canvas.text).joined(separator: "\n")
        let of = language == .english ? "of" : "de"
        for figure in MorningReview.monthFigures {
            for ratio in [review.thisMonth.ratio(figure), review.lastMonth.ratio(figure)] where ratio.of > 0 {
                #expect(text.contains("% (\(ratio.count) \(of) \(ratio.of))"), "\(figure): \(ratio)")
            }
        }
        for caseload in review.caseloads.rows { #expect(text.contains("\(caseload.openParents)/\(caseload.limit)")) }
        for ally in review.overdueByAlly.rows {
            #expect(text.contains(" \(ally.overdue) ") && text.contains(ally.oldestDue.text(.numeric, in: language)))
        }
        let firstHearing = Catalogue.text("morning.firstHearing", in: language)
        #expect(review.uncoveredHearings.rows.contains { $0.isFirstHearing } == text.contains(firstHearing),
                "\"\(firstHearing)\" shows whole where a first hearing has no Parent Ally")
        #expect(text.contains(Day(iso: "2026-10-01")!.text(.month, in: language)), "last month's name")
    }

    /// A pane with nothing in it says why in full: the words wrap in its empty rows.
    @Test(arguments: [Language.english, .spanish])
    func anEmptyPaneSaysWhyInFull(_ language: Language) {
        var state = AppState(today: Self.today, databaseName: "desk.sqlite")
        state.language = language
        state.docket.loaded = true
        state.unassigned.loaded = true
        state.overdue.loaded = true
        let canvas = render(state, size: Self.size)
        let keys: [W] = ["pane.docketEmpty", "pane.unassignedEmpty", "pane.overdueEmpty"]
        for (frame, key) in zip(Layout(Self.size).paneFrames(), keys) {
            // The pane's own columns, row after row.
            let inside = (2..<6).map { row in (frame.column + 1 ..< frame.column + frame.width - 1).map { canvas[row, $0].text }.joined() }
            let words = inside.joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(words == Catalogue.text(key, in: language), "\(key) in \(language):\n\(canvas.text)")
        }
    }
}
