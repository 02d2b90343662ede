import P4PStore

/// The forms that add and correct records: a new case at intake (its parents and first
/// hearing), a hearing or a parent on a case, a Dependency 101 session; edits of a hearing or a
/// parent; a session's roster.
enum EntryForms {
    /// What `n` can add where the user is.
    enum NewKind: String, CaseIterable {
        case newCase = "case", hearing, parent, dependency101
        var choice: Choice { Choice(rawValue, Phrase(W("newKind.\(rawValue)"))) }
    }

    static let roleChoices = ParentRole.allCases.map { Choice($0.rawValue, Phrase($0.words)) }
    static let statusChoices = ParentStatus.allCases.map { Choice($0.rawValue, Phrase($0.words)) }
    /// Court sits from 8:00 to 17:00; a time outside is allowed (a late calendar) but said.
    static let courtHours = (8 * 60)...(17 * 60)

    static func chooseNew(hasCase: Bool, today: Day, language: Language) -> FormState {
        let kinds = NewKind.allCases.filter { hasCase || ($0 != .hearing && $0 != .parent) }
        var form = FormState(title: "form.title.add", fields: [
            FormField(.newKind, kind: .choice(kinds.map(\.choice)), required: true,
                      initial: .choice(kinds[hasCase ? 1 : 0].rawValue)),
        ], today: today, language: language)
        form.enterSaves = true
        form.message = "form.chooseThenEnter"
        return form
    }

    static func hearingTypeField(_ types: [HearingType], initial: ID?) -> FormField {
        let choices = types.map { Choice(String($0.id!), $0.words) }
        let chosen = (initial ?? types.first?.id).map { String($0) }
        return FormField(.hearingType, kind: .choice(choices), required: true, initial: chosen.map { .choice($0) } ?? .empty)
    }

    static func timeField(initial: TimeOfDay?) -> FormField {
        FormField(.time, kind: .time, initial: initial.map { .time($0) } ?? .empty,
                  caution: { value in
                      guard case .time(let t) = value, !courtHours.contains(t.minutes) else { return nil }
                      return "form.outsideCourtHours"
                  })
    }

    /// A hearing's day: typed without a year it is the next such date; a past one is allowed (an
    /// old hearing being recorded) but said.
    static func hearingDateField(_ id: Field, initial: Day, today: Day) -> FormField {
        FormField(id, kind: .date, required: true, initial: .date(initial),
                  caution: { value in
                      guard case .date(let day) = value, day < today else { return nil }
                      return "form.pastHearing"
                  })
    }

    /// Intake of a new petition: the case, one or two parents, and the shelter care hearing.
    static func newCase(types: [HearingType], today: Day, language: Language) -> FormState {
        FormState(title: "form.title.newCase", fields: [
            FormField(.caseNumber, kind: .text(limit: 40), required: true),
            FormField(.county, kind: .text(limit: 60)),
            FormField(.petitionDate, kind: .date, initial: .date(today), facing: .backward),
            FormField(.removalDate, kind: .date, facing: .backward),
        ] + firstParentFields() + [
            FormField(.secondParentName, kind: .text(limit: 80)),
            FormField(.secondParentRole, kind: .choice(roleChoices), initial: .choice(ParentRole.father.rawValue)),
            hearingDateField(.firstHearingDate, initial: today.adding(days: 1), today: today),
            timeField(initial: nil),
            FormField(.courtroom, kind: .text(limit: 40)),
            hearingTypeField(types, initial: types.first?.id),
        ], today: today, language: language)
    }

    /// A new case's first parent: typed in as someone new, or found on file (a parent the
    /// program already knows, on a new case). Saving asks for one or the other.
    static func firstParentFields() -> [FormField] {
        var fields = parentFields(name: .firstParentName, role: .mother, nameRequired: false)
        fields.insert(FormField(.parentOnFile, kind: .picker(PickerSource(searching: .parents))), at: 1)
        return fields
    }

    /// Who a new parent is: read back by `Update.newParent(_:today:)`.
    static func parentFields(name: Field, role: ParentRole, nameRequired: Bool = true) -> [FormField] {
        [
            FormField(name, kind: .text(limit: 80), required: nameRequired),
            FormField(.role, kind: .choice(roleChoices), required: true, initial: .choice(role.rawValue)),
            FormField(.language, kind: .text(limit: 40), initial: .text("English")),
            FormField(.interpreter, kind: .choice(TaskForms.yesNo), initial: .choice("no")),
            FormField(.phone, kind: .text(limit: 30)),
        ]
    }

    static func hearing(title: Phrase, _ hearing: Hearing?, types: [HearingType], allies: [Caseload], today: Day,
                        language: Language) -> FormState {
        FormState(title: title, fields: [
            hearingDateField(.hearingDate, initial: hearing?.date ?? today.adding(days: 1), today: today),
            timeField(initial: hearing?.time),
            FormField(.courtroom, kind: .text(limit: 40), initial: hearing?.courtroom.map { .text($0) } ?? .empty),
            hearingTypeField(types, initial: hearing?.typeId),
            FormField(.judicialOfficer, kind: .text(limit: 80), initial: hearing?.judicialOfficer.map { .text($0) } ?? .empty),
            FormField(.coveringAlly, kind: .picker(TaskForms.allyOptions(allies)), initial: hearing?.allyId.map { .id($0) } ?? .empty),
        ], today: today, language: language)
    }

