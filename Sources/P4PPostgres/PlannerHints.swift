import Foundation

/// The store's SQL carries SQLite planner hints that fix a plan whatever the statistics say
/// (`INDEXED BY`, `NOT INDEXED`, a `CROSS JOIN … ON` that keeps the join order). A server plans
/// on its own statistics and reads none of them: they are taken out before a statement is sent,
/// once per statement text.
enum PlannerHints {
    private static let cache = StatementCache<String>()

    static func removed(from sql: String) -> String {
        cache.value(for: sql) { sql in
            var plain = sql.replacingOccurrences(of: #"\s+INDEXED BY\s+\w+"#, with: "", options: .regularExpression)
            plain = plain.replacingOccurrences(of: #"\s+NOT INDEXED"#, with: "", options: .regularExpression)
            return plain.replacingOccurrences(of: #"CROSS JOIN(\s+\w+(?:\s+(?!ON\b)\w+)?\s+ON\b)"#, with: "JOIN$1",
                                              options: .regularExpression)
        }
    }
}
