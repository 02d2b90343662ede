import P4PStore

/// The columns of each pane, most important first by priority, headed and filled in the
/// reader's language. The same definitions serve every screen width.
enum PaneColumns {
    static let firstHearingMark = "*"
    static let interpreterMark = "!"
    /// A hearing's record on the docket: held, continued, cancelled, or a past day's hearing
    /// nobody recorded. One still to come (or today's, not yet recorded) has no mark.
    static let heldMark = "✓", continuedMark = "→", cancelledMark = "×", notRecordedMark = "?"
    /// A hearing still to come whose case's next court deadline is near with no hearing set for
    /// it in time: the docket says so at every width; the Due column (where it fits) and the
    /// parent's file say which.
    static let deadlineAtRiskMark = "!"

    /// The mark of a hearing's record; `pastDay` is a docket day before today.
    static func recordMark(_ entry: DocketEntry, pastDay: Bool) -> (String, Style?) {
        switch entry.status {
        case .held: return (heldMark, .dim)
        case .continued: return (continuedMark, .warning)
        case .cancelled: return (cancelledMark, .warning)
        case .scheduled:
            if pastDay { return (notRecordedMark, .warning) }
            return entry.deadlineAtRisk ? (deadlineAtRiskMark, .warning) : ("", nil)
        }
    }

    /// A parent's name as the screen may show it: in full, or as initials ("M. N.") so that a
    /// kiosk in a hallway shows nobody's name until someone asks for them.
    static func nameShown(_ name: String, masked: Bool) -> String {
        guard masked else { return name }
        let words = name.split(separator: " ")
        let initials = [words.first, words.count > 1 ? words.last : nil].compactMap { $0?.first }
        return initials.map { "\($0)." }.joined(separator: " ")
    }

    static func docket(masked: Bool = false, pastDay: Bool = false, language: Language = .english) -> [TableColumn<DocketEntry>] {
        func say(_ key: W) -> String { Catalogue.text(key, in: language) }
        let none = say("pane.noAlly")
        return [
            TableColumn(title: say("paneColumn.time"), width: 5, priority: 0) { ($0.time?.hhmm ?? "--:--", nil) },
            // Whether the outcome was recorded: one cell, shown at every width (help names the marks).
            TableColumn(title: "", width: 1, priority: 0) { recordMark($0, pastDay: pastDay) },
            TableColumn(title: say("paneColumn.room"), width: 6, priority: 3) { (shortRoom($0.courtroom), nil) },
            TableColumn(title: say("paneColumn.case"), width: 13, priority: 5) { ($0.caseNumber, .dim) },
            TableColumn(title: say("paneColumn.parents"), width: 12, flexible: true, priority: 1) { (parentNames($0, masked: masked), nil) },
            // Wide enough for every language's short names of the program's types ("Custodia 72h").
            TableColumn(title: say("paneColumn.hearing"), width: 12, priority: 4) { entry in
                entry.status == .scheduled || entry.status == .held
                    ? (HearingType.shortWords(code: entry.hearingTypeCode, shortName: entry.hearingTypeShort).text(language), nil)
                    : (say(entry.status.words), .warning)
            },
            TableColumn(title: say("paneColumn.ally"), width: 9, priority: 2) { entry in
                entry.coveringAlly.map { (shortName($0.name), nil) } ?? (none, .warning)
            },
            // The case's next court deadline, where the pane is wide enough ("Fact-find 12/14");
            // a warning when no hearing is set for it in time. The parent's detail says it in full.
            TableColumn(title: say("docket.due"), width: 15, priority: 6, leavesFlexible: 32) { entry in
                guard let due = entry.nextDeadline else { return ("", nil) }
                return (due.shortPhrase.text(language), due.isScheduledInTime ? nil : .warning)
            },
        ]
    }

    /// "*María Pérez & José Pérez": a star before each parent at their first hearing.
    static func parentNames(_ entry: DocketEntry, masked: Bool = false) -> String {
        entry.parents.map { ($0.isFirstHearing ? firstHearingMark : "") + nameShown($0.name, masked: masked) }
            .joined(separator: " & ")
    }

