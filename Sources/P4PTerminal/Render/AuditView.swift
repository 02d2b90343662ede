import P4PController
import P4PStore

/// The audit log as a page: one entry a line, newest first.
enum AuditView {
    static func title(_ audit: AuditState) -> String {
        let shown = audit.page.rows.count < audit.page.total ? "newest \(audit.page.rows.count) of \(audit.page.total)" : "\(audit.page.total)"
        return "Audit log (\(shown)): \(audit.description)"
    }

    static func lines(_ audit: AuditState) -> [StyledLine] {
        guard audit.loaded else { return [[("Loading…", .dim)]] }
        guard !audit.page.rows.isEmpty else { return [[("No entries match.", .dim)]] }
        return audit.page.rows.map { entry in
            // "2026-11-26T02:02:09.513Z" -> "2026-11-26 02:02:09"
            let at = String(entry.at.prefix(19)).replacingOccurrences(of: "T", with: " ")
            let record = entry.entity.map { $0 + (entry.entityId.map { " \($0)" } ?? "") } ?? ""
            return [(at + "  ", .dim), (TextWidth.fit(entry.actor, to: 24) + " ", .bold),
                    (TextWidth.fit(entry.action, to: 26) + " ", .normal), (TextWidth.fit(record, to: 16) + " ", .dim),
                    (entry.detail ?? "", .normal)]
        }
    }
}
