import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// A page's reading line, where the screen reader's cursor rests: the top line shown, until the
/// page's end is in view; then Down walks on to the last line, so every line can be read there.
@Suite struct ReadingLineTests {
    /// A detail page of 30 lines, 10 shown at once.
    func page() -> AppState {
        var state = AppState(today: Sample.today, databaseName: "test.sqlite")
        state.screen = .detail(DetailState(parentIds: [7]))
        send(&state, .viewport(paneRows: 10, pageLines: 10))
        send(&state, .pageLength(30))
        return state
    }

    func reading(_ state: AppState) -> Int { state.screen.pageScroll?.selected ?? -1 }

    @Test func downScrollsThenWalksToTheLastLine() {
        var state = page()
        press(&state, Array(repeating: .down, count: 20))
        #expect(reading(state) == 20, "the page scrolled: the top line is read")
        press(&state, Array(repeating: .down, count: 12))
        #expect(reading(state) == 29, "past the last top line the reading line walks on, and stops at the last line")
        press(&state, .up)
        #expect(reading(state) == 28, "Up walks it back one line")
    }

    @Test func endReadsTheLastLineAndPageUpTurnsAWholeScreen() {
        var state = page()
        press(&state, .end)
        #expect(reading(state) == 29)
        press(&state, .pageUp)
        // From the top line shown (20), a screen less one line of overlap.
        #expect(reading(state) == 11, "PageUp scrolls from the top line shown, not from the reading line")
        press(&state, .home)
        #expect(reading(state) == 0)
    }

    @Test func helpReadsTheSameWay() {
        var state = page()
        state.screen = .dashboard
        press(&state, .function(1))
        send(&state, .pageLength(30))
        press(&state, .end)
        #expect(state.help?.selected == 29)
    }
}
