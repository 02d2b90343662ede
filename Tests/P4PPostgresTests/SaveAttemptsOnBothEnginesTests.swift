import ServerTestSupport
import Foundation
import P4PPostgres
import P4PStore
import Testing

/// A save tried again after its commit's answer was lost (the server went away just then) is
/// written once: the retry, the same attempt, finds itself saved and writes nothing, on both
/// engines; another attempt of the same form's values is a new save.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct SaveAttemptsOnBothEnginesTests {
    @Test func aRetriedAttemptIsWrittenOnce() throws {
        let engines = try DemoOnBothEnginesTests.TwoEngines()
        let today = DemoOnBothEnginesTests.today
        let parent = try engines.file.overdueFollowUps(asOf: today, matching: nil, page: PageRequest(offset: 0, limit: 1)).rows[0].parentId
        let contact = Contact(parentId: parent, allyId: nil, date: today, mode: .phone, minutes: 5, reached: true, topics: "court date")
        for store in [engines.file, engines.server] as [ProgramStore] {
            let before = try store.parentDetail(id: parent)!.contacts.count
            try store.attempting("form-1").logContact(contact, completing: nil, referrals: [], today: today)
            #expect(throws: StoreError.alreadySaved, "\(store.location)") {
                try store.attempting("form-1").logContact(contact, completing: nil, referrals: [], today: today)
            }
            #expect(try store.parentDetail(id: parent)!.contacts.count == before + 1, "\(store.location): written once")
            try store.attempting("form-2").logContact(contact, completing: nil, referrals: [], today: today)
            #expect(try store.parentDetail(id: parent)!.contacts.count == before + 2, "\(store.location): a new attempt is a new save")
        }
    }
}
