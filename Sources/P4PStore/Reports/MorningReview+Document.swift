/// The morning review as tables, for `p4p report morning --format text|markdown|csv`.
extension MorningReview {
    public var document: ReportDocument {
        ReportDocument(title: "report.morning.title", subtitle: Phrase("verbatim", ["text": .day(today, .long)]), sections: [
            summary, uncoveredSection, firstHearingSection, unrecordedSection, waitingSection, missingDatesSection,
            deadlineSection(.deadlinesAtRisk, deadlinesAtRisk), deadlineSection(.nearTermination, nearTermination), overdueSection,
            caseloadSection,
        ] + [trainingSection].compactMap { $0 } + [monthSection])
    }

    /// The counts behind every list, whole even when the lists are cut short.
    public var summaryLines: [(label: Phrase, count: Int)] {
        [("morning.count.uncovered", uncoveredHearings.total),
         ("morning.count.firstHearings", firstHearings.total),
         ("morning.count.pastNotRecorded", pastHearingsNotRecorded.total),
         ("morning.count.unassigned", longestWaiting.total),
         ("morning.count.casesMissingDates", casesMissingDates.total),
         ("morning.count.deadlinesAtRisk", deadlinesAtRisk.total),
         ("morning.count.nearTermination", nearTermination.total),
         ("morning.count.overdue", overdueTotal),
         ("morning.count.alliesAtLimit", alliesAtLimit)]
    }

    /// A parent's language as the review shows it: in the reader's words, with the interpreter.
    public static func languageWords(_ language: String, interpreter: Bool) -> Phrase {
        interpreter ? Phrase("report.withInterpreter", ["language": .phrase(.languageName(language))]) : .languageName(language)
    }

    private var summary: ReportSection {
        ReportSection(title: Part.summary.words, columns: ["column.figure", "column.count"],
                      rows: summaryLines.map { [.words($0.label), .count($0.count)] })
    }

    private static func yesOrNo(_ yes: Bool) -> ReportCell { .words(yes ? "choice.yes" : "choice.no") }

    private static func name(_ name: String?, or nobody: Phrase) -> ReportCell { name.map(ReportCell.text) ?? .words(nobody) }

    private static func time(_ time: TimeOfDay?) -> ReportCell { .text(time?.hhmm ?? "--:--") }

    private var uncoveredSection: ReportSection {
        ReportSection(title: Part.uncoveredHearings.words,
                      columns: ["column.time", "column.courtroom", "column.hearing", "column.case", "column.parents",
                                "column.firstHearing"],
                      rows: uncoveredHearings.rows.map { h in
                          [Self.time(h.time), .text(h.courtroom ?? ""), .words(h.hearingType), .text(h.caseNumber),
                           .text(h.parentNames.joined(separator: "; ")), Self.yesOrNo(h.isFirstHearing)]
                      }, total: uncoveredHearings.total)
    }

    private var firstHearingSection: ReportSection {
        ReportSection(title: Part.firstHearings.words,
                      columns: ["column.time", "column.courtroom", "column.hearing", "column.parent", "column.coveringAlly",
                                "column.assignedAlly"],
                      rows: firstHearings.rows.map { f in
                          [Self.time(f.time), .text(f.courtroom ?? ""), .words(f.hearingType), .text(f.parentName),
                           Self.name(f.coveringAlly, or: "report.nobody"), Self.name(f.assignedAlly, or: "report.nobody")]
                      }, total: firstHearings.total)
    }

    private var unrecordedSection: ReportSection {
        ReportSection(title: Part.pastHearingsNotRecorded.words,
                      columns: ["column.date", "column.time", "column.courtroom", "column.hearing", "column.case",
                                "column.parents", "column.coveringAlly"],
                      rows: pastHearingsNotRecorded.rows.map { h in
                          [.day(h.date), Self.time(h.time), .text(h.courtroom ?? ""), .words(h.hearingType), .text(h.caseNumber),
                           .text(h.parentNames.joined(separator: "; ")), Self.name(h.coveringAlly, or: "report.nobody")]
                      }, total: pastHearingsNotRecorded.total)
    }

