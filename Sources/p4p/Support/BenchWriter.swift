import Foundation
import P4PStore

/// One writing process of `p4p bench writers` (and of the crash test): opens the file as a
/// terminal does, then logs contacts one transaction at a time. After each commit it prints the
/// save's line, written straight to the descriptor, never buffered: a process killed a moment
/// later has already told what it saved.
struct BenchWriter {
    let number: Int
    let path: String
    let today: Day

    /// `count` saves, or with 0 until the process is killed.
    func save(count: Int) throws {
        let store = try openFile(path)
        let parents = try store.unassignedParents(asOf: today, matching: nil, page: PageRequest(offset: 0, limit: 50))
            .rows.map(\.parentId)
        guard !parents.isEmpty else {
            throw Failure("\(path) has no unassigned parents to log contacts for; use a demo database (`p4p demo --db PATH`).")
        }
        var saved = 0
        while count == 0 || saved < count {
            saved += 1
            let tag = "w\(number)-\(saved)"
            let contact = Contact(parentId: parents[saved % parents.count], allyId: nil, date: today, mode: .phone,
                                  minutes: 5, reached: true, notes: ConfirmedSave.note(tag: tag))
            let started = DispatchTime.now()
            do {
                let id = try store.logContact(contact, completing: nil, referrals: [], today: today)
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
                say(ConfirmedSave(contactId: id, tag: tag, milliseconds: milliseconds).line)
            } catch {
                say("failed \(tag) \(StoreError.from(error, path: store.location))")
            }
        }
    }

    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
