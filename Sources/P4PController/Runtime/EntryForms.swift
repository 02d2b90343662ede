import P4PStore

/// The forms that add and correct records: a new case at intake (its parents and first
/// hearing), a hearing or a parent on a case, a Dependency 101 session; edits of a hearing or a
/// parent; a session's roster.
enum EntryForms {
    /// What `n` can add where the user is.
    enum NewKind: String, CaseIterable {
        case newCase = "case: parents and first hearing"
        case hearing = "hearing on this case"
        case parent = "parent joining this case"
        case dependency101 = "Dependency 101 session"
    }

    static let roleChoices = ParentRole.allCases.map(\.rawValue)
    static let yesNo = ["no", "yes"]
    static let statusChoices = ParentStatus.allCases.map(\.rawValue)
    /// Court sits from 8:00 to 17:00; a time outside is allowed (a late calendar) but said.
    static let courtHours = (8 * 60)...(17 * 60)

    static func chooseNew(hasCase: Bool, today: Day) -> FormState {
        let kinds = NewKind.allCases.filter { hasCase || ($0 != .hearing && $0 != .parent) }
        var form = FormState(title: "Add", fields: [
            FormField(id: "kind", label: "What", kind: .choice(kinds.map(\.rawValue)), required: true,
                      initial: .choice(kinds[hasCase ? 1 : 0].rawValue)),
        ], today: today)
        form.enterSaves = true
        form.message = "Type a letter or use Left/Right, then Enter"
        return form
    }

    static func hearingTypeField(_ types: [HearingType], initial: ID?) -> FormField {
        let names = types.map(\.name)
        let chosen = types.first { $0.id == initial }?.name ?? names.first
        return FormField(id: "type", label: "Hearing type", kind: .choice(names), required: true,
                         initial: chosen.map { .choice($0) } ?? .empty)
    }

    /// A hearing's day: typed without a year it is the next such date; a past one is allowed (an
    /// old hearing being recorded) but said.
    static func hearingDateField(id: String, label: String, initial: Day, today: Day) -> FormField {
        FormField(id: id, label: label, kind: .date, required: true, initial: .date(initial),
                  caution: { value in
                      guard case .date(let day) = value, day < today else { return nil }
                      return "In the past: recording an old hearing?"
                  })
    }

    static func timeField(label: String = "Time", initial: TimeOfDay?) -> FormField {
        FormField(id: "time", label: label, kind: .time, initial: initial.map { .time($0) } ?? .empty,
                  caution: { value in
                      guard case .time(let t) = value, !courtHours.contains(t.minutes) else { return nil }
                      return "Outside court hours (8 AM to 5 PM): check the time"
                  })
    }

    static func allyField(id: String, label: String, allies: [Caseload], initial: ID?) -> FormField {
        let options = PickerSource(allies.filter(\.active).map {
            PickerOption(id: $0.ally.id, label: $0.ally.name, detail: "\($0.openParents) of \($0.limit)")
        })
        return FormField(id: id, label: label, kind: .picker(options), initial: initial.map { .id($0) } ?? .empty)
    }

    /// Intake of a new petition: the case, one or two parents, and the shelter care hearing.
    static func newCase(types: [HearingType], today: Day) -> FormState {
        FormState(title: "New case", fields: [
            FormField(id: "caseNumber", label: "Case number", kind: .text(limit: 40), required: true),
            FormField(id: "county", label: "County", kind: .text(limit: 60)),
            FormField(id: "petition", label: "Petition filed", kind: .date, initial: .date(today), facing: .backward),
            FormField(id: "removal", label: "Removal", kind: .date, facing: .backward),
        ] + firstParentFields() + [
            FormField(id: "name2", label: "Second parent", kind: .text(limit: 80)),
            FormField(id: "role2", label: "Role", kind: .choice(roleChoices), initial: .choice(ParentRole.father.rawValue)),
            hearingDateField(id: "hearingDate", label: "First hearing", initial: today.adding(days: 1), today: today),
            timeField(initial: nil),
            FormField(id: "courtroom", label: "Courtroom", kind: .text(limit: 40)),
            hearingTypeField(types, initial: types.first?.id),
        ], today: today)
    }

    /// A new case's first parent: typed in as someone new, or found on file (a parent the
    /// program already knows, on a new case). Saving asks for one or the other.
    static func firstParentFields() -> [FormField] {
        var fields = parentFields(nameLabel: "Parent", role: .mother, nameRequired: false)
        fields.insert(FormField(id: "onFile", label: "Or on file", kind: .picker(PickerSource(searching: .parents))), at: 1)
        return fields
    }

    /// Who a new parent is: read back by `DeskSession.parent(_:today:)`.
    static func parentFields(nameLabel: String, role: ParentRole, nameRequired: Bool = true) -> [FormField] {
        [
            FormField(id: "name", label: nameLabel, kind: .text(limit: 80), required: nameRequired),
            FormField(id: "role", label: "Role", kind: .choice(roleChoices), required: true, initial: .choice(role.rawValue)),
            FormField(id: "language", label: "Language", kind: .text(limit: 40), initial: .text("English")),
            FormField(id: "interpreter", label: "Interpreter", kind: .choice(yesNo), initial: .choice("no")),
            FormField(id: "phone", label: "Phone", kind: .text(limit: 30)),
        ]
    }

