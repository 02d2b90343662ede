import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The dashboard's language key: English, Spanish, then the computer's. A signed-in user's
/// choice is kept by the store (an effect, answered by a message); on a database without
/// users it lasts for the session.
@Suite struct LanguageChoiceTests {
    let i = Key.char("i")

    @Test func aUsersChoiceIsKeptByTheStoreAndSpokenAtOnce() throws {
        let store = InMemoryStore()
        store.withRecords { r in r.users = [Sample.dana] }
        let session = DeskSession(store: store, today: Sample.today, clock: { keyTime }, language: .english)
        session.signedIn(as: Sample.dana)
        session.start()

        session.handle(i)
        #expect(try store.users().first?.language == .english)
        #expect(session.state.language == .english && session.state.message?.english == "Language: English")
        session.handle(i)
        #expect(try store.users().first?.language == .spanish)
        #expect(session.state.language == .spanish && session.state.user?.language == .spanish)
        #expect(session.state.message?.text(.spanish) == "Idioma: Español")
        #expect(Catalogue.text(session.state.keyBar.pinned.last!.label, in: session.state.language) == "Ayuda")
        session.handle(i)
        #expect(try store.users().first?.language == nil, "back to the computer's")
        #expect(session.state.language == .english && session.state.message?.english == "Language: this computer's (English)")
    }

    @Test func theKeyAsksTheStoreAndOnlyItsAnswerChangesTheScreen() {
        var s = AppState(today: Sample.today, databaseName: "test.sqlite")
        s.user = Sample.dana
        #expect(press(&s, i) == [.setLanguage(.english, forUser: "Dana Brooks")])
        s.user?.language = .english
        #expect(press(&s, i) == [.setLanguage(.spanish, forUser: "Dana Brooks")])
        #expect(s.language == .english, "nothing changes before the store answers")
        send(&s, .languageSaved(.spanish, forUser: "Dana Brooks", .failure(.notAllowed("refusal.onlyAdmin"))))
        #expect(s.language == .english && s.message == "refusal.onlyAdmin")
        send(&s, .languageSaved(.spanish, forUser: "Sam Rivera", .success(())))
        #expect(s.language == .english, "an answer for someone else changes nothing here")
        send(&s, .languageSaved(.spanish, forUser: "Dana Brooks", .success(())))
        #expect(s.language == .spanish && s.user?.language == .spanish)
    }

    @Test func withoutUsersTheChoiceLastsForTheSession() {
        let store = InMemoryStore()
        let session = DeskSession(store: store, today: Sample.today, clock: { keyTime }, language: .english)
        session.start()
        session.handle(i)
        session.handle(i)
        #expect(session.state.language == .spanish && session.state.sessionLanguage == .spanish)
        #expect(store.withRecords { $0.users.isEmpty && $0.audit.isEmpty }, "nothing is written")
        session.handle(i)
        #expect(session.state.language == .english && session.state.sessionLanguage == nil)
    }
}
