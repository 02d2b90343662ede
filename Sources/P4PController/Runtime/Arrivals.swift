import Foundation

/// Answers of slow reads, handed from their queue to the key loop, which gives them to
/// `update` on its own thread, so the state is only ever changed there.
final class Arrivals: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Message] = []

    func post(_ message: Message) {
        lock.withLock { waiting.append(message) }
    }

    func takeAll() -> [Message] {
        lock.withLock {
            defer { waiting = [] }
            return waiting
        }
    }
}
