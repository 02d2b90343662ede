import Foundation

/// The store's SQL carries SQLite planner hints that fix a plan whatever the statistics say
/// (`INDEXED BY`, `NOT INDEXED`, a `CROSS JOIN … ON` that keeps the join order). A server plans
/// on its own statistics and reads none of them: they are taken out before a statement is sent,
/// once per statement text.
enum PlannerHints {
    private static let cache = StatementCache<String>()

    private static let hints = [
        Rewrite(#"\s+INDEXED BY\s+\w+"#, ""),
        Rewrite(#"\s+NOT INDEXED"#, ""),
        Rewrite(#"CROSS JOIN(\s+\w+(?:\s+(?!ON\b)\w+)?\s+ON\b)"#, "JOIN$1"),
    ]

    static func removed(from sql: String) -> String {
        guard sql.contains("INDEXED") || sql.contains("CROSS JOIN") else { return sql }
        return cache.value(for: sql) { sql in
            hints.reduce(sql) { plain, hint in hint.applied(to: plain) }
        }
    }
}
