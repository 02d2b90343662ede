import P4PController
import P4PStore

/// The outcomes report as a page, for supervisors: each group's size, then each figure under
/// its heading with a row a group (a rate bar, the rate, count of denominator), then what the
/// rates leave out. Every cell is the printed report's own (`OutcomesReport.share`,
/// `.published`, `.permanency`), so a cell the report hides shows its "< 11" here too, with no
/// bar or rate. On a narrow screen a row that does not fit goes on under itself.
enum OutcomesView {
    static func title(_ state: OutcomesState, today: Day, language: Language) -> String {
        let query = state.query(today: today)
        let period = Phrase.Arg.phrase(query.period.words)
        return (query.county.map { Phrase("outcomes.screen.titleCounty", ["period": period, "county": .text($0)]) }
            ?? Phrase("outcomes.screen.title", ["period": period])).text(language)
    }

    /// "100%"
    static let rateWidth = 4

    /// `width`: the page's columns inside its frame and margins.
    static func lines(_ state: OutcomesState, language: Language, width: Int = .max) -> [StyledLine] {
        guard let report = state.report else { return [[(Catalogue.text("page.loading", in: language), .dim)]] }
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        func plain(_ cell: ReportCell) -> String { cell.plain(language) }
        let groups = report.groups
        let names = groups.map { say($0.group.words) }
        let nameWidth = names.map(TextWidth.of).max() ?? 0
        let barWidth = MorningView.barWidth(width)
        var lines = wrapped([(say("outcomes.screen.smallCells"), .dim)], to: width)
        func part(_ part: OutcomesReport.Part, note: W? = nil, _ rows: [StyledLine]) {
            lines.append([])
            lines += wrapped([(say(part.words), .header)], to: width)
            if let note { lines += wrapped([("  " + say(Phrase(note)), .dim)], to: width) }
            lines += rows.flatMap { wrappedParts($0, to: width, indent: 6) }
        }
        /// "  Served                        ████░░░░░░  40%  "
        func lead(_ index: Int, _ figure: (text: String, style: Style)) -> StyledLine {
            [("  " + TextWidth.fit(names[index], to: nameWidth) + " ", .normal), figure]
        }
        /// "296 of 347", "< 11 of 15"
        func of(_ cells: [ReportCell]) -> (String, Style) {
            (say(Phrase("outcomes.screen.share", ["count": .text(plain(cells[0])), "of": .text(plain(cells[1]))])),
             cells[0] == OutcomesReport.suppressed ? .dim : .normal)
        }

        let sizes = groups.map { plain(OutcomesReport.published($0.parents)) }
        let sizeWidth = sizes.map(TextWidth.of).max() ?? 0
        part(.groups, groups.indices.map { i in lead(i, (TextWidth.fit(sizes[i], to: sizeWidth, alignRight: true), .bold)) })

        for figure in OutcomesReport.Part.allCases {
            if figure == .daysToPermanency {
                // The median is no rate: no bar; it stands where the bar and rate do.
                let cells = groups.map(OutcomesReport.permanency)
                let medians = cells.map { $0[2] == OutcomesReport.suppressed ? "" : say(Phrase("outcomes.screen.days", ["days": .text(plain($0[2]))])) }
                let medianWidth = max(barWidth + 1 + rateWidth, medians.map(TextWidth.of).max() ?? 0)
                part(figure, note: "outcomes.screen.permanency", groups.indices.map { i in
                    lead(i, (TextWidth.fit(medians[i], to: medianWidth, alignRight: true) + "  ", .bold)) + [of(cells[i])]
                })
                continue
            }
            guard groups.first.flatMap({ figure.share(of: $0) }) != nil else { continue }
            part(figure, groups.indices.map { i in
                let cells = OutcomesReport.share(figure.share(of: groups[i])!)
                // Only a rate the report publishes has a bar.
                var rate: Double?
                if case .rate(let shown) = cells[2] { rate = shown }
                let rateText = cells[2] == OutcomesReport.suppressed ? "" : plain(cells[2])
                return lead(i, (Bars.rate(rate, width: barWidth) + " ", .bold))
                    + [(TextWidth.fit(rateText, to: rateWidth, alignRight: true) + "  ", .bold), of(cells)]
            })
        }

        let left = [(OutcomesReport.published(report.unrecordedHearings), W("outcomes.unrecordedHearings")),
                    (OutcomesReport.published(report.childrenWithoutRemoval), W("outcomes.childrenWithoutRemoval"))]
            .map { (plain($0.0), Catalogue.text($0.1, in: language)) }
        let countWidth = left.map { TextWidth.of($0.0) }.max() ?? 0
        part(.unrecorded, left.map { [("  " + TextWidth.fit($0.0, to: countWidth, alignRight: true) + "  ", .bold), ($0.1, .normal)] })
        return lines
    }
}
