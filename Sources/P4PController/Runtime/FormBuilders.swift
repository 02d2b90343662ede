import P4PStore

/// The forms of the day's tasks, filled from the store: what is known is prefilled, the likely
/// answer is chosen, and the field the user will type into has the focus.
enum FormBuilders {
    static let engagementChoices = CourtEngagement.allCases.map(\.rawValue)
    static let statusChoices = [HearingStatus.held, .continued, .cancelled].map(\.rawValue)
    static let modeChoices = ContactMode.allCases.map(\.rawValue)
    static let referralChoices = ["treatment", "housing", "visitation", "parenting class", "legal aid",
                                  "domestic violence services"]

    /// One line per parent on the hearing (met preselected at a first hearing is not assumed:
    /// the PA says what happened), the covering ally (the one recording it, when an ally records
    /// an uncovered hearing), and the status, held by default.
    static func courtOutcome(_ entry: DocketEntry, allies: [Caseload], recordingAlly: ID?, today: Day) -> FormState {
        var fields = entry.parents.map { parent in
            FormField(id: "parent-\(parent.id)", label: parent.name, kind: .choice(engagementChoices),
                      required: true, initial: parent.engagement.map { .choice($0.rawValue) } ?? .empty)
        }
        let allyOptions = PickerSource(allies.filter(\.active).map {
            PickerOption(id: $0.ally.id, label: $0.ally.name, detail: "\($0.openParents) of \($0.limit)")
        })
        fields.append(FormField(id: "ally", label: "Covered by", kind: .picker(allyOptions),
                                initial: (entry.coveringAlly?.id ?? recordingAlly).map { .id($0) } ?? .empty))
        fields.append(FormField(id: "status", label: "Hearing", kind: .choice(statusChoices), required: true,
                                initial: .choice(HearingStatus.held.rawValue)))
        fields.append(FormField(id: "continuedTo", label: "Continued to", kind: .date))
        fields.append(FormField(id: "continuedAt", label: "At", kind: .time))
        let title = "Outcome: \(entry.time?.hhmm ?? "") \(entry.courtroom ?? "") \(entry.hearingType)"
        return FormState(title: title, fields: fields, today: today)
    }

    /// The allies best fit first, the best preselected, so `a Enter C-s` assigns it. Moving a
    /// parent from one ally to another asks why.
    static func assignAlly(parentName: String, fits: [AllyFit], current: ID? = nil, today: Day) -> FormState {
        let options = fits.filter { $0.ally.id != current }
            .map { PickerOption(id: $0.ally.id!, label: $0.ally.name, detail: $0.reasons.joined(separator: " · ")) }
        var fields = [FormField(id: "ally", label: "Parent Ally", kind: .picker(PickerSource(options)), required: true,
                                initial: options.first.map { .id($0.id) } ?? .empty)]
        if current != nil { fields.append(FormField(id: "reason", label: "Reason", kind: .text(limit: 200), required: true)) }
        let verb = current == nil ? "Assign a Parent Ally to" : "Reassign"
        return FormState(title: "\(verb) \(parentName)", fields: fields, today: today)
    }

    static func unassignAlly(parentName: String, today: Day) -> FormState {
        FormState(title: "Unassign \(parentName)", fields: [
            FormField(id: "reason", label: "Reason", kind: .text(limit: 200), required: true),
        ], today: today)
    }

    /// A contact, and the open follow-up it completes (`completing`, else none): a contact that
    /// reached the parent completes it; one that did not is counted as an attempt on it.
    static func logContact(parentName: String, openFollowUps: [FollowUp], completing: ID?, today: Day) -> FormState {
        let options = [PickerOption(id: noFollowUp, label: "none")] + openFollowUps.map {
            PickerOption(id: $0.id!, label: $0.kind, detail: followUpDetail($0))
        }
        var form = FormState(title: "Contact with \(parentName)", fields: [
            FormField(id: "date", label: "Date", kind: .date, required: true, initial: .date(today),
                      validator: { value in
                          if case .date(let day) = value, day > today { return "A contact cannot be in the future" }
                          return nil
                      }, facing: .backward),
            FormField(id: "time", label: "Time", kind: .time),
            FormField(id: "mode", label: "How", kind: .choice(modeChoices), required: true,
                      initial: .choice(ContactMode.phone.rawValue)),
            FormField(id: "minutes", label: "Minutes", kind: .number(range: 0...600)),
            FormField(id: "reached", label: "Reached", kind: .choice(["yes", "no"]), required: true,
                      initial: .choice("yes")),
            FormField(id: "topics", label: "Topics", kind: .text(limit: 200)),
            FormField(id: "referrals", label: "Referrals", kind: .multiChoice(referralChoices)),
            FormField(id: "completes", label: "Completes", kind: .picker(PickerSource(options)),
                      initial: .id(completing ?? noFollowUp)),
            FormField(id: "notes", label: "Notes", kind: .note(limit: 2000)),
        ], today: today)
        // A reached phone call today is the common case: type the note, C-s.
        form.focus = form.fields.count - 1
        return form
    }

    /// The "Completes" option that completes nothing.
    static let noFollowUp: ID = 0

    /// "due 11/28 · 2 tries": when a follow-up was due, and the calls that did not reach.
    static func followUpDetail(_ followUp: FollowUp) -> String {
        var parts = ["due \(followUp.dueDate.shortLabel)"]
        if followUp.attempts > 0 { parts.append(followUp.attempts == 1 ? "1 try" : "\(followUp.attempts) tries") }
        return parts.joined(separator: " · ")
    }

    /// The follow-up a contact made today answers by default: the earliest open one due by then.
    static func answered(by day: Day, among open: [FollowUp]) -> ID? {
        open.filter { $0.dueDate <= day }.min { ($0.dueDate, $0.id ?? 0) < ($1.dueDate, $1.id ?? 0) }?.id
    }

    static func snooze(_ followUp: OverdueFollowUp, today: Day) -> FormState {
        FormState(title: "Snooze: \(followUp.kind) for \(followUp.parentName)", fields: [
            FormField(id: "date", label: "Snooze to", kind: .date, required: true, initial: .date(today.adding(days: 7)),
                      validator: { value in
                          if case .date(let day) = value, day < today { return "Snooze to today or later" }
                          return nil
                      }),
            FormField(id: "reason", label: "Reason", kind: .text(limit: 200), required: true),
        ], today: today)
    }
}
