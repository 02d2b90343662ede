import Testing
@testable import P4PController

@Suite struct KeyScriptTests {
    @Test func namedKeysAndText() throws {
        #expect(try KeyScript.parse("2 Down Enter") == [.char("2"), .down, .enter])
        #expect(try KeyScript.parse("F1 F10 F12 C-s C-X BTab Space") ==
                [.function(1), .function(10), .function(12), .control("s"), .control("x"), .backTab, .char(" ")])
        #expect(try KeyScript.parse("/ Núñez") == [.char("/"), .char("N"), .char("ú"), .char("ñ"), .char("e"), .char("z")])
        #expect(try KeyScript.parse("  ") == [])
    }

    /// Help and messages write Esc, PgUp, PgDn and S-Tab; scripts written with the long names
    /// keep working.
    @Test func theShownNamesAndTheLongOnesAreBothRead() throws {
        #expect(try KeyScript.parse("Esc Escape") == [.escape, .escape])
        #expect(try KeyScript.parse("PgUp PageUp PgDn PageDown") == [.pageUp, .pageUp, .pageDown, .pageDown])
        #expect(try KeyScript.parse("S-Tab BTab") == [.backTab, .backTab])
    }

    @Test func unknownKeyNamesAreRefusedWithTheirPosition() {
        #expect(throws: KeyParseError(token: "F13", position: 2)) { try KeyScript.parse("Down F13") }
        #expect(throws: KeyParseError(token: "C-1", position: 1)) { try KeyScript.parse("C-1") }
        #expect(throws: KeyParseError(token: "Return", position: 3)) { try KeyScript.parse("a b Return") }
        let message = KeyParseError(token: "Pgdn", position: 4).description
        #expect(message.contains("\"Pgdn\"") && message.contains("token 4"))
    }

    @Test func displayNamesRoundTrip() throws {
        var keys = Key.names.map(\.key) + (1...12).map { Key.function($0) } + "abz".map { Key.control($0) }
        keys += "q?[/1é".map { Key.char($0) }
        for key in keys {
            #expect(try KeyScript.parse(key.displayName) == [key], "\(key.displayName)")
        }
        #expect(Key.escape.displayName == "Esc" && Key.pageDown.displayName == "PgDn" && Key.backTab.displayName == "S-Tab")
        #expect(Key.control("s").displayName == "C-s")
    }
}
