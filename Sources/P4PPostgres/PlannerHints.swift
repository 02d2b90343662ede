import Foundation

/// The store's SQL carries SQLite planner hints that fix a plan whatever the statistics say
/// (`INDEXED BY`, `NOT INDEXED`, a `CROSS JOIN … ON` that keeps the join order). A server plans
/// on its own statistics and reads none of them: they are taken out before a statement is sent,
/// once per statement text.
enum PlannerHints {
    private static let cache = StatementCache<String>()

    /// Each hint and what it becomes, compiled once: compiling them for every statement text
    /// took a tenth of a server's first frame.
    private nonisolated(unsafe) static let hints: [(NSRegularExpression, String)] = [
        (#"\s+INDEXED BY\s+\w+"#, ""),
        (#"\s+NOT INDEXED"#, ""),
        (#"CROSS JOIN(\s+\w+(?:\s+(?!ON\b)\w+)?\s+ON\b)"#, "JOIN$1"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    static func removed(from sql: String) -> String {
        guard sql.contains("INDEXED") || sql.contains("CROSS JOIN") else { return sql }
        return cache.value(for: sql) { sql in
            hints.reduce(sql) { plain, hint in
                hint.0.stringByReplacingMatches(in: plain, range: NSRange(plain.startIndex..., in: plain), withTemplate: hint.1)
            }
        }
    }
}
