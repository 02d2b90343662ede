import P4PStore

/// The forms of the day's tasks, built from what the store read: what is known is prefilled,
/// the likely answer is chosen, and the field the user will type into has the focus.
enum TaskForms {
    static let engagementChoices = CourtEngagement.allCases.map { Choice($0.rawValue, Phrase($0.words)) }
    static let statusChoices = [HearingStatus.held, .continued, .cancelled].map { Choice($0.rawValue, Phrase($0.words)) }
    static let modeChoices = ContactMode.allCases.map { Choice($0.rawValue, Phrase($0.words)) }
    static let yesNo = [Choice("yes", "choice.yes"), Choice("no", "choice.no")]
    /// Present or absent: one letter each ("p", "a"; "p", "a" in Spanish too).
    static let attendanceChoices = [Choice(present, "attendance.present"), Choice(absent, "attendance.absent")]
    static let present = "present", absent = "absent"
    /// The court's findings: one letter each (c, p, n, u; c, p, n, s in Spanish).
    static let complianceChoices = ComplianceFinding.allCases.map { Choice($0.rawValue, Phrase($0.words)) }
    static let referralChoices = ReferralKind.all.map { Choice($0, ReferralKind.words($0)) }

    /// "3 of 12" beside an ally in a picker.
    static func allyOptions(_ allies: [Caseload]) -> PickerSource {
        PickerSource(allies.filter(\.active).map {
            PickerOption(id: $0.ally.id, label: $0.ally.name,
                         detail: Phrase("fit.caseload", ["open": .number($0.openParents), "limit": .number($0.limit)]))
        })
    }

    /// For each parent on the hearing, their engagement (met preselected at a first hearing is not
    /// assumed: the PA says what happened), whether the court recorded them present (as recorded,
    /// else as the engagement implies; left empty, the saved engagement decides), and at review
    /// and permanency hearings the court's findings on services and visitation; then the covering
    /// ally (the one recording it, when an ally records an uncovered hearing), and the status,
    /// held by default.
    static func courtOutcome(_ entry: DocketEntry, allies: [Caseload], recordingAlly: ID?, today: Day,
                             language: Language) -> FormState {
        let findsCompliance = HearingType.findingCompliance.contains(entry.hearingTypeCode)
        var fields: [FormField] = []
        for parent in entry.parents {
            fields.append(FormField(.engagement(parentId: parent.id), label: .verbatim(parent.name),
                                    kind: .choice(engagementChoices), required: true,
                                    initial: parent.engagement.map { .choice($0.rawValue) } ?? .empty))
            let attended = parent.attended ?? parent.engagement?.impliesAttendance
            fields.append(FormField(.attended(parentId: parent.id), kind: .choice(attendanceChoices),
                                    initial: attended.map { .choice($0 ? present : absent) } ?? .empty))
            guard findsCompliance else { continue }
            fields.append(FormField(.servicesCompliance(parentId: parent.id), kind: .choice(complianceChoices),
                                    initial: parent.servicesCompliance.map { .choice($0.rawValue) } ?? .empty))
            fields.append(FormField(.visitationCompliance(parentId: parent.id), kind: .choice(complianceChoices),
                                    initial: parent.visitationCompliance.map { .choice($0.rawValue) } ?? .empty))
        }
        fields.append(FormField(.coveringAlly, kind: .picker(allyOptions(allies)),
                                initial: (entry.coveringAlly?.id ?? recordingAlly).map { .id($0) } ?? .empty))
        fields.append(FormField(.hearingStatus, kind: .choice(statusChoices), required: true,
                                initial: .choice(HearingStatus.held.rawValue)))
        fields.append(FormField(.continuedTo, kind: .date))
        fields.append(FormField(.continuedAt, kind: .time))
        let title = Phrase("form.title.outcome", ["time": .text(entry.time?.hhmm ?? ""), "room": .text(entry.courtroom ?? ""),
                                                  "type": .phrase(HearingType.words(code: entry.hearingTypeCode, name: entry.hearingType))])
        return FormState(title: title, fields: fields, today: today, language: language)
    }

    /// Who covers a coming hearing: the ally planned so far preselected; emptied, nobody yet.
    static func planCoverage(_ entry: DocketEntry, on day: Day, allies: [Caseload], today: Day, language: Language) -> FormState {
        let title = Phrase("form.title.coverage", ["time": .text(entry.time?.hhmm ?? ""), "room": .text(entry.courtroom ?? ""),
                                                   "type": .phrase(HearingType.words(code: entry.hearingTypeCode, name: entry.hearingType)),
                                                   "day": .day(day, .short(thisYear: today.year))])
        return FormState(title: title, fields: [
            FormField(.coveringAlly, label: "coverage.field", kind: .picker(allyOptions(allies)), initial: entry.coveringAlly.map { .id($0.id) } ?? .empty),
        ], today: today, language: language)
    }

