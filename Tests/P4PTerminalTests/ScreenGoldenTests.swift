import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// Every kind of screen at 80x24 and 120x40, in English and in Spanish (the session's language,
/// as a user's setting gives it; the environment plays no part): text, styles and the cursor,
/// compared with Golden/<screen>-<size>[-es].txt and .attrs.txt.
@Suite struct ScreenGoldenTests {
    enum Screen: String, CaseIterable, Sendable {
        case dashboard, form = "form-outcome", detail, morning, audit, help, signIn = "signin"

        /// The keys that bring the screen up on the Fixture: the outcome form with a choice
        /// made (its options listed, the cursor on the chosen one), the first hearing's parent.
        var keys: String {
            switch self {
            case .dashboard, .audit: return ""
            case .form: return "o Right"
            case .detail: return "Enter"
            case .morning: return "M"
            case .help: return "?"
            case .signIn: return "Da Enter 1234"
            }
        }

        func canvas(_ size: Size, language: Language) throws -> Canvas {
            if self == .audit { return AuditGoldenTests().screen("\(size.columns)x\(size.rows)", language: language) }
            let store = try Fixture.makeStore()
            if self == .signIn {
                try store.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
            }
            let session = DeskSession(store: store, today: Fixture.today, language: language)
            return Headless.run(session, size: size, keys: try KeyScript.parse(keys))
        }
    }

    static let sizes = ["80x24", "120x40"]
    static let languages: [Language] = [.english, .spanish]

    @Test(arguments: Screen.allCases, sizes)
    func inEnglishAndSpanish(_ screen: Screen, _ size: String) throws {
        for language in Self.languages {
            let name = "\(screen.rawValue)-\(size)" + (language == .english ? "" : "-\(language.rawValue)")
            try GoldenFiles.expect(name, try screen.canvas(Size(size)!, language: language))
        }
    }

    @Test func spanishScreensSpeakSpanish() throws {
        let dashboard = try Screen.dashboard.canvas(Size("80x24")!, language: .spanish).text
        for words in ["Audiencias (4) lun 23/11", "Sin asignar (3)", "Atrasados (3)", "Hora", "Padres", "Aliado/a",
                      "Madre/padre", "Próx.", "Atraso", "nadie", "hoy", "primera audiencia"] {
            #expect(dashboard.contains(words), "\(words)")
        }
        for english in ["Docket", "Unassigned", "Overdue", "Time", "Parents", "none", "today", "first hearing"] {
            #expect(!dashboard.components(separatedBy: "\n").dropLast(2).joined().contains(english),
                    "\(english) in Spanish, above the status line and key bar")
        }
        let detail = try Screen.detail.canvas(Size("80x24")!, language: .spanish).text
        #expect(detail.contains("Idioma: español, necesita intérprete") && detail.contains("lun 23 nov 09:00"))
        #expect(detail.contains("Custodia protectora (72 horas)"), "the hearing's type by its code, in Spanish")
        let marks = try GoldenScreenTests().screen("80x24", keys: "? End", language: .spanish)
        #expect(marks.contains("nadie en Aliado/a:"), "help names the mark and the column as the panes show them")
        let morning = try Screen.morning.canvas(Size("80x24")!, language: .spanish).text
        #expect(morning.contains("Revisión de la mañana: lun 23 nov 2026") && morning.contains("De un vistazo"))
    }

    /// Hearings are named by their type's code, in the reader's language, whole: the docket's
    /// column from 120 columns, the unassigned pane's next hearing on a wide screen.
    @Test func hearingTypesByTheirCodeInTheReadersLanguage() throws {
        let wide = try Screen.dashboard.canvas(Size("200x40")!, language: .spanish)
        let frames = Layout(wide.size).paneFrames()
        func pane(_ index: Int, row: Int) -> String {
            (frames[index].column ..< frames[index].column + frames[index].width).map { wide[row, $0].text }.joined()
        }
        #expect(pane(0, row: 2).contains("Custodia 72h") && pane(0, row: 3).contains("Custodia 30d"))
        #expect(pane(1, row: 1).contains("Audiencia") && pane(1, row: 2).contains("Custodia 72h"), "the next hearing's type")
        let docket = try Screen.dashboard.canvas(Size("120x40")!, language: .spanish).text
        #expect(docket.contains("Custodia 72h") && !docket.contains("Custodia 7…"))
        #expect(try Screen.dashboard.canvas(Size("120x40")!, language: .english).text.contains("Shelter 72h"))
    }
}