    private var missingDatesSection: ReportSection {
        ReportSection(title: Part.casesMissingDates.words,
                      columns: ["column.case", "column.county", "column.parents", "column.missing"],
                      rows: casesMissingDates.rows.map { c in
                          [.text(c.caseNumber), .text(c.county ?? ""), .text(c.parentNames.joined(separator: "; ")), .words(c.missing)]
                      }, total: casesMissingDates.total)
    }

    /// A case and its deadline: what is due, by when, the hearing set for it if any.
    private func deadlineSection(_ part: Part, _ cases: ListPage<CaseAtDeadline>) -> ReportSection {
        ReportSection(title: part.words,
                      columns: ["column.case", "column.parents", "column.deadline", "column.due", "column.hearingSet"],
                      rows: cases.rows.map { c in
                          [.text(c.caseNumber), .text(c.parentNames.joined(separator: "; ")), .words(Phrase(c.deadline.kind.words)),
                           .day(c.deadline.due), .day(c.deadline.scheduled)]
                      }, total: cases.total)
    }

    private var waitingSection: ReportSection {
        ReportSection(title: Part.longestWaiting.words,
                      columns: ["column.parent", "column.waitingSince", "column.daysWaiting", "column.language",
                                "column.nextHearing"],
                      rows: longestWaiting.rows.map { p in
                          [.text(p.name), .day(p.waitingSince), .count(p.daysWaiting(asOf: today)),
                           .words(Self.languageWords(p.language, interpreter: p.interpreterNeeded)), .day(p.nextHearing)]
                      }, total: longestWaiting.total)
    }

    private var overdueSection: ReportSection {
        ReportSection(title: Part.overdueByAlly.words,
                      columns: ["column.ally", "column.overdue", "column.oldestDue", "column.daysOverdue"],
                      rows: overdueByAlly.rows.map { o in
                          [Self.name(o.ally?.name, or: "report.noAlly"), .count(o.overdue), .day(o.oldestDue),
                           .count(today.days(since: o.oldestDue))]
                      }, total: overdueByAlly.total)
    }

    private var caseloadSection: ReportSection {
        ReportSection(title: Part.caseloads.words, columns: ["column.ally", "column.openParents", "column.limit", "column.use"],
                      rows: caseloads.rows.map { c in
                          [.text(c.ally.name), .count(c.openParents), .count(c.limit), .rate(Ratio(c.openParents, of: c.limit).rate)]
                      }, total: caseloads.total)
    }

    private var trainingSection: ReportSection? {
        trainingShort.map { page in
            ReportSection(title: Part.trainingShort.words, columns: ["column.ally", "column.trainingHours", "column.requiredHours"],
                          rows: page.rows.map { [.text($0.ally.name), .text(SQLiteStore.hoursText($0.hours)),
                                                 .text(SQLiteStore.hoursText($0.required))] },
                          total: page.total)
        }
    }

    /// The figures the morning compares, in this order on the screen and in every format.
    public static let monthFigures: [Figure] = [.reachedAtFirstHearing, .dependency101, .contactsReached]

    private var monthSection: ReportSection {
        let periods: [[ReportCell]] = [
            [.words("report.from"), .day(thisMonth.period.from), .empty, .empty, .day(lastMonth.period.from), .empty, .empty],
            [.words("report.to"), .day(thisMonth.period.to), .empty, .empty, .day(lastMonth.period.to), .empty, .empty],
        ]
        let figures = Self.monthFigures.map { figure -> [ReportCell] in
            let now = thisMonth.ratio(figure), then = lastMonth.ratio(figure)
            return [.words(figure.words), .count(now.count), .count(now.of), .rate(now.rate),
                    .count(then.count), .count(then.of), .rate(then.rate)]
        }
        return ReportSection(title: Part.months.words,
                             columns: ["column.figure", "column.thisMonth", "column.thisMonthOf", "column.thisMonthRate",
                                       "column.lastMonth", "column.lastMonthOf", "column.lastMonthRate"],
                             rows: periods + figures)
    }
}
