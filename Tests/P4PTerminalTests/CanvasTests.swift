import Testing
@testable import P4PTerminal

@Suite struct TextWidthTests {
    @Test func wrapsWordsByColumnsAndKeepsALongWordWhole() {
        #expect(wrap("a bb ccc", to: 4) == ["a bb", "ccc"])
        #expect(wrap("Nguyễn Thị Hồng", to: 10) == ["Nguyễn Thị", "Hồng"])
        #expect(wrap("extraordinarily long", to: 5) == ["extraordinarily", "long"])
        #expect(wrap("", to: 5) == [""])
    }

    @Test func measuresColumnsNotCharacters() {
        #expect(TextWidth.of("María") == 5)
        #expect(TextWidth.of("Nguyễn Thị Hồng") == 15)
        #expect(TextWidth.of("e\u{301}") == 1, "e + combining acute is one column")
        #expect(TextWidth.of("王秀英") == 6)
        #expect(TextWidth.of("Ольга") == 5)
        #expect(TextWidth.of("👍🏽") == 4, "as ncurses draws it: the thumb and the skin tone, two columns each")
    }

    @Test func truncatesWithoutSplittingAWideCharacter() {
        #expect(TextWidth.truncate("王秀英", to: 4) == "王…")
        #expect(TextWidth.of(TextWidth.truncate("王秀英abc", to: 5)) <= 5)
        #expect(TextWidth.fit("Pérez", to: 7) == "Pérez  ")
        #expect(TextWidth.fit("12", to: 4, alignRight: true) == "  12")
    }
}

@Suite struct CanvasTests {
    @Test func escapeSequencesNeverReachTheScreen() {
        var c = Canvas(size: Size(columns: 30, rows: 1))
        c.put("Ana\u{1B}[2J\u{1B}]0;pwned\u{07}Ruiz", row: 0, column: 0)
        #expect(c.text == "Ana[2J]0;pwnedRuiz")
        #expect(!c.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
    }

    @Test func wideCharactersTakeTwoCellsAndStopAtTheEdge() {
        var c = Canvas(size: Size(columns: 5, rows: 1))
        let used = c.put("王秀英", row: 0, column: 0)
        #expect(used == 4)
        #expect(c.text == "王秀")
        #expect(c[0, 1].text == "")
        c.put("x", row: 0, column: 1)
        #expect(c.text == " x秀", "overwriting half a wide character blanks the other half")
    }

    @Test func sizeParsing() {
        #expect(Size("120x40") == Size(columns: 120, rows: 40))
        #expect(Size("80X24") == Size(columns: 80, rows: 24))
        #expect(Size("80") == nil)
        #expect(Size("0x10") == nil)
        #expect(Size("axb") == nil)
    }
}
