/// The program report as tables, for `p4p report monthly|range --format text|markdown|csv`.
extension ProgramReport {
    public enum Part: String, CaseIterable, Sendable {
        case figures = "Figures"
        case contactsByMode = "Contacts by mode"
        case referralsByKind = "Referrals by kind"
        case casesClosedByOutcome = "Cases closed by outcome"
        public var title: String { rawValue }
    }

    public var document: ReportDocument {
        func ratio(_ figure: Figure, _ r: Ratio) -> [ReportCell] {
            [.text(figure.title), .count(r.count), .count(r.of), .rate(r.rate), .text(figure.denominator ?? "")]
        }
        func total(_ figure: Figure, _ n: Int) -> [ReportCell] { [.text(figure.title), .count(n), .empty, .empty, .empty] }
        let figures: [[ReportCell]] = [
            total(.parentsServed, parentsServed),
            ratio(.reachedAtFirstHearing, reachedAtFirstHearing),
            ratio(.dependency101, dependency101),
            total(.contacts, contactsReached.of),
            ratio(.contactsReached, contactsReached),
            total(.referrals, referralsByKind.reduce(0) { $0 + $1.count }),
            ratio(.hearingsCovered, hearingsCovered),
            total(.casesClosed, casesClosedByOutcome.reduce(0) { $0 + $1.count }),
            ratio(.reunifiedWithin12Months, reunifiedWithin12Months),
            [.text(Figure.daysToPermanency.title), .number(daysToPermanency.median), .count(daysToPermanency.cases), .empty,
             .text(Figure.daysToPermanency.denominator ?? "")],
            ratio(.reentryWithin12Months, reentryWithin12Months),
        ]
        func breakdown(_ part: Part, _ label: String, _ tallies: [Tally]) -> ReportSection {
            ReportSection(title: part.title, columns: [label, "value"], rows: tallies.map { [.text($0.label), .count($0.count)] })
        }
        let subtitle = period.label == period.description ? period.description : "\(period.label) (\(period.description))"
        return ReportDocument(title: "Program report", subtitle: subtitle, sections: [
            ReportSection(title: Part.figures.title, columns: ["figure", "value", "of", "rate", "denominator"], rows: figures),
            breakdown(.contactsByMode, "mode", contactsByMode),
            breakdown(.referralsByKind, "kind", referralsByKind),
            breakdown(.casesClosedByOutcome, "outcome", casesClosedByOutcome),
        ])
    }
}
