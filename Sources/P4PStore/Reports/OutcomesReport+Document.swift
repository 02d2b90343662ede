/// The outcomes report as tables, for `p4p report outcomes --format text|markdown|csv`: each
/// group's size, then one table a figure with a row a group. Every cell under 11 is shown as
/// "< 11" (`SmallCells`). The supervisors' screen shows the same cells, so it hides the same.
extension OutcomesReport {
    public enum Part: String, CaseIterable, Sendable {
        case groups, attendance, services, visitation, reunifiedChildren, reunifiedCases, daysToPermanency, reentry, unrecorded
        /// "Court attendance" (`outcomes.part.<part>` in the catalogues).
        public var words: Phrase { Phrase(W("outcomes.part.\(rawValue)")) }

        /// The share a rate part counts for a group; nil for the parts that are not rates.
        public func share(of group: OutcomeGroupFigures) -> Ratio? {
            switch self {
            case .attendance: return group.attendance
            case .services: return group.services
            case .visitation: return group.visitation
            case .reunifiedChildren: return group.reunifiedChildren
            case .reunifiedCases: return group.reunifiedCases
            case .reentry: return group.reentry
            case .groups, .daysToPermanency, .unrecorded: return nil
            }
        }
    }

    public static let suppressed = ReportCell.words("outcomes.suppressed")

    /// A count that may be published alone.
    public static func published(_ n: Int) -> ReportCell { SmallCells.hidden([n])[0] ? suppressed : .count(n) }

    /// Count, denominator and rate, with the count (and so the rate) hidden when it or the rest
    /// of the denominator is under 11, and the denominator hidden when it is.
    public static func share(_ s: Ratio) -> [ReportCell] {
        let hide = SmallCells.hidden([s.count, s.of - s.count])
        if hide.contains(true) { return [suppressed, published(s.of), suppressed] }
        return [.count(s.count), .count(s.of), .rate(s.rate)]
    }

    /// Children who reached permanency, of those removed, and their median days: the median is
    /// hidden with its count.
    public static func permanency(_ group: OutcomeGroupFigures) -> [ReportCell] {
        let cells = share(Ratio(group.daysToPermanency.count, of: group.reunifiedChildren.of))
        return [cells[0], cells[1], cells[0] == suppressed ? suppressed : .number(group.medianDaysToPermanency)]
    }

    public var document: ReportDocument {
        func table(_ part: Part) -> ReportSection {
            ReportSection(title: part.words, columns: ["column.group", "column.count", "column.of", "column.rate"],
                          rows: groups.map { [.words($0.group.words)] + Self.share(part.share(of: $0)!) })
        }
        var subtitle = period.fullWords
        if let county { subtitle = Phrase("outcomes.subtitle.county", ["period": .phrase(period.fullWords), "county": .text(county)]) }
        return ReportDocument(title: "report.outcomes.title", subtitle: subtitle, sections: [
            ReportSection(title: Part.groups.words, columns: ["column.group", "column.parents"],
                          rows: groups.map { [.words($0.group.words), Self.published($0.parents)] }),
            table(.attendance),
            table(.services),
            table(.visitation),
            table(.reunifiedChildren),
            table(.reunifiedCases),
            ReportSection(title: Part.daysToPermanency.words,
                          columns: ["column.group", "column.count", "column.of", "column.medianDays"],
                          rows: groups.map { [.words($0.group.words)] + Self.permanency($0) }),
            table(.reentry),
            ReportSection(title: Part.unrecorded.words, columns: ["column.figure", "column.count"], rows: [
                [.words("outcomes.unrecordedHearings"), Self.published(unrecordedHearings)],
                [.words("outcomes.childrenWithoutRemoval"), Self.published(childrenWithoutRemoval)],
            ]),
        ])
    }
}
