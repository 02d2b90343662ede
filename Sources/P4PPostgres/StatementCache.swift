import Foundation

/// What was worked out from a statement's text, kept by that text: the store sends the same
/// few hundred statements again and again. Statements with values written into them (lists of
/// ids) vary without end, so the cache is emptied when it grows past `limit`.
final class StatementCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private let limit = 2000

    func value(for sql: String, _ make: (String) -> Value) -> Value {
        if let known = lock.withLock({ values[sql] }) { return known }
        let made = make(sql)
        lock.withLock {
            if values.count >= limit { values.removeAll() }
            values[sql] = made
        }
        return made
    }
}
