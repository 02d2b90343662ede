import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// Pages behave like pages (less, man): q and Esc close help, a parent's detail, the morning
/// review, the outcomes report, the audit log and an import's result; q quits only from the dashboard. Where a field
/// takes typing, q is a letter.
@Suite struct PageKeysTests {
    func fresh() -> AppState { AppState(today: Sample.today, databaseName: "test.sqlite") }

    var pages: [(String, Screen)] {
        [("detail", .detail(DetailState(parentIds: [7]))),
         ("morning review", .morning(MorningState())),
         ("outcomes report", .outcomes(OutcomesState())),
         ("audit log", .audit(AuditState(filter: AuditFilter(), description: "audit.everything"))),
         ("import result", .text(TextPage(title: "import.title", lines: ["1 hearing added"])))]
    }

    @Test func qAndEscCloseEveryPageAndQuitOnlyFromTheDashboard() {
        for (name, page) in pages {
            for key in [Key.char("q"), .escape] {
                var s = fresh()
                s.screen = page
                #expect(press(&s, key) == [])
                #expect(s.context == .dashboard && !s.isQuitting, "\(key.displayName) closes the \(name)")
            }
        }
        var s = fresh()
        press(&s, .char("q"))
        #expect(s.isQuitting)
    }

    @Test func helpOverAPageClosesBackToThePage() {
        var s = fresh()
        s.screen = .detail(DetailState(parentIds: [7]))
        press(&s, [.char("?"), .char("q")])
        #expect(s.context == .detail, "q closes help only")
        press(&s, [.function(1), .escape])
        #expect(s.context == .detail)
        press(&s, .char("q"))
        #expect(s.context == .dashboard && !s.isQuitting)
    }

    @Test func atTheSignInQIsALetterAndF10Quits() {
        var s = fresh()
        send(&s, .started(hasUsers: true))
        send(&s, .formReady(.signIn, .users([Sample.dana])))
        #expect(s.contexts == [.pickerField, .signIn, .form])
        type(&s, "q")
        #expect(!s.isQuitting && s.form?.state.focusedField.editor.text == "q")
        press(&s, .function(10))
        #expect(s.isQuitting)
    }

    /// Help is there in a form too (F1: ? is typed), about the form first, and closing it goes
    /// back to the form with what was typed.
    @Test func helpOpensOverAFormAndClosesBackToIt() {
        var s = fresh()
        s.form = ActiveForm(purpose: .importDocket, state: FormState(title: "import.formTitle", fields: [
            FormField(.file, kind: .text(limit: 40)), FormField(.location, kind: .text(limit: 40)),
        ], today: Sample.today))
        type(&s, "a?q")
        #expect(s.form?.state.focusedField.editor.text == "a?q" && s.help == nil, "? and q are typed")
        press(&s, .function(1))
        #expect(s.context == .help)
        #expect(s.helpSections.prefix(2).map(\.context) == [.textField, .form], "help starts where the user is")
        press(&s, .char("q"))
        #expect(s.context == .form && s.form?.state.focusedField.editor.text == "a?q", "nothing typed is lost")
        press(&s, .escape)
        #expect(s.form?.state.confirmingCancel == true, "Esc is the form's again")
    }

    @Test func theKeyBarFollowsTheFocusedPane() {
        var s = fresh()
        press(&s, .char("3"))
        #expect(s.keyBar.items.prefix(2).map(\.key) == [.char("c"), .char("s")])
        press(&s, .char("2"))
        #expect(s.keyBar.items.first?.key == .char("a"))
        press(&s, .char("1"))
        #expect(s.keyBar.items.first?.key == .char("o"))
        #expect(s.keyBar.pinned.map(\.key) == [.char("q"), .char("?")])
        s.user = User(id: 2, name: "Ana Ruiz", role: .ally, allyId: 3, active: true, lockedUntil: nil)
        #expect(!s.keyBar.items.map(\.key).contains(.char("L")), "an ally is not offered the audit log")
        #expect(!s.helpSections.flatMap(\.lines).contains { $0.keys.contains(.char("M")) }, "nor the morning review, in help")
    }
}
