/// The program report as tables, for `p4p report monthly|range --format text|markdown|csv`.
extension ProgramReport {
    public enum Part: CaseIterable, Sendable {
        case figures, contactsByMode, referralsByKind, casesClosedByOutcome
        /// "Contacts by mode" (`program.<part>` in the catalogues).
        public var words: Phrase { Phrase(W("program.\(self)")) }
    }

    public var document: ReportDocument {
        func ratio(_ figure: Figure, _ r: Ratio) -> [ReportCell] {
            [.words(figure.words), .count(r.count), .count(r.of), .rate(r.rate), denominator(figure)]
        }
        func denominator(_ figure: Figure) -> ReportCell { figure.denominator.map(ReportCell.words) ?? .empty }
        func total(_ figure: Figure, _ n: Int) -> [ReportCell] { [.words(figure.words), .count(n), .empty, .empty, .empty] }
        let figures: [[ReportCell]] = [
            total(.parentsServed, parentsServed),
            ratio(.reachedAtFirstHearing, reachedAtFirstHearing),
            ratio(.dependency101, dependency101),
            ratio(.dependency101AmongFirstMet, dependency101AmongFirstMet),
            total(.contacts, contactsReached.of),
            ratio(.contactsReached, contactsReached),
            total(.referrals, referralsByKind.reduce(0) { $0 + $1.count }),
            ratio(.hearingsCovered, hearingsCovered),
            total(.casesClosed, casesClosedByOutcome.reduce(0) { $0 + $1.count }),
            ratio(.reunifiedWithin12Months, reunifiedWithin12Months),
            [.words(Figure.daysToPermanency.words), .number(daysToPermanency.median), .count(daysToPermanency.cases), .empty,
             denominator(.daysToPermanency)],
            ratio(.reentryWithin12Months, reentryWithin12Months),
        ]
        func breakdown(_ part: Part, _ column: W, _ tallies: [Tally], _ words: (String) -> Phrase) -> ReportSection {
            ReportSection(title: part.words, columns: [column, "column.value"],
                          rows: tallies.map { [.code($0.label, words($0.label)), .count($0.count)] })
        }
        return ReportDocument(title: "report.program.title", subtitle: period.fullWords, sections: [
            ReportSection(title: Part.figures.words,
                          columns: ["column.figure", "column.value", "column.of", "column.rate", "column.denominator"],
                          rows: figures),
            breakdown(.contactsByMode, "column.mode", contactsByMode) { ContactMode(rawValue: $0).map { Phrase($0.words) } ?? .asIs($0) },
            breakdown(.referralsByKind, "column.kind", referralsByKind, ReferralKind.words),
            breakdown(.casesClosedByOutcome, "column.outcome", casesClosedByOutcome) {
                CaseOutcome(rawValue: $0).map { Phrase($0.words) } ?? .asIs($0)
            },
        ])
    }
}
