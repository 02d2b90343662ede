import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The key bar and help as drawn: they follow the focus, the role, the place (a form, the
/// sign-in) and the language.
@Suite struct KeyBarGoldenTests {
    func screen(_ size: String, as name: String? = nil, role: UserRole = .supervisor, language: Language = .english,
                keys: String = "") throws -> String { try canvas(size, as: name, role: role, language: language, keys: keys).text }

    func canvas(_ size: String, as name: String? = nil, role: UserRole = .supervisor, language: Language = .english,
                keys: String = "") throws -> Canvas {
        let store = try Fixture.makeStore()
        let session = DeskSession(store: store, today: Fixture.today, language: language)
        if let name {
            try store.addUser(name: name, role: role, secret: "246810", parameters: .fastForTests)
            session.signedIn(as: try #require(try store.users().first { $0.name == name }))
        }
        return Headless.run(session, size: Size(size)!, keys: try KeyScript.parse(keys))
    }

    func keyBar(_ screen: String) -> String { String(screen.split(separator: "\n").last ?? "") }

    /// An ally on Overdue: contact and snooze first; no audit log, import, morning review or
    /// edit, which their role may never do; help always there.
    @Test func anAllysBarOnOverdue() throws {
        let shown = try canvas("80x24", as: "Ana Ruiz", role: .ally, keys: "3")
        try GoldenScreenTests().expectGolden("keybar-ally-overdue-80x24", shown)
        let text = shown.text
        let bar = keyBar(text)
        #expect(bar.hasPrefix("c Contact  s Snooze") && bar.hasSuffix("q Quit  ? Help"), "\(bar)")
        #expect(!bar.contains("e Edit") && !bar.contains("L Audit") && !bar.contains("M Morning") && !bar.contains("I Import"))
    }

    @Test func theBarFollowsTheFocusAndKeepsHelpAt80Columns() throws {
        #expect(keyBar(try screen("80x24", keys: "1")).hasPrefix("o Outcome"))
        #expect(keyBar(try screen("80x24", keys: "2")).hasPrefix("a Assign"))
        #expect(keyBar(try screen("80x24", keys: "3")).hasPrefix("c Contact  s Snooze"))
        let detail = keyBar(try screen("80x24", keys: "Enter"))
        #expect(detail.hasPrefix("c Contact") && detail.hasSuffix("Esc Back  ? Help"), "\(detail)")
        #expect(keyBar(try screen("80x24", language: .spanish, keys: "3")).hasSuffix("q Salir  ? Ayuda"))
    }

    /// Help over a form starts with the keys of the field in focus, then the form's.
    @Test func helpOverAForm() throws {
        let shown = try canvas("80x24", keys: "3 c F1")
        try GoldenScreenTests().expectGolden("help-over-form-80x24", shown)
        let text = shown.text
        let lines = text.split(separator: "\n")
        #expect(lines[1].contains("Notes"), "the contact form opens on its note: \(lines[1])")
        #expect(!text.contains("Contact with"), "the form is under the help, not over it")
        let back = try screen("80x24", keys: "3 c F1 q")
        #expect(back.contains("Contact with") && keyBar(back).hasSuffix("Esc Cancel  F1 Help"))
    }
}
