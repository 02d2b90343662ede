import Foundation
import Testing
@testable import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// A parent's contact history on the detail page: when, who, how, whether reached, topics,
/// referrals made and the note, newest first, kept inside an 80-column page in both languages.
@Suite struct ContactHistoryViewTests {
    static let today = Day(iso: "2026-11-23")!

    static func state() -> DetailState {
        let parent = Parent(id: 7, name: "Maria Brooks", allyId: 1, allySince: Day(iso: "2026-11-02"), waitingSince: Day(iso: "2026-11-01")!)
        let note = "Asked about visits with both children; she wants the Saturday slot moved because of her new job, "
            + "and will bring the pay stubs to the next hearing.\nCall back Friday."
        let contacts = [
            ParentDetail.ContactLine(
                contact: Contact(id: 3, parentId: 7, allyId: 1, date: Day(iso: "2026-11-20")!, time: TimeOfDay(hhmm: "17:45"),
                                 mode: .meeting, minutes: 40, reached: true, topics: "visitation, work", notes: note),
                allyName: "Dana Whitfield", referrals: ["housing", "legal aid"]),
            ParentDetail.ContactLine(
                contact: Contact(id: 2, parentId: 7, allyId: nil, date: Day(iso: "2026-11-10")!, mode: .text, reached: false),
                allyName: nil),
        ]
        var state = DetailState(parentIds: [7])
        state.detail = ParentDetail(parent: parent, ally: nil, cases: [], hearings: [], contacts: contacts, followUps: [],
                                    dependency101Attended: nil)
        return state
    }

    /// The contacts' part of the page, as text.
    static func history(_ language: Language, width: Int) -> [String] {
        let lines = DetailView.lines(state(), today: today, language: language, width: width)
            .map { $0.map(\.text).joined() }
        let start = lines.firstIndex { $0.hasPrefix(Phrase("detail.contacts").text(language)) }!
        return Array(lines[(start + 1)...])
    }

    @Test func everyPartOfEachContactShowsNewestFirst() {
        let lines = Self.history(.english, width: 76)
        #expect(lines[0] == "  Fri 20 Nov 17:45  meeting 40 min, reached · by Dana Whitfield")
        #expect(lines[1] == "      Topics: visitation, work")
        #expect(lines[2] == "      Referred to: housing, legal aid")
        // The note wraps under itself inside the page; its own line break stays.
        let note = lines[3..<(lines.count - 1)]
        #expect(note.count > 2 && note.allSatisfy { $0.hasPrefix("      ") })
        #expect(note.last == "      Call back Friday.")
        #expect(note.joined(separator: " ").replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            .contains("she wants the Saturday slot moved because of her new job, and will bring the pay stubs"))
        // Who made a contact is left out when nobody is on it; no minutes, no time shown as --:--.
        #expect(lines.last == "  Tue 10 Nov --:--  text, not reached")
        #expect(lines.allSatisfy { TextWidth.of($0) <= 76 })
    }

    @Test func inSpanish() {
        let lines = Self.history(.spanish, width: 76)
        #expect(lines[0].hasSuffix("por Dana Whitfield") && lines[0].contains("17:45"))
        #expect(lines[1] == "      Temas: visitation, work")
        #expect(lines[2].hasPrefix("      Referidos: "))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 76 })
    }
}
