/// The outcomes report as tables, for `p4p report outcomes --format text|markdown|csv`: each
/// group's size, then one table a figure with a row a group. Every cell under 11 is shown as
/// "< 11" (`SmallCells`).
extension OutcomesReport {
    public enum Part: String, CaseIterable, Sendable {
        case groups, attendance, services, visitation, reunifiedChildren, reunifiedCases, daysToPermanency, reentry, unrecorded
        /// "Court attendance" (`outcomes.part.<part>` in the catalogues).
        public var words: Phrase { Phrase(W("outcomes.part.\(rawValue)")) }
    }

    static let suppressed = ReportCell.words("outcomes.suppressed")

    /// A count that may be published alone.
    static func published(_ n: Int) -> ReportCell { SmallCells.hidden([n])[0] ? suppressed : .count(n) }

    /// Count, denominator and rate, with the count (and so the rate) hidden when it or the rest
    /// of the denominator is under 11, and the denominator hidden when it is.
    static func share(_ s: Share) -> [ReportCell] {
        let hide = SmallCells.hidden([s.count, s.of - s.count])
        if hide.contains(true) { return [suppressed, published(s.of), suppressed] }
        return [.count(s.count), .count(s.of), .rate(s.rate)]
    }

    public var document: ReportDocument {
        func table(_ part: Part, _ share: (OutcomeGroupFigures) -> Share) -> ReportSection {
            ReportSection(title: part.words, columns: ["column.group", "column.count", "column.of", "column.rate"],
                          rows: groups.map { [.words($0.group.words)] + Self.share(share($0)) })
        }
        let permanency = groups.map { g -> [ReportCell] in
            let reached = Share(g.daysToPermanency.count, of: g.reunifiedChildren.of)
            let cells = Self.share(reached)
            return [.words(g.group.words), cells[0], cells[1], cells[0] == Self.suppressed ? Self.suppressed : .number(g.medianDaysToPermanency)]
        }
        var subtitle = period.fullWords
        if let county { subtitle = Phrase("outcomes.subtitle.county", ["period": .phrase(period.fullWords), "county": .text(county)]) }
        return ReportDocument(title: "report.outcomes.title", subtitle: subtitle, sections: [
            ReportSection(title: Part.groups.words, columns: ["column.group", "column.parents"],
                          rows: groups.map { [.words($0.group.words), Self.published($0.parents)] }),
            table(.attendance, \.attendance),
            table(.services, \.services),
            table(.visitation, \.visitation),
            table(.reunifiedChildren, \.reunifiedChildren),
            table(.reunifiedCases, \.reunifiedCases),
            ReportSection(title: Part.daysToPermanency.words,
                          columns: ["column.group", "column.count", "column.of", "column.medianDays"], rows: permanency),
            table(.reentry, \.reentry),
            ReportSection(title: Part.unrecorded.words, columns: ["column.figure", "column.count"], rows: [
                [.words("outcomes.unrecordedHearings"), Self.published(unrecordedHearings)],
                [.words("outcomes.childrenWithoutRemoval"), Self.published(childrenWithoutRemoval)],
            ]),
        ])
    }
}
