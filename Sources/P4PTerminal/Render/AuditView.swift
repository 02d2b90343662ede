import P4PController
import P4PStore

/// The audit log as a page: one entry a line, newest first, told in words with names
/// ("Dana Brooks  assigned María Núñez to Fartun Hassan (was: none)"). The store made the words
/// (`AuditLine`), the same ones `p4p audit` prints.
enum AuditView {
    static func title(_ audit: AuditState) -> String {
        let shown = audit.page.rows.count < audit.page.total ? "newest \(audit.page.rows.count) of \(audit.page.total)" : "\(audit.page.total)"
        return "Audit log (\(shown)): \(audit.description)"
    }

    static func lines(_ audit: AuditState) -> [StyledLine] {
        guard audit.loaded else { return [[("Loading…", .dim)]] }
        guard !audit.page.rows.isEmpty else { return [[("No entries match.", .dim)]] }
        return audit.page.rows.map { line in
            [(line.time + "  ", .dim), (TextWidth.fit(line.who, to: 22) + " ", .bold), (line.what, .normal)]
        }
    }
}
