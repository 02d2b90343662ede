import P4PController
import P4PStore

/// The morning review as a page: each part of the store's `MorningReview` under its own title,
/// with bars where a picture reads faster than a number (caseload against limit, who waits
/// longest, whose follow-ups pile up, this month's rates beside last month's).
enum MorningView {
    static func title(_ state: MorningState) -> String {
        "Morning review" + (state.review.map { ": \($0.today.longLabel)" } ?? "")
    }

    static func lines(_ state: MorningState, masked: Bool, language: Language) -> [StyledLine] {
        guard let r = state.review else { return [[("Loading…", .dim)]] }
        var lines: [StyledLine] = []
        func part(_ part: MorningReview.Part, _ page: ListPage<some Sendable>?, empty: String, _ body: () -> [StyledLine]) {
            if !lines.isEmpty { lines.append([]) }
            lines.append([(heading(part, page).text(language), .header)])
            lines += page?.rows.isEmpty == true ? [[("  " + empty, .dim)]] : body()
        }
        func name(_ text: String) -> String { PaneColumns.nameShown(text, masked: masked) }

        part(.summary, nil as ListPage<Int>?, empty: "") {
            r.summaryLines.map { line in
                [("  " + TextWidth.fit(line.label.text(language), to: 38), .normal), (String(line.count), line.count > 0 ? .bold : .dim)]
            }
        }
        part(.uncoveredHearings, r.uncoveredHearings, empty: "Every hearing today has a Parent Ally") {
            r.uncoveredHearings.rows.map { h in
                let parents = h.parentNames.map(name).joined(separator: " & ")
                return [("  " + hearingPlace(h.time, h.courtroom, h.hearingType.text(language)), .normal), (h.caseNumber + "  ", .dim),
                        (parents, .normal), (h.isFirstHearing ? "  first hearing" : "", .warning)]
            }
        }
        part(.firstHearings, r.firstHearings, empty: "No first hearings today") {
            r.firstHearings.rows.map { f in
                [("  " + hearingPlace(f.time, f.courtroom, f.hearingType.text(language)), .normal),
                 (TextWidth.fit(name(f.parentName), to: 22) + " ", .bold),
                 (TextWidth.fit(f.coveringAlly.map { "covered by \($0)" } ?? "no Parent Ally covering", to: 26) + " ",
                  f.coveringAlly == nil ? .warning : .normal),
                 (f.assignedAlly.map { "ally \($0)" } ?? "no ally yet", f.assignedAlly == nil ? .dim : .normal)]
            }
        }
        let longest = r.longestWaiting.rows.map { $0.daysWaiting(asOf: r.today) }.max() ?? 0
        part(.longestWaiting, r.longestWaiting, empty: "Every open parent has a Parent Ally") {
            r.longestWaiting.rows.map { p in
                let days = p.daysWaiting(asOf: r.today)
                let language = p.language + (p.interpreterNeeded ? PaneColumns.interpreterMark : "")
                return [("  " + TextWidth.fit(name(p.name), to: 24) + " ", .normal),
                        (TextWidth.fit(days == 1 ? "1 day" : "\(days) days", to: 9, alignRight: true) + " ", .bold),
                        (Bars.relative(days, of: longest, width: barWidth) + " ", .warning),
                        (TextWidth.fit(language, to: 12) + " ", .normal),
                        ("next hearing " + (p.nextHearing.map(\.shortLabel) ?? PaneColumns.noAlly), .dim)]
            }
        }
        let most = r.overdueByAlly.rows.map(\.overdue).max() ?? 0
        part(.overdueByAlly, r.overdueByAlly, empty: "No follow-up is overdue") {
            r.overdueByAlly.rows.map { o in
                [("  " + TextWidth.fit(o.ally?.name ?? "no ally", to: 24) + " ", o.ally == nil ? .warning : .normal),
                 (TextWidth.fit("\(o.overdue)", to: 9, alignRight: true) + " ", .bold),
                 (Bars.relative(o.overdue, of: most, width: barWidth) + " ", .warning),
                 ("oldest due \(o.oldestDue.shortLabel), \(r.today.days(since: o.oldestDue)) days ago", .dim)]
            } + [[("  " + TextWidth.fit("All follow-ups overdue", to: 24) + " ", .dim),
                  (TextWidth.fit("\(r.overdueTotal)", to: 9, alignRight: true), .bold)]]
        }
        part(.caseloads, r.caseloads, empty: "No active Parent Allies") {
            r.caseloads.rows.map { c in
                let full = c.openParents >= c.limit
                let bar = Bars.caseload(c.openParents, limit: c.limit, width: barWidth)
                return [("  " + TextWidth.fit(c.ally.name, to: 24) + " ", .normal),
                        (TextWidth.fit("\(c.openParents)/\(c.limit)", to: 9, alignRight: true) + " ", full ? .warning : .bold),
                        (bar.within, full ? .warning : .bold), (bar.room, .dim), (bar.over, .warning)]
            }
        }
        part(.months, nil as ListPage<Int>?, empty: "") { monthLines(r, language) }
        return lines
    }

