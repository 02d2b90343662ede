import P4PController
import P4PStore

/// The parent's detail: who they are, their case, hearings, contacts, follow-ups and ally, in
/// the reader's language. A line longer than the page wraps under itself.
enum DetailView {
    static func title(_ state: DetailState, language: Language) -> String {
        let name = state.detail?.parent.name ?? Catalogue.text("detail.parent", in: language)
        guard state.parentIds.count > 1 else { return name }
        return Phrase("detail.titleOf", ["name": .text(name), "index": .number(state.index + 1),
                                         "count": .number(state.parentIds.count)]).text(language)
    }

    /// `width`: the page's columns inside its frame and margins.
    static func lines(_ state: DetailState, today: Day, language: Language, width: Int = .max) -> [StyledLine] {
        guard let d = state.detail else { return [[(Catalogue.text("page.loading", in: language), .dim)]] }
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        func day(_ day: Day) -> Phrase.Arg { .day(day, .short(thisYear: today.year)) }
        var lines: [StyledLine] = []
        let p = d.parent
        let who = p.preferredName.flatMap { $0.isEmpty ? nil : $0 }
            .map { say(Phrase("detail.preferred", ["name": .text(p.name), "preferred": .text($0)])) } ?? p.name
        lines.append([(who, .bold), ("  " + say(Phrase(p.status.words)), p.status == .open ? .normal : .dim)])
        var facts = [say(Phrase(p.interpreterNeeded ? "detail.languageInterpreter" : "detail.language", ["language": .phrase(.languageName(p.language))]))]
        if let phone = p.phone { facts.append(say(Phrase("detail.phone", ["phone": .text(phone)]))) }
        if let county = p.county { facts.append(say(Phrase("detail.county", ["county": .text(county)]))) }
        lines.append([(facts.joined(separator: "   "), .normal)])
        let allyLabel = say("detail.allyLabel")
        if let ally = d.ally {
            let since = p.allySince.map { say(Phrase("detail.allySince", ["day": day($0)])) } ?? ""
            lines.append([(allyLabel, .normal), (ally.name, .bold), (since + (ally.phone.map { "   \($0)" } ?? ""), .normal)])
        } else {
            let waiting = Phrase("detail.waiting", ["days": .number(today.days(since: p.waitingSince)), "day": day(p.waitingSince)])
            lines.append([(allyLabel, .normal), (say("pane.noAlly"), .warning), (say(waiting), .normal)])
        }
        if let reason = p.closingReason { lines.append([(say(Phrase("detail.closed", ["reason": .text(reason)])), .dim)]) }
        lines.append([(say("detail.dependency101"), .normal),
                      d.dependency101Attended.map { (say(Phrase("detail.attended", ["day": day($0)])), .normal) }
                          ?? (say("detail.notAttended"), .warning)])

        for summary in d.cases { lines += caseLines(summary, language: language, today: today) }

        lines.append([])
        lines.append([(say(Phrase("detail.hearings", ["count": .number(d.hearings.count)])), .header)])
        if d.hearings.isEmpty { lines.append([("  " + say("detail.noHearings"), .dim)]) }
        for h in d.hearings {
            let when = say(Phrase("verbatim", ["text": day(h.hearing.date)])) + " " + (h.hearing.time?.hhmm ?? "--:--")
            var parts = [say(HearingType.words(code: h.typeCode, name: h.typeName))]
            if let room = h.hearing.courtroom { parts.append(room) }
            parts.append(say(Phrase(h.hearing.status.words)))
            parts.append(say(h.coveringAlly.map { Phrase("detail.coveredBy", ["name": .text($0)]) } ?? "detail.notCovered"))
            if let met = h.engagement { parts.append(say(Phrase(met.words))) }
            if let attended = h.attended { parts.append(say(attended ? "attendance.present" : "attendance.absent")) }
            if let finding = h.servicesCompliance, finding != .notAddressed {
                parts.append(say(Phrase("detail.servicesFinding", ["finding": .word(finding.words)])))
            }
            if let finding = h.visitationCompliance, finding != .notAddressed {
                parts.append(say(Phrase("detail.visitationFinding", ["finding": .word(finding.words)])))
            }
            let style: Style = h.hearing.date == today ? .bold : (h.hearing.date < today ? .dim : .normal)
            lines.append([("  \(when)  " + parts.joined(separator: " · "), style)])
        }

        lines.append([])
        lines.append([(say("detail.followUps"), .header)])
        if d.followUps.isEmpty { lines.append([("  " + say("followUp.none"), .dim)]) }
        for f in d.followUps {
            let fu = f.followUp
            var parts = [say(FollowUpKind.words(fu.kind))]
            if fu.attempts > 0 {
                let tries = fu.attempts == 1 ? Phrase("followUp.oneTry") : Phrase("followUp.tries", ["count": .number(fu.attempts)])
                parts.append(say(Phrase("detail.triesNotReached", ["tries": .phrase(tries)]))
                             + (fu.lastAttemptOn.map { say(Phrase("detail.lastTry", ["day": day($0)])) } ?? ""))
            }
            if let done = fu.doneOn {
                let closed = say(Phrase(fu.missed ? "detail.missed" : "detail.done", ["day": day(done)]))
                parts[0] += " " + say(Phrase("detail.dueOn", ["day": day(fu.dueDate)]))
                if let ally = f.allyName { parts.append(ally) }
                lines.append([("  \(closed)  " + parts.joined(separator: " · "), .dim)])
            } else {
                let late = today.days(since: fu.dueDate)
                let status = late > 0 ? Phrase("detail.daysOverdue", ["count": .number(late)])
                    : late == 0 ? Phrase("detail.dueToday") : Phrase("detail.due", ["day": day(fu.dueDate)])
                if let reason = fu.snoozeReason { parts.append(say(Phrase("detail.snoozed", ["reason": .text(reason)]))) }
                if let ally = f.allyName { parts.append(ally) }
                lines.append([("  \(say(status))  " + parts.joined(separator: " · "), late > 0 ? .warning : .normal)])
            }
        }

        lines.append([])
        lines.append([(say("detail.contacts"), .header)])
        if d.contacts.isEmpty { lines.append([("  " + say("detail.noContacts"), .dim)]) }
        for c in d.contacts { lines += contactLines(c, language: language, today: today) }
        return lines.flatMap { wrapped($0, to: width) }
    }

