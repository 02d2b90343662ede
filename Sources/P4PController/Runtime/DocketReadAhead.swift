import Foundation
import P4PStore

/// The dockets of the court days beside the one shown (and today's), read off the key path
/// once a day is shown, so that `]`, `[` and `t` show a day already read instead of waiting
/// for the store: on a server a day's read is several round trips.
///
/// What was read ahead is shown only while nothing the docket reads has changed since: the
/// session forgets it all at the look that finds a change (`forget`), and a read under way
/// then is not kept.
final class DocketReadAhead: @unchecked Sendable {
    /// One docket read: the pane's query and the day the court's calendar was read for.
    struct Read: Equatable {
        let query: PaneQuery
        let courtAsOf: Day

        func day(from store: DeskStore) throws -> DocketDay {
            try store.docketDay(on: query.day, matching: query.filter, page: query.page, courtAsOf: courtAsOf)
        }
    }

    private let queue = DispatchQueue(label: "p4p.docket-read-ahead")
    private let condition = NSCondition()
    /// Guarded by `condition`: what was read, what is being read, and which look it belongs to.
    private var days: [(Read, DocketDay)] = []
    private var underWay: [Read] = []
    private var generation = 0
    /// A few days: those around the one shown, and today.
    private static let keptAtMost = 6

    /// The docket `wanted` asks for when it was read ahead, waiting for it when its read is
    /// under way; nil when it was not (or was forgotten since).
    func take(_ wanted: Read) -> DocketDay? {
        condition.lock()
        defer { condition.unlock() }
        while underWay.contains(wanted) { condition.wait() }
        return days.first { $0.0 == wanted }?.1
    }

    /// A docket read on the key path, kept for the day keys that come back to it.
    func keep(_ wanted: Read, _ day: DocketDay) {
        condition.withLock { remember(wanted, day) }
    }

    /// Reads each of `reads` not read yet, one after another, off the key path.
    func start(_ reads: [Read], from store: DeskStore) {
        let (look, new) = condition.withLock { () -> (Int, [Read]) in
            let new = reads.filter { read in !underWay.contains(read) && !days.contains { $0.0 == read } }
            underWay += new
            return (generation, new)
        }
        for each in new {
            queue.async { [self] in
                let day = try? each.day(from: store)
                condition.withLock {
                    underWay.removeAll { $0 == each }
                    if let day, generation == look { remember(each, day) }
                    condition.broadcast()
                }
            }
        }
    }

    /// Guarded by `condition`.
    private func remember(_ wanted: Read, _ day: DocketDay) {
        days.removeAll { $0.0 == wanted }
        days.append((wanted, day))
        if days.count > Self.keptAtMost { days.removeFirst(days.count - Self.keptAtMost) }
    }

    /// Something the docket reads changed, or someone else is at the desk: nothing read so far
    /// is shown, nor what a read under way finds.
    func forget() {
        condition.withLock {
            generation += 1
            days = []
        }
    }

    /// Waits until nothing is being read ahead (for `p4p bench`, whose keys come faster than
    /// anyone's, and tests).
    func finish() { queue.sync {} }
}
