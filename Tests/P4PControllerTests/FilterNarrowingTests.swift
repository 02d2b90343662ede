import Foundation
import Testing
@testable import P4PController
@testable import P4PStore

/// A filter typed further in Overdue or Unassigned narrows the rows already read when they were
/// the whole list its filter found: the store is asked at most for the first character, not
/// at each one, and what shows is what the store finds. Once a look finds another terminal's
/// change, the rows are read again and narrowed from there.
@Suite struct FilterNarrowingTests {
    let monday = Day(iso: "2026-11-23")!
    let everything = PageRequest(offset: 0, limit: 10_000)

    /// The keys that type `text`.
    func keys(_ text: String) -> String {
        text.map { $0 == " " ? "Space" : String($0) }.joined(separator: " ")
    }

    @Test(arguments: TestEngine.all)
    func typingFurtherInOverdueShowsWhatTheStoreFindsWithoutAskingIt(_ engine: TestEngine) throws {
        let (session, store) = try demoSession(today: monday, on: engine)
        let overdue = try store.overdueFollowUps(asOf: monday, matching: nil, page: everything).rows
        let name = try #require(overdue.first { $0.parentName.count >= 8 }?.parentName)
        try pressKeys(session, "3 /")
        let asked = session.paneReads[.overdue, default: 0]
        for length in 1...8 {
            try pressKeys(session, keys(String(Array(name)[length - 1])))
            let typed = String(name.prefix(length))
            let found = try store.overdueFollowUps(asOf: monday, matching: typed, page: everything)
            #expect(session.state.overdue.page.rows == found.rows, "\(typed)")
            #expect(session.state.overdue.total == found.total, "\(typed)")
        }
        #expect(session.paneReads[.overdue, default: 0] <= asked + 1, "eight characters, the store asked once at most")

        // A character taken back finds more: the store is asked.
        let before = session.paneReads[.overdue, default: 0]
        try pressKeys(session, "Backspace")
        #expect(session.paneReads[.overdue, default: 0] == before + 1)
        #expect(session.state.overdue.page.rows == (try store.overdueFollowUps(asOf: monday, matching: String(name.prefix(7)), page: everything)).rows)

        // Another terminal renames the parent: the look reads Overdue again, and a character
        // typed then narrows what it read, not what was shown before.
        let parent = try #require(overdue.first { $0.parentName == name }).parentId
        let other = try anotherTerminal(on: store)
        defer { other.close() }
        try anotherTerminalWrites(session, store: store) {
            _ = try other.engine.write { try $0.execute("UPDATE parents SET name = 'Renamed Elsewhere' WHERE id = ?", [.integer(parent)]) }
        }
        try pressKeys(session, keys(String(Array(name)[7])))
        #expect(!session.state.overdue.page.rows.contains { $0.parentId == parent }, "the parent renamed by another terminal")
        #expect(session.state.overdue.page.rows == (try store.overdueFollowUps(asOf: monday, matching: String(name.prefix(8)), page: everything)).rows)
    }

    /// Unassigned narrows by every field its filter looks in: here, a language.
    @Test func typingALanguageInUnassignedNarrowsWhatWasRead() throws {
        let (session, store) = try demoSession(today: monday)
        let waiting = try store.unassignedParents(asOf: monday, matching: nil, page: everything)
        let language = try #require(waiting.rows.first { $0.language != "English" }?.language)
        try pressKeys(session, "2 /")
        let asked = session.paneReads[.unassigned, default: 0]
        try pressKeys(session, keys(String(language.prefix(4))))
        let found = try store.unassignedParents(asOf: monday, matching: String(language.prefix(4)), page: everything)
        #expect(!found.rows.isEmpty && found.total < waiting.total)
        #expect(session.state.unassigned.page.rows == found.rows)
        #expect(session.paneReads[.unassigned, default: 0] <= asked + 1)
    }
}
