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

    @Test func unknownKeyNamesAreRefusedWithTheirPosition() {
        #expect(throws: KeyParseError(token: "F13", position: 2)) { try KeyScript.parse("Down F13") }
        #expect(throws: KeyParseError(token: "C-1", position: 1)) { try KeyScript.parse("C-1") }
        #expect(throws: KeyParseError(token: "Esc", position: 3)) { try KeyScript.parse("a b Esc") }
        let message = KeyParseError(token: "Pgdn", position: 4).description
        #expect(message.contains("\"Pgdn\"") && message.contains("token 4"))
    }

    @Test func displayNamesRoundTrip() throws {
        for (name, key) in Key.names where name != "Space" && name != "Escape" && name != "BTab" && name != "PageUp" && name != "PageDown" {
            #expect(key.displayName == name)
        }
        #expect(Key.escape.displayName == "Esc")
        #expect(Key.control("s").displayName == "C-s")
    }
}
