/// The activity report as tables, for `p4p report activity --format text|markdown|csv`: one row
/// an ally with the month's figures, then each ally's contacts and minutes by mode.
extension ActivityReport {
    public enum Part: CaseIterable, Sendable {
        case byAlly, byMode
        /// "Contacts and minutes by mode" (`activity.<part>` in the catalogues).
        public var words: Phrase { Phrase(W("activity.\(self)")) }
    }

    /// Every row, then the totals.
    public var rowsWithTotals: [AllyActivity] { allies + [totals] }

    /// The row's name: the ally's, "no Parent Ally", or "All".
    public func label(_ row: AllyActivity, isTotal: Bool) -> ReportCell {
        if isTotal { return .words("activity.total") }
        return row.ally.map { .text($0.name) } ?? .words("activity.noAlly")
    }

    public var document: ReportDocument {
        let all = rowsWithTotals
        let figures = all.enumerated().map { index, row -> [ReportCell] in
            [label(row, isTotal: index == all.count - 1), .count(row.parentsServed), .count(row.newParents), .count(row.contacts),
             .count(row.minutes), .count(row.hearingsCovered), .count(row.classesTaught), .count(row.referrals)]
        }
        let modes = all.enumerated().flatMap { index, row -> [[ReportCell]] in
            row.byMode.filter { $0.contacts > 0 }.map { m in
                [label(row, isTotal: index == all.count - 1), .code(m.mode.rawValue, Phrase(m.mode.words)), .count(m.contacts),
                 .count(m.minutes)]
            }
        }
        return ReportDocument(title: "report.activity.title", subtitle: period.fullWords, sections: [
            ReportSection(title: Part.byAlly.words,
                          columns: ["column.ally", "column.parentsServed", "column.newParents", "column.contacts",
                                    "column.minutes", "column.hearingsCovered", "column.classesTaught", "column.referrals"],
                          rows: figures),
            ReportSection(title: Part.byMode.words, columns: ["column.ally", "column.mode", "column.contacts", "column.minutes"],
                          rows: modes),
        ])
    }
}
