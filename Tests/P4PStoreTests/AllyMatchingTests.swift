import Testing
@testable import P4PStore

/// The assign picker's order on allies built by hand: language, then county, then how many
/// circumstances the ally shares (weights 10000, 100, 1); an ally without room ranks below every
/// ally with room; ties go to the most room.
@Suite("Ally matching")
struct AllyMatchingTests {
    let maria = Parent(id: 1, name: "Maria", language: "Spanish", county: "King", waitingSince: Day(iso: "2026-11-01")!)
    let list = Experience.seeded.map { Experience(code: $0) }

    func ally(_ id: ID, _ name: String, _ languages: [String], _ counties: [String], _ experience: [String] = [],
              limit: Int = 12, active: Bool = true) -> Ally {
        Ally(id: id, name: name, languages: languages, counties: counties, livedExperience: experience,
             caseloadLimit: limit, active: active)
    }

    @Test("language, then county, then shared experience, then room; full allies last; inactive never")
    func order() {
        let allies: [(ally: Ally, openParents: Int)] = [
            (ally(1, "Ana", ["English"], ["King"], ["recovery", "housing"]), 2),   // county 100 + 2 shared = 102
            (ally(2, "Bea", ["Spanish"], ["Pierce"]), 7),                          // language 10000, 5 free
            (ally(3, "Cruz", ["English", "spanish"], ["Pierce", "King"], ["recovery"]), 7), // 10000 + 100 + 1 = 10101
            (ally(4, "Dee", ["Spanish"], ["King"]), 2),                            // 10000 + 100 = 10100
            (ally(5, "Eva", ["Spanish"], ["King"], ["recovery", "housing"], limit: 3), 3), // 10102, but full
            (ally(6, "Fay", ["Spanish"], ["King"], ["recovery", "housing"], active: false), 0),
            (ally(7, "Gil", ["Spanish"], ["Pierce"]), 1),                          // 10000, 11 free
        ]
        let fits = AllyMatching.rank(parent: maria, circumstances: ["recovery", "housing"], experiences: list, allies: allies)
        // Cruz speaks, serves King and shares recovery; Dee speaks and serves King; Gil and Bea only
        // speak (Gil has more room); Ana shares two circumstances and the county but not the
        // language, so every speaker comes first; Eva scores best but has no room: last.
        #expect(fits.map(\.ally.name) == ["Cruz", "Dee", "Gil", "Bea", "Ana", "Eva"])
        #expect(fits.map(\.score) == [10101, 10100, 10000, 10000, 102, 10102])
        #expect(fits[0].reasons.map { $0.text(.english) } == ["Spanish", "King", "recovery", "7/12"])
        #expect(fits[4].reasons.map { $0.text(.english) } == ["King", "recovery", "housing instability", "2/12"])
        #expect(fits[0].reasons.map { $0.text(.spanish) } == ["español", "King", "recuperación", "7/12"])
    }

    @Test("without the parent's circumstances (a reader who may not see them) experience neither ranks nor shows")
    func withoutCircumstances() {
        let allies: [(ally: Ally, openParents: Int)] = [
            (ally(1, "Ana", ["Spanish"], ["King"], ["recovery"]), 6),
            (ally(2, "Bea", ["Spanish"], ["King"]), 2),
        ]
        let fits = AllyMatching.rank(parent: maria, circumstances: [], experiences: list, allies: allies)
        #expect(fits.map(\.ally.name) == ["Bea", "Ana"])
        #expect(fits[1].reasons.map { $0.text(.english) } == ["Spanish", "King", "6/12"])
    }
}
