import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The screens as text and attributes, compared with files under Golden/ (`GoldenFiles`).
@Suite struct GoldenScreenTests {
    func canvas(_ size: String, keys: String = "", language: Language = .english) throws -> Canvas {
        let session = DeskSession(store: try Fixture.makeStore(), today: Fixture.today, language: language)
        return Headless.run(session, size: Size(size)!, keys: try KeyScript.parse(keys))
    }

    func screen(_ size: String, keys: String = "", language: Language = .english) throws -> String {
        try canvas(size, keys: keys, language: language).text
    }

    @Test func secondParentOnTheHearing() throws { try expectGolden("detail-second-parent-80x24", try canvas("80x24", keys: "Enter Right")) }
    @Test func filteringTheUnassignedPane() throws { try expectGolden("filter-80x24", try canvas("80x24", keys: "2 / josé")) }
    @Test func outcomeForm() throws { try expectGolden("form-outcome-100x30", try canvas("100x30", keys: "o")) }
    @Test func assignForm() throws { try expectGolden("form-assign-100x30", try canvas("100x30", keys: "2 a")) }
    @Test func contactForm() throws { try expectGolden("form-contact-100x30", try canvas("100x30", keys: "3 c")) }
    @Test func refusedSnooze() throws { try expectGolden("form-snooze-refused-80x24", try canvas("80x24", keys: "3 s C-s")) }
    @Test func chooserForm() throws { try expectGolden("form-add-80x24", try canvas("80x24", keys: "n")) }
    @Test func newCaseForm() throws { try expectGolden("form-new-case-100x30", try canvas("100x30", keys: "2 n Enter")) }
    @Test func newHearingWithACaution() throws {
        try expectGolden("form-new-hearing-caution-100x30", try canvas("100x30", keys: "n Enter Tab 7:30p"))
    }
    @Test func editParentForm() throws { try expectGolden("form-edit-parent-80x24", try canvas("80x24", keys: "2 e")) }
    @Test func newClassForm() throws {
        try expectGolden("form-new-class-100x30", try canvas("100x30", keys: "2 n Right Enter Tab Tab Tab Tab"))
    }
    @Test func signInShowsNoData() throws {
        // Its golden is one of ScreenGoldenTests'.
        let text = try ScreenGoldenTests.Screen.signIn.canvas(Size("80x24")!, language: .english).text
        #expect(!text.contains("Núñez") && !text.contains("1234") && text.contains("••••"))
    }
    @Test func theStatusLineNamesWhoIsSignedIn() throws {
        let store = try Fixture.makeStore()
        try store.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
        let text = Headless.run(DeskSession(store: store, today: Fixture.today), size: Size("100x24")!,
                                keys: try KeyScript.parse("Dana Enter 246810 Enter 1")).text
        let status = text.split(separator: "\n")[22]
        #expect(status.hasSuffix("│ Dana Brooks"), "\(status)")
    }
    @Test func tooSmall() throws { try expectGolden("too-small-50x10", try canvas("50x10")) }

    @Test func panesShowTheirCountsAndMarks() throws {
        let text = try screen("200x40")
        #expect(text.contains("Docket (4)"))
        #expect(text.contains("Unassigned (3)"))
        #expect(text.contains("Overdue (3)"), "two overdue and one due today; the one done late is not listed")
        #expect(text.contains("*María José Núñez & *José Pérez"))
        #expect(text.contains("none"))
        #expect(text.contains("continued"), "the continued hearing says so")
        #expect(text.contains("26-7-01001-1"), "wide screens show the case number")
        #expect(!text.contains("\u{1B}"))
    }

    @Test func aWideDocketShowsEachCasesNextDeadlineWithoutSqueezingNames() throws {
        let text = try screen("260x40")
        #expect(text.contains("Due"))
        // 26-7-01001-1 was removed Fri 20 Nov: 3 court days on (Mon, Tue, Wed) is 25 Nov, and today's
        // 72-hour hearing is set before it.
        #expect(text.contains("Shelter 11/25"))
        #expect(text.contains("*María José Núñez & *José Pérez"), "the names keep their room")
        #expect(!(try screen("200x40")).contains("Shelter 11/25"), "narrower, the names come first")
    }

    @Test func nextDayShowsTomorrowsDocket() throws {
        let text = try screen("200x40", keys: "]")
        #expect(text.contains("Docket (1)"))
        #expect(text.contains("Hodan Abdi Warsame"))
    }

    /// The day after the fixture's: its docket, gone back to with `[`, is a past day. The hearings
    /// still "scheduled" are marked as nobody recorded them; the continued one keeps its mark.
    @Test func aPastDaysUnrecordedHearingsAreMarked() throws {
        let session = DeskSession(store: try Fixture.makeStore(), today: Fixture.today.adding(days: 1))
        let canvas = Headless.run(session, size: Size("80x24")!, keys: try KeyScript.parse("["))
        try expectGolden("docket-past-day-80x24", canvas)
        let rows = canvas.text.split(separator: "\n").dropFirst(2).prefix(4).map { String($0.dropFirst(2).prefix(8)) }
        #expect(rows == [">09:00 ?", " 09:30 ?", " 10:00 →", " 13:30 ?"], "\(rows)")
    }

    func expectGolden(_ name: String, _ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFiles.expect(name, canvas, sourceLocation: sourceLocation)
    }
}
