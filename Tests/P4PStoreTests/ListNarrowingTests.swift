import Testing
@testable import P4PStore

/// `ListPage.narrowed`: rows already read answer a longer filter only when they are every row
/// the shorter one found and the page wanted starts at the top.
@Suite struct ListNarrowingTests {
    func row(_ name: String, ally: String? = nil, kind: String = "first contact") -> OverdueFollowUp {
        OverdueFollowUp(followUpId: 1, parentId: 1, parentName: name, dueDate: Day(iso: "2026-11-20")!, kind: kind,
                        ally: ally.map { NamedRef(id: 1, name: $0) })
    }

    var whole: ListPage<OverdueFollowUp> {
        ListPage(total: 4, offset: 0, rows: [row("Ana Núñez"), row("Cory Smith", ally: "Nuno Alves"), row("Dana Cory"),
                                             row("Eli Park", kind: "court reminder")])
    }
    let top = PageRequest(offset: 0, limit: 90)

    @Test func aLongerFilterKeepsTheRowsAnyFieldMatchesInTheirOrder() {
        let narrowed = whole.narrowed(from: "n", to: "nu", page: top, by: OverdueFollowUp.searched)
        #expect(narrowed?.rows.map(\.parentName) == ["Ana Núñez", "Cory Smith"], "a folded name, and an ally's")
        #expect(narrowed?.total == 2)
        #expect(whole.narrowed(from: nil, to: "CORY", page: top, by: OverdueFollowUp.searched)?.rows.map(\.parentName)
                == ["Cory Smith", "Dana Cory"])
        #expect(whole.narrowed(from: "court", to: "court rem", page: top, by: OverdueFollowUp.searched)?.rows.map(\.parentName)
                == ["Eli Park"], "the kind")
        #expect(whole.narrowed(from: "a", to: "a_", page: top, by: OverdueFollowUp.searched)?.rows == [],
                "the user's _ is a character, not a wildcard")
    }

    @Test func theDatabaseIsAskedWhenTheRowsCannotAnswer() {
        #expect(whole.narrowed(from: "cor", to: "co", page: top, by: OverdueFollowUp.searched) == nil, "a shorter filter finds more")
        #expect(whole.narrowed(from: "cor", to: "ana", page: top, by: OverdueFollowUp.searched) == nil, "another filter")
        #expect(whole.narrowed(from: "cor", to: "", page: top, by: OverdueFollowUp.searched) == nil, "no filter")
        var part = whole
        part.total = 40
        #expect(part.narrowed(from: "c", to: "co", page: top, by: OverdueFollowUp.searched) == nil, "rows not read")
        #expect(whole.narrowed(from: "c", to: "co", page: PageRequest(offset: 30, limit: 90), by: OverdueFollowUp.searched) == nil)
    }
}
