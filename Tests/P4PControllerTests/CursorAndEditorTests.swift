import Testing
@testable import P4PController

@Suite struct ListCursorTests {
    @Test func movesAndScrollsWithinTheList() {
        var c = ListCursor()
        c.setTotal(50, visible: 10)
        c.move(by: 12, visible: 10)
        #expect(c.selected == 12 && c.top == 3)
        c.move(by: -100, visible: 10)
        #expect(c.selected == 0 && c.top == 0)
        c.moveTo(1000, visible: 10)
        #expect(c.selected == 49 && c.top == 40)
        #expect(c.visibleRange(10) == 40..<50)
    }

    @Test func shrinkingTheListKeepsTheCursorInside() {
        var c = ListCursor()
        c.setTotal(30, visible: 10)
        c.moveTo(29, visible: 10)
        c.setTotal(5, visible: 10)
        #expect(c.selected == 4 && c.top == 0)
        c.setTotal(0, visible: 10)
        #expect(c.selected == 0 && c.visibleRange(10).isEmpty)
    }
}

@Suite struct LineEditorTests {
    @Test func editsWholeCharacters() {
        var e = LineEditor("Nguyễn")
        let handled = e.handle(.backspace)
        #expect(handled)
        #expect(e.text == "Nguyễ")
        _ = e.handle(.home)
        _ = e.handle(.char("X"))
        #expect(e.text == "XNguyễ")
        _ = e.handle(.end)
        _ = e.handle(.char("n"))
        #expect(e.text == "XNguyễn" && e.cursor == 7)
        _ = e.handle(.control("u"))
        #expect(e.text == "")
    }

    @Test func refusesControlCharactersAndStopsAtTheLimit() {
        var e = LineEditor(limit: 3)
        _ = e.handle(.char("\u{1B}"))
        _ = e.handle(.char("a"))
        _ = e.handle(.char("\u{7}"))
        #expect(e.text == "a")
        for ch in "bcdef" { _ = e.handle(.char(ch)) }
        #expect(e.text == "abc")
        let enterHandled = e.handle(.enter)
        #expect(!enterHandled, "Enter is not an editing key")
    }
}
