import P4PController
import P4PStore

/// The morning review as a page: each part of the store's `MorningReview` under its own title,
/// with bars where a picture reads faster than a number (caseload against limit, who waits
/// longest, whose follow-ups pile up, this month's rates beside last month's). On a narrow
/// screen a row that does not fit goes on under itself: every figure and heading shows whole.
enum MorningView {
    static func title(_ state: MorningState, language: Language) -> String {
        guard let review = state.review else { return Catalogue.text("report.morning.title", in: language) }
        return Phrase("morning.titleOn", ["day": .day(review.today, .long)]).text(language)
    }

    /// The columns of the tables with bars: a name, a figure, then the bar; narrower below 96
    /// columns, so a row of the longest waiting fits 80 columns in Spanish too.
    static func nameWidth(_ width: Int) -> Int { width >= 96 ? 24 : 22 }
    static let figureWidth = 9

    /// A table's headings over its columns (key and width; an empty key over the bar). A
    /// heading is never cut: a column is at least as wide as its heading, and the last takes
    /// what it needs. The figure's heading stands over its right edge, as the figures do.
    private static func columnHeadings(_ columns: [(key: W, width: Int)], language: Language) -> StyledLine {
        var text = " "
        for (index, column) in columns.enumerated() {
            let heading = column.key.name.isEmpty ? "" : Catalogue.text(column.key, in: language)
            text += " " + (index < columns.count - 1
                ? TextWidth.fit(heading, to: max(column.width, TextWidth.of(heading)), alignRight: index == 1) : heading)
        }
        return [(text, .header)]
    }

    /// Bars are this wide: enough to tell 3 from 4 at a glance; narrower below 100 columns.
    static func barWidth(_ width: Int) -> Int { width >= 96 ? 20 : 10 }