    static func hearing(title: String, _ hearing: Hearing?, types: [HearingType], allies: [Caseload],
                        today: Day) -> FormState {
        FormState(title: title, fields: [
            hearingDateField(id: "date", label: "Date", initial: hearing?.date ?? today.adding(days: 1), today: today),
            timeField(initial: hearing?.time),
            FormField(id: "courtroom", label: "Courtroom", kind: .text(limit: 40),
                      initial: hearing?.courtroom.map { .text($0) } ?? .empty),
            hearingTypeField(types, initial: hearing?.typeId),
            FormField(id: "officer", label: "Judge/officer", kind: .text(limit: 80),
                      initial: hearing?.judicialOfficer.map { .text($0) } ?? .empty),
            allyField(id: "ally", label: "Covered by", allies: allies, initial: hearing?.allyId),
        ], today: today)
    }

    static func newParent(caseNumber: String, today: Day) -> FormState {
        FormState(title: "Parent joining case \(caseNumber)", fields: parentFields(nameLabel: "Name", role: .father) + [
            FormField(id: "joined", label: "Joined the case", kind: .date, required: true, initial: .date(today),
                      facing: .backward),
        ], today: today)
    }

    static func editParent(_ parent: Parent, today: Day) -> FormState {
        FormState(title: "Edit \(parent.name)", fields: [
            FormField(id: "name", label: "Name", kind: .text(limit: 80), required: true, initial: .text(parent.name)),
            FormField(id: "preferred", label: "Preferred name", kind: .text(limit: 80),
                      initial: parent.preferredName.map { .text($0) } ?? .empty),
            FormField(id: "phone", label: "Phone", kind: .text(limit: 30), initial: parent.phone.map { .text($0) } ?? .empty),
            FormField(id: "language", label: "Language", kind: .text(limit: 40), required: true, initial: .text(parent.language)),
            FormField(id: "interpreter", label: "Interpreter", kind: .choice(yesNo),
                      initial: .choice(parent.interpreterNeeded ? "yes" : "no")),
            FormField(id: "county", label: "County", kind: .text(limit: 60), initial: parent.county.map { .text($0) } ?? .empty),
            FormField(id: "status", label: "Status", kind: .choice(statusChoices), required: true,
                      initial: .choice(parent.status.rawValue)),
            FormField(id: "closing", label: "Closing reason", kind: .text(limit: 200),
                      initial: parent.closingReason.map { .text($0) } ?? .empty),
        ], today: today)
    }

    static func newClass(allies: [Caseload], invitable: [NamedRef], today: Day) -> FormState {
        var fields = [
            FormField(id: "date", label: "Date", kind: .date, required: true, initial: .date(today.adding(days: 7))),
            timeField(initial: nil),
            FormField(id: "location", label: "Where", kind: .text(limit: 80)),
            allyField(id: "ally", label: "Taught by", allies: allies, initial: nil),
        ]
        if !invitable.isEmpty {
            fields.append(FormField(id: "invite", label: "Invite", kind: .multiChoice(optionLabels(invitable.map(\.name)))))
        }
        return FormState(title: "New Dependency 101 session", fields: fields, today: today)
    }

    static func sessionLabel(_ s: ClassSessionSummary) -> String {
        let time = s.session.time.map { " \($0.hhmm)" } ?? ""
        return "\(s.session.date.shortWeekday) \(s.session.date.iso)\(time) \(s.session.location ?? "")"
    }

    static func chooseClass(_ sessions: [ClassSessionSummary], today: Day) -> FormState {
        let options = sessions.map {
            PickerOption(id: $0.session.id!, label: sessionLabel($0), detail: "\($0.attended) of \($0.invited) came")
        }
        // Attendance is marked after the class: the latest one held by today, else the next.
        let nearest = sessions.lastIndex { $0.session.date <= today } ?? 0
        var form = FormState(title: "Dependency 101: which session?", fields: [
            FormField(id: "session", label: "Session", kind: .picker(PickerSource(options)), required: true,
                      initial: options.isEmpty ? .empty : .id(options[nearest].id)),
        ], today: today)
        form.enterSaves = true
        return form
    }

    static func classRoster(title: String, roster: [ClassRosterLine], invitable: [NamedRef], today: Day) -> FormState {
        var fields: [FormField] = []
        if !roster.isEmpty {
            let labels = optionLabels(roster.map(\.name))
            fields.append(FormField(id: "came", label: "Came", kind: .multiChoice(labels),
                                    initial: .choices(zip(labels, roster).filter { $0.1.attended }.map(\.0))))
        }
        if !invitable.isEmpty {
            fields.append(FormField(id: "invite", label: "Invite", kind: .multiChoice(optionLabels(invitable.map(\.name)))))
        }
        return FormState(title: title, fields: fields, today: today)
    }

    /// Names as list options, told apart when two parents share one ("Ana López (2)"), so a
    /// ticked option maps back to one parent.
    static func optionLabels(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            seen[name, default: 0] += 1
            return seen[name]! == 1 ? name : "\(name) (\(seen[name]!))"
        }
    }

    /// The ids of the ticked options of a many-of field whose options were `optionLabels(ids' names)`.
    static func ticked(_ value: FieldValue?, labels: [String], ids: [ID]) -> [ID] {
        guard case .choices(let chosen)? = value else { return [] }
        return zip(labels, ids).filter { chosen.contains($0.0) }.map(\.1)
    }
}