    /// The allies best fit first, the best preselected, so `a Enter C-s` assigns it. Moving a
    /// parent from one ally to another asks why.
    static func assignAlly(parentName: String, fits: [AllyFit], current: ID? = nil, today: Day, language: Language) -> FormState {
        let options = fits.filter { $0.ally.id != current }
            .map { PickerOption(id: $0.ally.id!, label: $0.ally.name, detail: Phrase("verbatim", ["text": .list($0.reasons, separator: " · ")])) }
        var fields = [FormField(.parentAlly, kind: .picker(PickerSource(options)), required: true,
                                initial: options.first.map { .id($0.id) } ?? .empty)]
        if current != nil { fields.append(FormField(.reason, kind: .text(limit: 200), required: true)) }
        let title = Phrase(current == nil ? "form.title.assign" : "form.title.reassign", ["name": .text(parentName)])
        return FormState(title: title, fields: fields, today: today, language: language)
    }

    static func unassignAlly(parentName: String, today: Day, language: Language) -> FormState {
        FormState(title: Phrase("form.title.unassign", ["name": .text(parentName)]), fields: [
            FormField(.reason, kind: .text(limit: 200), required: true),
        ], today: today, language: language)
    }

    /// The "Completes" option that completes nothing.
    static let noFollowUp: ID = 0

    /// "due 11/28 · 2 tries": when a follow-up was due, and the calls that did not reach.
    static func followUpDetail(_ followUp: FollowUp) -> Phrase {
        var parts = [Phrase("followUp.due", ["day": .day(followUp.dueDate, .numeric)])]
        if followUp.attempts > 0 {
            parts.append(Phrase(followUp.attempts == 1 ? "followUp.oneTry" : "followUp.tries", ["count": .number(followUp.attempts)]))
        }
        return Phrase("verbatim", ["text": .list(parts, separator: " · ")])
    }

    /// The follow-up a contact made today answers by default: the earliest open one due by then.
    static func answered(by day: Day, among open: [FollowUp]) -> ID? {
        open.filter { $0.dueDate <= day }.min { ($0.dueDate, $0.id ?? 0) < ($1.dueDate, $1.id ?? 0) }?.id
    }

    /// A contact, and the open follow-up it completes (`completing`, else none): a contact that
    /// reached the parent completes it; one that did not is counted as an attempt on it.
    static func logContact(parentName: String, openFollowUps: [FollowUp], completing: ID?, today: Day,
                           language: Language) -> FormState {
        let none = PickerOption(id: noFollowUp, label: Phrase("followUp.none").text(language))
        let options = [none] + openFollowUps.map {
            PickerOption(id: $0.id!, label: FollowUpKind.words($0.kind).text(language), detail: followUpDetail($0))
        }
        var form = FormState(title: Phrase("form.title.contact", ["name": .text(parentName)]), fields: [
            FormField(.contactDate, kind: .date, required: true, initial: .date(today),
                      validator: { value in
                          if case .date(let day) = value, day > today { return "invalid.contactInFuture" }
                          return nil
                      }, facing: .backward),
            FormField(.time, kind: .time),
            FormField(.contactMode, kind: .choice(modeChoices), required: true, initial: .choice(ContactMode.phone.rawValue)),
            FormField(.minutes, kind: .number(range: 0...600)),
            FormField(.reached, kind: .choice(yesNo), required: true, initial: .choice("yes")),
            FormField(.topics, kind: .text(limit: 200)),
            FormField(.referrals, kind: .multiChoice(referralChoices)),
            FormField(.completes, kind: .picker(PickerSource(options)), initial: .id(completing ?? noFollowUp)),
            FormField(.notes, kind: .note(limit: 2000)),
        ], today: today, language: language)
        // A reached phone call today is the common case: type the note, C-s.
        form.focus = form.fields.count - 1
        return form
    }

    static func snooze(_ followUp: OverdueFollowUp, today: Day, language: Language) -> FormState {
        let title = Phrase("form.title.snooze", ["kind": .phrase(FollowUpKind.words(followUp.kind)),
                                                 "name": .text(followUp.parentName)])
        return FormState(title: title, fields: [
            FormField(.snoozeTo, kind: .date, required: true, initial: .date(today.adding(days: 7)),
                      validator: { value in
                          if case .date(let day) = value, day < today { return "invalid.snoozeToTodayOrLater" }
                          return nil
                      }),
            FormField(.reason, kind: .text(limit: 200), required: true),
        ], today: today, language: language)
    }
}