    /// `width`: the page's columns inside its frame and margins.
    static func lines(_ state: MorningState, masked: Bool, language: Language, width: Int = .max) -> [StyledLine] {
        guard let r = state.review else { return [[(Catalogue.text("page.loading", in: language), .dim)]] }
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        func name(_ text: String) -> String { PaneColumns.nameShown(text, masked: masked) }
        func numeric(_ day: Day) -> Phrase.Arg { .day(day, .numeric) }
        let barWidth = barWidth(width), nameWidth = nameWidth(width)
        var lines: [StyledLine] = []
        /// A part's heading, then its rows (each kept to the width, going on under itself `indent` in).
        func part(_ part: MorningReview.Part, _ page: ListPage<some Sendable>?, empty: W = "", indent: Int = 4,
                  _ body: () -> [StyledLine]) {
            if !lines.isEmpty { lines.append([]) }
            lines.append([(heading(part, page, language: language), .header)])
            let rows = page?.rows.isEmpty == true ? [[("  " + Catalogue.text(empty, in: language), Style.dim)]] : body()
            lines += rows.flatMap { wrappedParts($0, to: width, indent: indent) }
        }
        /// "1 day", "12 days"
        func days(_ count: Int) -> String { say(count == 1 ? "morning.oneDay" : Phrase("morning.days", ["count": .number(count)])) }

        let summary = r.summaryLines
        let labelWidth = summary.map { TextWidth.of(say($0.label)) }.max() ?? 0
        let countWidth = summary.map { String($0.count).count }.max() ?? 0
        part(.summary, nil as ListPage<Int>?) {
            summary.map { line in
                [("  " + TextWidth.fit(say(line.label), to: labelWidth) + "  ", .normal),
                 (TextWidth.fit(String(line.count), to: countWidth, alignRight: true), line.count > 0 ? .bold : .dim)]
            }
        }
        part(.uncoveredHearings, r.uncoveredHearings, empty: "morning.allCovered", indent: 8) {
            r.uncoveredHearings.rows.map { h in
                let parents = h.parentNames.map(name).joined(separator: " & ")
                return [("  " + hearingPlace(h.time, h.courtroom, say(h.hearingType)), .normal), (h.caseNumber + "  ", .dim),
                        (parents, .normal), (h.isFirstHearing ? "  " + say("morning.firstHearing") : "", .warning)]
            }
        }
        part(.firstHearings, r.firstHearings, empty: "morning.noFirstHearings", indent: 8) {
            r.firstHearings.rows.map { f in
                let covering = say(f.coveringAlly.map { Phrase("morning.coveredBy", ["name": .text($0)]) } ?? "morning.notCovered")
                let assigned = say(f.assignedAlly.map { Phrase("morning.assignedTo", ["name": .text($0)]) } ?? "morning.noAllyYet")
                // Who covers and who is assigned go together, on the next line when they do not fit.
                return [("  " + hearingPlace(f.time, f.courtroom, say(f.hearingType)), .normal),
                        (TextWidth.fit(name(f.parentName), to: 22) + " ", .bold),
                        (covering + " · " + assigned, f.coveringAlly == nil ? .warning : f.assignedAlly == nil ? .dim : .normal)]
            }
        }
        part(.pastHearingsNotRecorded, r.pastHearingsNotRecorded, empty: "morning.allRecorded", indent: 8) {
            r.pastHearingsNotRecorded.rows.map { h in
                let parents = h.parentNames.map(name).joined(separator: " & ")
                return [("  " + h.date.text(.numeric, in: language) + " ", .warning),
                        (hearingPlace(h.time, h.courtroom, say(h.hearingType)), .normal), (h.caseNumber + "  ", .dim),
                        (parents, .normal)]
            }
        }
        let longest = r.longestWaiting.rows.map { $0.daysWaiting(asOf: r.today) }.max() ?? 0
        part(.longestWaiting, r.longestWaiting, empty: "morning.allAssigned") {
            let nextHeading = Catalogue.text("morning.column.nextHearing", in: language)
            let nextWidth = max(5, TextWidth.of(nextHeading))
            return [columnHeadings([("paneColumn.parent", nameWidth), ("paneColumn.wait", figureWidth), ("", barWidth),
                                    ("morning.column.nextHearing", nextWidth), ("morning.column.language", 0)], language: language)]
            + r.longestWaiting.rows.map { p in
                let waited = p.daysWaiting(asOf: r.today)
                let spoken = say(.languageName(p.language)) + (p.interpreterNeeded ? PaneColumns.interpreterMark : "")
                return [("  " + TextWidth.fit(name(p.name), to: nameWidth) + " ", .normal),
                        (TextWidth.fit(days(waited), to: figureWidth, alignRight: true) + " ", .bold),
                        (Bars.relative(waited, of: longest, width: barWidth) + " ", .warning),
                        (TextWidth.fit(p.nextHearing.map { $0.text(.numeric, in: language) } ?? "—", to: nextWidth) + " ", .normal),
                        (spoken, .normal)]
            }
        }
        part(.casesMissingDates, r.casesMissingDates, empty: "morning.noCasesMissingDates", indent: 8) {
            r.casesMissingDates.rows.map { c in
                [("  " + TextWidth.fit(c.caseNumber, to: 16) + " ", .normal),
                 (TextWidth.fit(c.parentNames.map(name).joined(separator: " & "), to: nameWidth) + " ", .normal),
                 (say(Phrase("morning.lacks", ["missing": .phrase(c.missing)])), .warning)]
            }
        }
        // The court's deadlines: "Fact-finding due by 12/14, none scheduled".
        for (id, cases, empty) in [(MorningReview.Part.deadlinesAtRisk, r.deadlinesAtRisk, W("morning.noDeadlinesAtRisk")),
                                   (.nearTermination, r.nearTermination, "morning.noNearTermination")] {
            part(id, cases, empty: empty, indent: 8) {
                cases.rows.map { c in
                    let words = c.deadline.kind == .termination
                        ? Phrase("deadline.monthsInCare", ["months": .number(r.timeline.terminationMonthsInCare),
                                                           "window": .number(r.timeline.terminationWindowMonths),
                                                           "day": numeric(c.deadline.due)])
                        : c.deadline.phrase(.numeric)
                    return [("  " + TextWidth.fit(c.caseNumber, to: 16) + " ", .normal),
                            (TextWidth.fit(c.parentNames.map(name).joined(separator: " & "), to: nameWidth) + " ", .normal),
                            (say(words), .warning)]
                }
            }
        }
        let most = r.overdueByAlly.rows.map(\.overdue).max() ?? 0
        part(.overdueByAlly, r.overdueByAlly, empty: "morning.noneOverdue") {
            let total = say("morning.allOverdue")
            // The total's words may be wider than a name; its figure still ends where the others do.
            let totalWidth = max(nameWidth, TextWidth.of(total))
            return [columnHeadings([("morning.column.ally", nameWidth), ("morning.column.overdue", figureWidth), ("", barWidth),
                                    ("morning.column.oldestDue", 0)], language: language)]
            + r.overdueByAlly.rows.map { o in
                [("  " + TextWidth.fit(o.ally?.name ?? say("morning.noAlly"), to: nameWidth) + " ", o.ally == nil ? .warning : .normal),
                 (TextWidth.fit("\(o.overdue)", to: figureWidth, alignRight: true) + " ", .bold),
                 (Bars.relative(o.overdue, of: most, width: barWidth) + " ", .warning),
                 (say(Phrase("morning.oldestDue", ["day": numeric(o.oldestDue), "count": .number(r.today.days(since: o.oldestDue))])), .dim)]
            } + [[("  " + TextWidth.fit(total, to: totalWidth) + " ", .dim),
                  (TextWidth.fit("\(r.overdueTotal)", to: max(1, figureWidth - (totalWidth - nameWidth)), alignRight: true), .bold)]]
        }
        part(.caseloads, r.caseloads, empty: "morning.noAllies") {
            r.caseloads.rows.map { c in
                let full = c.openParents >= c.limit
                let bar = Bars.caseload(c.openParents, limit: c.limit, width: barWidth)
                return [("  " + TextWidth.fit(c.ally.name, to: nameWidth) + " ", .normal),
                        (TextWidth.fit("\(c.openParents)/\(c.limit)", to: figureWidth, alignRight: true) + " ", full ? .warning : .bold),
                        (bar.within, full ? .warning : .bold), (bar.room, .dim),
                        (bar.noLimit ? say("morning.noLimit") : bar.over, .warning)]
            }
        }
        if let short = r.trainingShort {
            part(.trainingShort, short, empty: "morning.noneShortOfTraining") {
                short.rows.map { t in
                    [("  " + TextWidth.fit(t.ally.name, to: nameWidth) + " ", .normal),
                     (say(Phrase("morning.trainingHours", ["hours": .text(ProgramStore.hoursText(t.hours)),
                                                           "required": .text(ProgramStore.hoursText(t.required))])), .warning)]
                }
            }
        }
        part(.months, nil as ListPage<Int>?) { monthLines(r, language: language) }
        return lines
    }