    static func unassigned(today: Day, masked: Bool = false, language: Language = .english) -> [TableColumn<UnassignedParent>] {
        func say(_ key: W) -> String { Catalogue.text(key, in: language) }
        return [
            // A name short enough to recognise comes before the language column.
            TableColumn(title: say("paneColumn.parent"), width: 11, flexible: true, priority: 0) { (nameShown($0.name, masked: masked), nil) },
            TableColumn(title: say("paneColumn.language"), width: 4, priority: 3) { parent in
                // The language's first letters, in the reader's words: "Spa", "esp".
                (String(Phrase.languageName(parent.language).text(language).prefix(3)) + (parent.interpreterNeeded ? interpreterMark : ""), nil)
            },
            TableColumn(title: say("paneColumn.wait"), width: 4, alignRight: true, priority: 2) { parent in
                let days = parent.daysWaiting(asOf: today)
                return (Phrase("pane.days", ["count": .number(days)]).text(language), days >= 7 ? .warning : nil)
            },
            TableColumn(title: say("paneColumn.next"), width: 5, priority: 1) { parent in
                guard let date = parent.nextHearingDate else { return ("—", .dim) }
                return date == today ? (say("pane.today"), .warning) : (date.text(.numeric, in: language), nil)
            },
            // What the next hearing is, where the pane is wide enough.
            TableColumn(title: say("paneColumn.hearing"), width: 12, priority: 4) { parent in
                guard let code = parent.nextHearingTypeCode else { return ("", nil) }
                return (HearingType.shortWords(code: code, shortName: parent.nextHearingType ?? code).text(language), nil)
            },
        ]
    }

    static func overdue(today: Day, masked: Bool = false, language: Language = .english) -> [TableColumn<OverdueFollowUp>] {
        func say(_ key: W) -> String { Catalogue.text(key, in: language) }
        let none = say("pane.noAlly")
        return [
            TableColumn(title: say("paneColumn.late"), width: 5, alignRight: true, priority: 0) { item in
                let days = item.daysOverdue(asOf: today)
                return days == 0 ? (say("pane.today"), .dim) : (Phrase("pane.days", ["count": .number(days)]).text(language), .warning)
            },
            TableColumn(title: say("paneColumn.parent"), width: 10, flexible: true, priority: 1) { (nameShown($0.parentName, masked: masked), nil) },
            TableColumn(title: say("paneColumn.kind"), width: 8, priority: 3) { (shortKind($0.kind, language: language), nil) },
            TableColumn(title: say("paneColumn.ally"), width: 9, priority: 2) { item in
                item.ally.map { (shortName($0.name), nil) } ?? (none, .warning)
            },
            // Calls that did not reach the parent: the follow-up is still open, not forgotten.
            TableColumn(title: say("paneColumn.tries"), width: 5, alignRight: true, priority: 4) { item in
                item.attempts == 0 ? ("", nil) : ("\(item.attempts)", .dim)
            },
        ]
    }

    /// Follow-up kinds in eight columns or fewer: the planner's kinds have short words in each
    /// language; a kind typed by hand keeps its first word.
    static func shortKind(_ kind: String, language: Language = .english) -> String {
        let known: [String: W] = [FollowUpKind.firstCall: "followUpKindShort.firstCall",
                                  FollowUpKind.hearingReminder: "followUpKindShort.hearingReminder",
                                  FollowUpKind.checkIn: "followUpKindShort.checkIn",
                                  FollowUpKind.classInvitation: "followUpKindShort.classInvitation"]
        return known[kind].map { Catalogue.text($0, in: language) } ?? String(kind.split(separator: " ").first ?? "")
    }

    /// "Courtroom 3A" -> "Ct 3A", "Department 4" -> "Dept 4": the part that tells rooms apart.
    static func shortRoom(_ room: String?) -> String {
        guard let room else { return "" }
        for (long, short) in [("Courtroom ", "Ct "), ("Department ", "Dept "), ("Room ", "Rm ")] where room.hasPrefix(long) {
            return short + room.dropFirst(long.count)
        }
        return room
    }

    /// "Ana Ruiz" -> "Ana R.", "Denise Washington" -> "Denise W.": enough to tell allies
    /// apart in a narrow column.
    static func shortName(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard parts.count > 1, let first = parts.first, let last = parts.last?.first else { return name }
        return "\(first) \(last)."
    }
}
