import Foundation

/// One sign-in check at a time per user in this process: a second check of the same name waits
/// until the first is done, so guesses sent at once are counted one after another and never
/// derive side by side. (Across processes, each attempt is counted in the file before its
/// derivation, so the lock holds there too.)
final class SignInGate: @unchecked Sendable {
    static let shared = SignInGate()

    private let condition = NSCondition()
    private var checking: Set<String> = []

    func one<T>(_ key: String, _ body: () throws -> T) throws -> T {
        condition.lock()
        while checking.contains(key) { condition.wait() }
        checking.insert(key)
        condition.unlock()
        defer {
            condition.lock()
            checking.remove(key)
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}
