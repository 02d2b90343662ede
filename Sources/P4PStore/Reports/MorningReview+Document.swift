/// The morning review as tables, for `p4p report morning --format text|markdown|csv`.
extension MorningReview {
    public var document: ReportDocument {
        ReportDocument(title: "Morning review", subtitle: today.longLabel, sections: [
            summary, uncoveredSection, firstHearingSection, waitingSection, overdueSection, caseloadSection, monthSection,
        ])
    }

    /// The counts behind every list, whole even when the lists are cut short.
    public var summaryLines: [(label: String, count: Int)] {
        [("Hearings today with no Parent Ally", uncoveredHearings.total),
         ("First hearings today", firstHearings.total),
         ("Unassigned parents", longestWaiting.total),
         ("Overdue follow-ups", overdueTotal),
         ("Parent Allies at or over their limit", alliesAtLimit)]
    }

    private var summary: ReportSection {
        ReportSection(title: Part.summary.title, columns: ["figure", "count"],
                      rows: summaryLines.map { [.text($0.label), .count($0.count)] })
    }

    private var uncoveredSection: ReportSection {
        ReportSection(title: Part.uncoveredHearings.title,
                      columns: ["time", "courtroom", "hearing", "case", "parents", "first hearing"],
                      rows: uncoveredHearings.rows.map { h in
                          [.text(h.time?.hhmm ?? "--:--"), .text(h.courtroom ?? ""), .text(h.hearingType), .text(h.caseNumber),
                           .text(h.parentNames.joined(separator: "; ")), .text(h.isFirstHearing ? "yes" : "no")]
                      }, total: uncoveredHearings.total)
    }

    private var firstHearingSection: ReportSection {
        ReportSection(title: Part.firstHearings.title,
                      columns: ["time", "courtroom", "hearing", "parent", "covering ally", "assigned ally"],
                      rows: firstHearings.rows.map { f in
                          [.text(f.time?.hhmm ?? "--:--"), .text(f.courtroom ?? ""), .text(f.hearingType), .text(f.parentName),
                           .text(f.coveringAlly ?? "none"), .text(f.assignedAlly ?? "none")]
                      }, total: firstHearings.total)
    }

    private var waitingSection: ReportSection {
        ReportSection(title: Part.longestWaiting.title,
                      columns: ["parent", "waiting since", "days waiting", "language", "next hearing"],
                      rows: longestWaiting.rows.map { p in
                          [.text(p.name), .day(p.waitingSince), .count(p.daysWaiting(asOf: today)),
                           .text(p.language + (p.interpreterNeeded ? " (interpreter)" : "")), .day(p.nextHearing)]
                      }, total: longestWaiting.total)
    }

    private var overdueSection: ReportSection {
        ReportSection(title: Part.overdueByAlly.title, columns: ["ally", "overdue", "oldest due", "days overdue"],
                      rows: overdueByAlly.rows.map { o in
                          [.text(o.ally?.name ?? "no ally"), .count(o.overdue), .day(o.oldestDue),
                           .count(today.days(since: o.oldestDue))]
                      }, total: overdueByAlly.total)
    }

    private var caseloadSection: ReportSection {
        ReportSection(title: Part.caseloads.title, columns: ["ally", "open parents", "limit", "use"],
                      rows: caseloads.rows.map { c in
                          [.text(c.ally.name), .count(c.openParents), .count(c.limit), .rate(Ratio(c.openParents, of: c.limit).rate)]
                      }, total: caseloads.total)
    }

    /// The figures the morning compares, in this order on the screen and in every format.
    public static let monthFigures: [Figure] = [.reachedAtFirstHearing, .dependency101, .contactsReached]

    private var monthSection: ReportSection {
        let periods: [[ReportCell]] = [
            [.text("from"), .day(thisMonth.period.from), .empty, .empty, .day(lastMonth.period.from), .empty, .empty],
            [.text("to"), .day(thisMonth.period.to), .empty, .empty, .day(lastMonth.period.to), .empty, .empty],
        ]
        let figures = Self.monthFigures.map { figure -> [ReportCell] in
            let now = thisMonth.ratio(figure), then = lastMonth.ratio(figure)
            return [.text(figure.title), .count(now.count), .count(now.of), .rate(now.rate),
                    .count(then.count), .count(then.of), .rate(then.rate)]
        }
        return ReportSection(title: Part.months.title,
                             columns: ["figure", "this month", "this month of", "this month rate",
                                       "last month", "last month of", "last month rate"],
                             rows: periods + figures)
    }
}
