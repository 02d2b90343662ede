import Foundation

/// The store's SQL carries SQLite planner hints that fix a plan whatever the statistics say
/// (`INDEXED BY`, `NOT INDEXED`, a `CROSS JOIN … ON` that keeps the join order). A server plans
/// on its own statistics and reads none of them: they are taken out before a statement is sent,
/// once per statement text.
enum PlannerHints {
    private static let cache = Cache()

    static func removed(from sql: String) -> String {
        if let known = cache.get(sql) { return known }
        var plain = sql.replacingOccurrences(of: #"\s+INDEXED BY\s+\w+"#, with: "", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"\s+NOT INDEXED"#, with: "", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"CROSS JOIN(\s+\w+(?:\s+(?!ON\b)\w+)?\s+ON\b)"#, with: "JOIN$1",
                                           options: .regularExpression)
        cache.set(sql, plain)
        return plain
    }

    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var statements: [String: String] = [:]

        func get(_ sql: String) -> String? { lock.withLock { statements[sql] } }
        func set(_ sql: String, _ plain: String) {
            lock.withLock {
                // Statements with values written into them (IN lists) vary without end: keep the cache bounded.
                if statements.count > 2000 { statements.removeAll() }
                statements[sql] = plain
            }
        }
    }
}