    /// One contact: when, who, how long and whether the parent was reached; then its topics,
    /// the referrals made at it and its note, each wrapping under itself.
    private static func contactLines(_ c: ParentDetail.ContactLine, language: Language, today: Day) -> [StyledLine] {
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        let k = c.contact
        let when = say(Phrase("verbatim", ["text": .day(k.date, .short(thisYear: today.year))])) + " " + (k.time?.hhmm ?? "--:--")
        var how = say(Phrase(k.mode.words))
        if let minutes = k.minutes { how += " " + say(Phrase("detail.minutes", ["count": .number(minutes)])) }
        var parts = [how + ", " + say(Phrase(k.reached ? "detail.reached" : "detail.notReached"))]
        if let maker = c.madeBy { parts.append(say(Phrase("detail.madeBy", ["name": .text(maker)]))) }
        var lines: [StyledLine] = [[("  \(when)  " + parts.joined(separator: " · "), k.reached ? .normal : .dim)]]
        if let topics = k.topics, !topics.isEmpty {
            lines.append([("      " + say(Phrase("detail.topics", ["topics": .text(topics)])), .normal)])
        }
        if !c.referrals.isEmpty {
            let kinds = Phrase.Arg.list(c.referrals.map(ReferralKind.words), separator: ", ")
            lines.append([("      " + say(Phrase("detail.referralsMade", ["kinds": kinds])), .normal)])
        }
        if let notes = k.notes, !notes.isEmpty {
            // A note's own lines stay lines; a long one wraps under itself.
            for line in notes.split(separator: "\n", omittingEmptySubsequences: false) { lines.append([("      \(line)", .dim)]) }
        }
        return lines
    }

    private static func caseLines(_ s: ParentDetail.CaseSummary, language: Language, today: Day) -> [StyledLine] {
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        func day(_ day: Day) -> Phrase.Arg { .day(day, .short(thisYear: today.year)) }
        let c = s.dependencyCase
        var lines: [StyledLine] = [[], [(say(Phrase("detail.case", ["number": .text(c.caseNumber)])), .header),
                                        (" (\(say(Phrase(s.role.words))))", .normal)]]
        var dates: [String] = []
        if let d = c.removalDate { dates.append(say(Phrase("detail.removal", ["day": day(d)]))) }
        if let d = c.petitionDate { dates.append(say(Phrase("detail.petition", ["day": day(d)]))) }
        if let county = c.county { dates.append(county) }
        if let outcome = c.outcome {
            dates.append(say(Phrase("detail.outcome", ["outcome": .word(outcome.words),
                                                       "day": c.outcomeDate.map(day) ?? .text("")])).trimmingTrailingSpaces)
        }
        if !dates.isEmpty { lines.append([("  " + dates.joined(separator: " · "), .normal)]) }
        // The court's next requirement: the moment the parent most needs support.
        if let deadline = s.nextDeadline {
            lines.append([("  " + say(deadline.phrase(.short(thisYear: today.year))), deadline.isScheduledInTime ? .normal : .warning)])
        }
        if c.outcome == nil, let suggestion = s.evidence.suggestion {
            lines.append([("  " + say(Phrase("detail.suggestedOutcome", ["outcome": .word(suggestion.outcome.words),
                                                                         "day": day(suggestion.on)])), .dim)])
        }
        // Each child on a line of its own, with its placement history when it has one.
        for child in s.children {
            let moves = s.moves(of: child.id)
            let name: Phrase = child.birthYear.map { Phrase("detail.childNamedBorn", ["name": .text(child.name), "year": .text(String($0))]) }
                ?? .verbatim(child.name)
            let history: Phrase.Arg = moves.isEmpty ? .word(child.placement.words)
                : .list(moves.map { Phrase("detail.move", ["move": .word($0.move.words), "day": day($0.date)]) }, separator: " → ")
            lines.append([("  " + say(Phrase("detail.childHistory", ["child": .phrase(name), "history": history])), .normal)])
        }
        if !s.otherParents.isEmpty {
            lines.append([("  " + say(Phrase("detail.otherParents", ["names": .text(s.otherParents.map(\.name).joined(separator: ", "))])), .normal)])
        }
        return lines
    }
}