    static func newParent(caseNumber: String, today: Day, language: Language) -> FormState {
        FormState(title: Phrase("form.title.newParent", ["case": .text(caseNumber)]),
                  fields: parentFields(name: .parentName, role: .father) + [
            FormField(.joinedOn, kind: .date, required: true, initial: .date(today), facing: .backward),
        ], today: today, language: language)
    }

    /// With `circumstances` (for supervisors and the parent's own ally), a tick list of them.
    static func editParent(_ parent: Parent, circumstances: [String]? = nil, experiences: [Experience] = [], today: Day,
                           language: Language) -> FormState {
        var fields: [FormField] = [
            FormField(.parentName, kind: .text(limit: 80), required: true, initial: .text(parent.name)),
            FormField(.preferredName, kind: .text(limit: 80), initial: parent.preferredName.map { .text($0) } ?? .empty),
            FormField(.phone, kind: .text(limit: 30), initial: parent.phone.map { .text($0) } ?? .empty),
            FormField(.language, kind: .text(limit: 40), required: true, initial: .text(parent.language)),
            FormField(.interpreter, kind: .choice(TaskForms.yesNo), initial: .choice(parent.interpreterNeeded ? "yes" : "no")),
            FormField(.county, kind: .text(limit: 60), initial: parent.county.map { .text($0) } ?? .empty),
            FormField(.parentStatus, kind: .choice(statusChoices), required: true, initial: .choice(parent.status.rawValue)),
            FormField(.closingReason, kind: .text(limit: 200), initial: parent.closingReason.map { .text($0) } ?? .empty),
        ]
        if let circumstances {
            fields.append(FormField(.circumstances, kind: .multiChoice(experiences.map { Choice($0.code, $0.words) }),
                                    initial: circumstances.isEmpty ? .empty : .choices(circumstances)))
        }
        return FormState(title: Phrase("form.title.editParent", ["name": .text(parent.name)]), fields: fields, today: today,
                         language: language)
    }

    /// Parents as the options of a many-of field: each ticks by id, whatever the name.
    static func parentChoices(_ parents: [NamedRef]) -> [Choice] {
        parents.map { Choice(String($0.id), .verbatim($0.name)) }
    }

    /// A session of any active course, Dependency 101 chosen unless the program has none.
    static func newClass(courses: [Course], allies: [Caseload], invitable: [NamedRef], today: Day,
                         language: Language) -> FormState {
        let choices = courses.map { Choice($0.code, $0.words) }
        let preferred = courses.first { $0.countsAsDependency101 } ?? courses.first
        var fields = [
            FormField(.classDate, kind: .date, required: true, initial: .date(today.adding(days: 7))),
            timeField(initial: nil),
            FormField(.location, kind: .text(limit: 80)),
            FormField(.course, kind: .choice(choices), required: true, initial: preferred.map { .choice($0.code) } ?? .empty),
            FormField(.teacher, kind: .picker(TaskForms.allyOptions(allies))),
        ]
        if !invitable.isEmpty { fields.append(FormField(.invite, kind: .multiChoice(parentChoices(invitable)))) }
        return FormState(title: "form.title.newClass", fields: fields, today: today, language: language)
    }

    /// "Tue 2026-12-08 17:30 Courthouse · Dependency 101": the course last, as the column can cut it.
    static func sessionLabel(_ s: ClassSessionSummary, language: Language) -> String {
        let time = s.session.time.map { " \($0.hhmm)" } ?? ""
        let place = s.session.location.map { " \($0)" } ?? ""
        let course = Course.words(code: s.session.course, name: s.courseName).text(language)
        return "\(s.session.date.text(.weekday, in: language)) \(s.session.date.iso)\(time)\(place) · \(course)"
    }

    static func chooseClass(_ sessions: [ClassSessionSummary], today: Day, language: Language) -> FormState {
        let options = sessions.map {
            PickerOption(id: $0.session.id!, label: sessionLabel($0, language: language),
                         detail: Phrase("class.cameOfInvited", ["came": .number($0.attended), "invited": .number($0.invited)]))
        }
        // Attendance is marked after the class: the latest one held by today, else the next.
        let nearest = sessions.lastIndex { $0.session.date <= today } ?? 0
        var form = FormState(title: "form.title.chooseClass", fields: [
            FormField(.session, kind: .picker(PickerSource(options)), required: true,
                      initial: options.isEmpty ? .empty : .id(options[nearest].id)),
        ], today: today, language: language)
        form.enterSaves = true
        return form
    }

    static func classRoster(label: String, roster: [ClassRosterLine], invitable: [NamedRef], today: Day,
                            language: Language) -> FormState {
        var fields: [FormField] = []
        if !roster.isEmpty {
            let choices = roster.map { Choice(String($0.parentId), .verbatim($0.name)) }
            fields.append(FormField(.came, kind: .multiChoice(choices),
                                    initial: .choices(roster.filter(\.attended).map { String($0.parentId) })))
        }
        if !invitable.isEmpty { fields.append(FormField(.invite, kind: .multiChoice(parentChoices(invitable)))) }
        return FormState(title: Phrase("form.title.roster", ["session": .text(label)]), fields: fields, today: today,
                         language: language)
    }

    /// The ids a many-of field's ticked values stand for.
    static func ticked(_ value: FieldValue?) -> [ID] {
        guard case .choices(let values)? = value else { return [] }
        return values.compactMap { ID($0) }
    }
}
