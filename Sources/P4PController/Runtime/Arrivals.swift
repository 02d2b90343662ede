import Foundation

/// Results of slow reads, handed from their queue to the key loop. Each is a change to make to
/// the session, applied on the loop's thread so the state is only ever changed there.
final class Arrivals: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [(DeskSession) -> Void] = []

    func post(_ apply: @escaping (DeskSession) -> Void) {
        lock.lock()
        waiting.append(apply)
        lock.unlock()
    }

    func takeAll() -> [(DeskSession) -> Void] {
        lock.lock()
        defer { lock.unlock() }
        let all = waiting
        waiting = []
        return all
    }
}
