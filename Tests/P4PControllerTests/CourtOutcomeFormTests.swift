import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// The court-outcome form's attendance and compliance fields over the in-memory store: each
/// answer is one key, and what is saved is what was chosen.
@Suite struct CourtOutcomeFormTests {
    let today = Sample.today

    /// Sample's hearing as the docket shows it, of the given type, with the parents given.
    func program(type code: String, parents: [DocketParent] = Sample.hearing.parents) -> InMemoryStore {
        var hearing = Sample.hearing
        hearing.hearingTypeCode = code
        hearing.parents = parents
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

    func fieldIds(_ session: DeskSession) -> [Field] { session.state.form?.state.fields.map(\.id) ?? [] }

    func value(_ session: DeskSession, _ field: Field) -> FieldValue? {
        guard let found = session.state.form?.state.fields.first(where: { $0.id == field }),
              case .success(let value) = found.value(today: today) else { return nil }
        return value
    }

    @Test func aShelterHearingAsksAttendanceOnlyAndOneKeyAnswersIt() throws {
        let store = program(type: "shelter-72")
        let session = started(store)
        try pressKeys(session, "1 o")
        #expect(fieldIds(session).prefix(4) == [.engagement(parentId: 7), .attended(parentId: 7),
                                                .engagement(parentId: 8), .attended(parentId: 8)])
        #expect(!fieldIds(session).contains(.servicesCompliance(parentId: 7)), "no findings at a shelter care hearing")
        #expect(session.state.form?.state.fields[1].label.text(.english) == "  Attendance")

        // María met (attendance left to follow it); José not found by the ally, but in court: "p".
        try pressKeys(session, "m Tab Tab n Tab p C-s")
        #expect(session.state.form == nil, "\(session.state.form?.state.message.english ?? "")")
        let saved = try #require(store.withRecords { $0.courtOutcomes.last })
        #expect(saved.engagement == [7: .met, 8: .notPresent])
        #expect(saved.attended == [8: true], "María's attendance is left to the store to take from 'met'")
        #expect(saved.servicesCompliance.isEmpty && saved.visitationCompliance.isEmpty)
        #expect(saved.readVersion == 2 && saved.status == .held)
        #expect(store.auditActions.last == "court outcome recorded")
    }

    @Test func aReviewHearingAsksServicesAndVisitationOneKeyEach() throws {
        let store = program(type: "review")
        let session = started(store)
        try pressKeys(session, "1 o")
        #expect(fieldIds(session).prefix(8) == [
            .engagement(parentId: 7), .attended(parentId: 7), .servicesCompliance(parentId: 7), .visitationCompliance(parentId: 7),
            .engagement(parentId: 8), .attended(parentId: 8), .servicesCompliance(parentId: 8), .visitationCompliance(parentId: 8),
        ])
        // One letter per answer: compliant c, partially p, not compliant n, unaddressed u; absent a.
        try pressKeys(session, "m Tab p Tab c Tab u Tab n Tab a Tab n Tab p")
        #expect(value(session, .servicesCompliance(parentId: 7)) == .choice("compliant"))
        #expect(value(session, .visitationCompliance(parentId: 7)) == .choice("not addressed"))
        #expect(value(session, .servicesCompliance(parentId: 8)) == .choice("not compliant"))
        #expect(value(session, .visitationCompliance(parentId: 8)) == .choice("partially"))
        try pressKeys(session, "C-s")
        let saved = try #require(store.withRecords { $0.courtOutcomes.last })
        #expect(saved.attended == [7: true, 8: false])
        #expect(saved.servicesCompliance == [7: .compliant, 8: .notCompliant])
        #expect(saved.visitationCompliance == [7: .notAddressed, 8: .partially])
    }

    @Test func aPermanencyHearingAsksFindingsToo() throws {
        let session = started(program(type: "permanency"))
        try pressKeys(session, "1 o")
        #expect(fieldIds(session).contains(.visitationCompliance(parentId: 8)))
    }

    @Test func whatWasRecordedOrTheEngagementImpliesIsPrefilled() throws {
        let parents = [
            DocketParent(id: 7, name: Sample.maría.name, role: .mother, isFirstHearing: false, engagement: .declined),
            DocketParent(id: 8, name: Sample.josé.name, role: .father, isFirstHearing: false, engagement: .met, attended: true,
                         servicesCompliance: .partially, visitationCompliance: nil),
        ]
        let session = started(program(type: "review", parents: parents))
        try pressKeys(session, "1 o")
        #expect(value(session, .attended(parentId: 7)) == .choice("present"), "declined implies present")
        #expect(value(session, .servicesCompliance(parentId: 7)) == .empty)
        #expect(value(session, .attended(parentId: 8)) == .choice("present"))
        #expect(value(session, .servicesCompliance(parentId: 8)) == .choice("partially"))
        #expect(value(session, .visitationCompliance(parentId: 8)) == .empty)
    }

    @Test func attendanceLeftAsPrefilledFollowsAChangedEngagement() throws {
        let parents = [
            DocketParent(id: 7, name: Sample.maría.name, role: .mother, isFirstHearing: false, engagement: .notPresent,
                         attended: false),
            DocketParent(id: 8, name: Sample.josé.name, role: .father, isFirstHearing: false, engagement: .notPresent,
                         attended: false),
        ]
        let store = program(type: "shelter-72", parents: parents)
        let session = started(store)
        // María found after all ("m"), her attendance untouched; José's engagement kept, absent kept.
        try pressKeys(session, "1 o m C-s")
        let saved = try #require(store.withRecords { $0.courtOutcomes.last })
        #expect(saved.engagement == [7: .met, 8: .notPresent])
        #expect(saved.attended == [8: false], "María's prefilled 'absent' is left for the store to take from 'met'")
    }

    @Test(arguments: [Language.english, .spanish])
    func everyAnswerHasItsOwnFirstLetter(_ language: Language) {
        for choices in [TaskForms.attendanceChoices, TaskForms.complianceChoices] {
            let letters = choices.map { SearchText.fold($0.label.text(language)).prefix(1) }
            #expect(Set(letters).count == choices.count, "\(language): \(letters)")
        }
    }
}