    /// "Today's hearings with no Parent Ally covering (5)", "… (first 20 of 31)": as the report heads them.
    private static func heading(_ part: MorningReview.Part, _ page: ListPage<some Sendable>?, language: Language) -> String {
        ReportSection.heading(part.words, shown: page?.rows.count ?? 0, total: page?.total).text(language)
    }

    /// "09:00 Dept 2   Shelter 72h  "
    private static func hearingPlace(_ time: TimeOfDay?, _ courtroom: String?, _ type: String) -> String {
        "\(time?.hhmm ?? "--:--") " + TextWidth.fit(PaneColumns.shortRoom(courtroom), to: 8) + " " + TextWidth.fit(type, to: 12) + " "
    }

    /// Each figure, and under it its rate this month so far and last month, bars out of 100%
    /// one above the other: they compare at a glance and fit any width.
    private static func monthLines(_ r: MorningReview, language: Language) -> [StyledLine] {
        let now = r.thisMonth.period, then = r.lastMonth.period
        let shortMonths = DayNames.of(language).shortMonths
        let periods = [
            Phrase("morning.soFar", ["from": .number(now.from.dayOfMonth), "to": .number(now.to.dayOfMonth),
                                     "month": .text(shortMonths[now.to.month - 1])]),
            Phrase("verbatim", ["text": .day(then.from, .month)]),
        ].map { $0.text(language) }
        let periodWidth = periods.map(TextWidth.of).max() ?? 0
        var lines: [StyledLine] = []
        for figure in MorningReview.monthFigures {
            lines.append([("  " + figure.words.text(language), .normal)])
            for (index, ratio) in [r.thisMonth.ratio(figure), r.lastMonth.ratio(figure)].enumerated() {
                // Right-aligned, so the rates line up under each other.
                let rate = ratio.rate.map { TextWidth.fit("\(Int(($0 * 100).rounded()))", to: 3, alignRight: true) }
                let figures = rate.map { Phrase("morning.rate", ["rate": .text($0), "count": .number(ratio.count), "of": .number(ratio.of)]).text(language) } ?? "—"
                lines.append([("    " + TextWidth.fit(periods[index], to: periodWidth) + "  ", index == 0 ? .bold : .dim),
                              (Bars.rate(ratio.rate, width: 10) + " ", index == 0 ? .bold : .dim),
                              (figures, .normal)])
            }
        }
        return lines
    }
}

/// Bars of block characters: a full block per step, so they read alike in any font.
enum Bars {
    static let full = "█", empty = "░"

    /// `value` against the largest in its list; anything above zero shows at least one block.
    static func relative(_ value: Int, of largest: Int, width: Int) -> String {
        guard largest > 0, value > 0 else { return String(repeating: " ", count: width) }
        let cells = max(1, Int((Double(value) / Double(largest) * Double(width)).rounded()))
        return String(repeating: full, count: cells) + String(repeating: " ", count: width - cells)
    }

    /// A rate out of 100%, the rest shown empty; blank when there is no rate.
    static func rate(_ rate: Double?, width: Int) -> String {
        guard let rate else { return String(repeating: " ", count: width) }
        let cells = min(width, Int((rate * Double(width)).rounded()))
        return String(repeating: full, count: cells) + String(repeating: empty, count: width - cells)
    }

    /// The limit is the bar's end: open parents within it, the room left, and past the end a
    /// block per parent over the limit (at most a quarter of the width, then "+"). `noLimit`:
    /// there is no limit to draw against, and parents to say so about.
    static func caseload(_ open: Int, limit: Int, width: Int) -> (within: String, room: String, over: String, noLimit: Bool) {
        guard limit > 0 else { return ("", "", "", open > 0) }
        let within = min(open, limit)
        var cells = Int((Double(within) / Double(limit) * Double(width)).rounded())
        if within > 0 { cells = max(1, cells) }
        let extra = open - limit
        let overCells = extra > 0 ? min(width / 4, max(1, Int((Double(extra) / Double(limit) * Double(width)).rounded()))) : 0
        let overflowed = extra > 0 && Double(extra) / Double(limit) * Double(width) > Double(width / 4)
        return (String(repeating: full, count: cells), String(repeating: empty, count: width - cells),
                String(repeating: full, count: overCells) + (overflowed ? "+" : ""), false)
    }
}
