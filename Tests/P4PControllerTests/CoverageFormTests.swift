import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// Planning who covers a hearing from the docket (`v`) over the in-memory store: the form
/// starts from the plan so far, saves the ally chosen against the version the docket read,
/// and the docket shows the plan.
@Suite struct CoverageFormTests {
    let today = Sample.today

    func program(covering: NamedRef? = nil) -> InMemoryStore {
        var hearing = Sample.hearing
        hearing.coveringAlly = covering
        let store = InMemoryStore()
        store.withRecords { r in
            r.allies = [Sample.lan, Sample.bao]
            r.parents = [Sample.maría, Sample.josé]
            r.docket[today] = [hearing]
        }
        return store
    }

    func started(_ store: InMemoryStore) -> DeskSession {
        let session = DeskSession(store: store, today: today, clock: { keyTime })
        session.start()
        return session
    }

    func picked(_ session: DeskSession) -> FieldValue? {
        guard let field = session.state.form?.state.fields.first(where: { $0.id == .coveringAlly }),
              case .success(let value) = field.value(today: today) else { return nil }
        return value
    }

    @Test func vOpensTheCoverageFormAndSavingPlansTheAllyOnTheDocket() throws {
        let store = program()
        let session = started(store)
        try pressKeys(session, "1 v")
        let form = try #require(session.state.form)
        #expect(form.purpose == .planCoverage(hearingId: 1))
        #expect(form.state.fields.map(\.id) == [.coveringAlly])
        #expect(form.state.title.text(.english).hasPrefix("Who covers: "))
        #expect(picked(session) == .empty, "nobody planned yet")
        try pressKeys(session, "Bao C-s")
        #expect(session.state.form == nil, "\(session.state.form?.state.message.english ?? "")")
        #expect(session.state.message.english == "Coverage planned")
        #expect(session.state.docket.selectedRow?.coveringAlly?.id == Sample.bao.id, "the docket is read again")
        #expect(store.auditActions.last == "coverage planned")
    }

    @Test func theFormStartsFromThePlanAndTheOutcomeFormToo() throws {
        let store = program(covering: NamedRef(id: Sample.lan.id!, name: Sample.lan.name))
        let session = started(store)
        try pressKeys(session, "1 v")
        #expect(picked(session) == .id(Sample.lan.id!))
        try pressKeys(session, "Esc 1 o")
        let covering = session.state.form?.state.fields.first { $0.id == .coveringAlly }
        #expect(covering.map { field in (try? field.value(today: today).get()) == .id(Sample.lan.id!) } == true,
                "the outcome form starts from the plan")
    }

    @Test func vAwayFromTheDocketSaysToSelectAHearing() throws {
        let session = started(program())
        try pressKeys(session, "3 v")
        #expect(session.state.form == nil)
        #expect(session.state.message.english == "Select a hearing on the docket (1) to plan who covers it")
    }
}
