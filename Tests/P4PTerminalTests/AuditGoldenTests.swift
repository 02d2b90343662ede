import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// The audit screen: when, who and what, in words the store made; a long sentence wraps under
/// itself instead of being cut at the edge.
@Suite struct AuditGoldenTests {
    func line(_ at: String, _ who: String, _ what: String) -> AuditLine {
        AuditLine(entry: AuditEntry(at: at, actor: "user:1", action: "ally assigned"), time: at, who: .asIs(who), what: .asIs(what))
    }

    func screen(_ size: String, language: Language = .english) -> Canvas {
        var state = AppState(today: Fixture.today, databaseName: "desk.sqlite")
        state.language = language
        var audit = AuditState(filter: AuditFilter(user: "Dana Brooks"), description: "Dana Brooks")
        audit.page = ListPage(total: 3, offset: 0, rows: [
            line("2026-11-23 09:41:07", "Dana Brooks", "assigned María José Núñez to Fartun Hassan (was: Rosa Delgado): "
                 + "she speaks Somali with the family and lives ten minutes from the courthouse"),
            line("2026-11-23 09:40:12", "Dana Brooks", "opened María José Núñez's file"),
            line("2026-11-23 08:02:55", "pat (computer account)", "acted as Dana Brooks without a PIN"),
        ])
        audit.loaded = true
        state.screen = .audit(audit)
        return render(state, size: Size(size)!)
    }

    @Test func auditLogAt80x24() throws {
        // The golden itself is one of ScreenGoldenTests'.
        let text = screen("80x24").text
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "│" }).joined(separator: " ")
        #expect(words.contains("lives ten minutes from the courthouse"), "nothing of the sentence is cut")
    }
}