    /// Bars are this wide: enough to tell 3 from 4 at a glance, short enough for 80 columns.
    static let barWidth = 20

    private static func heading(_ part: MorningReview.Part, _ page: ListPage<some Sendable>?) -> Phrase {
        guard let page else { return part.words }
        return ReportSection.heading(part.words, shown: page.rows.count, total: page.total)
    }

    /// "09:00 Dept 2     Shelter 72h "
    private static func hearingPlace(_ time: TimeOfDay?, _ courtroom: String?, _ type: String) -> String {
        "\(time?.hhmm ?? "--:--") " + TextWidth.fit(courtroom ?? "", to: 10) + " " + TextWidth.fit(type, to: 11) + " "
    }

    /// Each figure's rate this month so far and last month, as bars out of 100%.
    private static func monthLines(_ r: MorningReview, _ language: Language) -> [StyledLine] {
        let label = 36, column = 10 + 1 + 16
        let now = r.thisMonth.period, then = r.lastMonth.period
        let nowTitle = "\(now.from.dayOfMonth)–\(now.to.dayOfMonth) \(now.to.shortMonth) so far"
        var lines: [StyledLine] = [[("  " + String(repeating: " ", count: label), .normal),
                                    (TextWidth.fit(nowTitle, to: column) + "   ", .bold), (then.words.text(language), .bold)]]
        for figure in MorningReview.monthFigures {
            var line: StyledLine = [("  " + TextWidth.fit(figure.words.text(language), to: label), .normal)]
            for (index, ratio) in [r.thisMonth.ratio(figure), r.lastMonth.ratio(figure)].enumerated() {
                let rate = ratio.rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
                line.append((Bars.rate(ratio.rate, width: 10) + " ", index == 0 ? .bold : .dim))
                line.append((TextWidth.fit("\(rate) (\(ratio.count) of \(ratio.of))", to: 16) + (index == 0 ? "   " : ""), .normal))
            }
            lines.append(line)
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
    /// block per parent over the limit (at most a quarter of the width, then "+").
    static func caseload(_ open: Int, limit: Int, width: Int) -> (within: String, room: String, over: String) {
        guard limit > 0 else { return ("", "", open > 0 ? "no limit set" : "") }
        let within = min(open, limit)
        var cells = Int((Double(within) / Double(limit) * Double(width)).rounded())
        if within > 0 { cells = max(1, cells) }
        let extra = open - limit
        let overCells = extra > 0 ? min(width / 4, max(1, Int((Double(extra) / Double(limit) * Double(width)).rounded()))) : 0
        let overflowed = extra > 0 && Double(extra) / Double(limit) * Double(width) > Double(width / 4)
        return (String(repeating: full, count: cells), String(repeating: empty, count: width - cells),
                String(repeating: full, count: overCells) + (overflowed ? "+" : ""))
    }
}
