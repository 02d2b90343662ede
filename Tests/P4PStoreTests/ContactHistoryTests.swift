import Foundation
import GRDB
import Testing
@testable import P4PStore

/// A parent's detail holds the whole contact history, newest first, each contact with the
/// referrals made at it.
@Suite struct ContactHistoryTests {
    func day(_ iso: String) -> Day { StoreFixture.day(iso) }

    @Test(arguments: TestEngine.all)
    func everyContactNewestFirstWithItsReferrals(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let dana = try f.ally("Dana Whitfield")
        let maria = try f.parent("Maria Brooks", ally: dana)
        let other = try f.parent("Other Parent", ally: dana)

        // 60 calls, one a day from 2026-09-01: more than a page of follow-ups (50), all kept.
        var calls: [ID] = []
        for offset in 0..<60 {
            calls.append(try f.contact(parent: maria, ally: dana, on: day("2026-09-01").adding(days: offset), at: "10:00"))
        }
        // A supervisor's call (no ally) the same day as the last, later in the day.
        let supervisors = try f.contact(parent: maria, ally: nil, on: day("2026-10-30"), at: "16:00", mode: .video, topics: "court date")
        try f.contact(parent: other, ally: dana, on: day("2026-10-30"))
        try f.write { db in
            for (contact, kind) in [(calls[59], "housing"), (calls[59], "legal aid"), (calls[3], "treatment")] {
                var referral = Referral(parentId: maria, contactId: contact, date: day("2026-10-30"), kind: kind)
                try referral.insert(db)
            }
            // A referral not made at a contact belongs to none.
            var loose = Referral(parentId: maria, date: day("2026-10-01"), kind: "visitation")
            try loose.insert(db)
        }

        let detail = try #require(try f.store.parentDetail(id: maria))
        // 61 of Maria's contacts (not the other parent's): 10-30 16:00, 10-30 10:00, then back to 09-01.
        #expect(detail.contacts.count == 61)
        #expect(detail.contacts.map(\.contact.id) == [supervisors] + calls.reversed())
        #expect(detail.contacts[0].madeBy == nil && detail.contacts[0].contact.topics == "court date")
        #expect(detail.contacts[1].madeBy == "Dana Whitfield")
        #expect(detail.contacts[1].referrals == ["housing", "legal aid"])
        #expect(detail.contacts[60 - 3].contact.id == calls[3] && detail.contacts[57].referrals == ["treatment"])
        #expect(detail.contacts.filter { !$0.referrals.isEmpty }.count == 2)
    }
}
