import P4PController
import P4PStore

/// The audit log as a page, newest first: when, who, and what they did in words with names
/// ("Dana Brooks  assigned María Núñez to Fartun Hassan (was: none)"), wrapped under itself
/// when it is longer than the line. The store made the words (`AuditLine`), the same ones
/// `p4p audit` prints.
enum AuditView {
    static let widestWho = 22

    static func title(_ audit: AuditState, language: Language) -> String {
        let shown = audit.page.rows.count
        let title = shown < audit.page.total
            ? Phrase("audit.titleNewest", ["shown": .number(shown), "total": .number(audit.page.total), "filter": .phrase(audit.description)])
            : Phrase("audit.title", ["total": .number(audit.page.total), "filter": .phrase(audit.description)])
        return title.text(language)
    }

    /// `width`: the terminal's columns.
    static func lines(_ audit: AuditState, width: Int, language: Language) -> [StyledLine] {
        guard audit.loaded else { return [[(Catalogue.text("page.loading", in: language), .dim)]] }
        guard !audit.page.rows.isEmpty else { return [[(Catalogue.text("audit.noEntries", in: language), .dim)]] }
        let whoWidth = min(widestWho, audit.page.rows.map { TextWidth.of($0.who.text(language)) }.max() ?? 0)
        var lines: [StyledLine] = []
        for line in audit.page.rows {
            let time = line.time + "  "
            let who = TextWidth.fit(line.who.text(language), to: whoWidth) + "  "
            let indent = TextWidth.of(time) + TextWidth.of(who)
            // The page's frame and margins take four columns.
            let what = wrap(line.what.text(language), to: max(20, width - 4 - indent))
            lines.append([(time, .dim), (who, .bold), (what[0], .normal)])
            for more in what.dropFirst() { lines.append([(String(repeating: " ", count: indent), .normal), (more, .normal)]) }
        }
        return lines
    }
}
