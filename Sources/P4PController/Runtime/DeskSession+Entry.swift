import P4PStore

/// Opening and saving the forms that add and correct records (`n`, `e`, `d`).
extension DeskSession {
    /// How many parents an invite list offers at most: those whose invitation is longest due.
    static let invitableLimit = 12

    /// The form for a purpose, with the lists it offers read now and kept in the purpose, so
    /// what is ticked maps back to the parents shown. Nil (with a message) when there is none.
    func openEntryForm(_ purpose: FormPurpose) throws -> ActiveForm? {
        let today = state.today
        let form: FormState
        var opened = purpose
        // The record an edit rests on, as read for the form: the save checks it is still so.
        var readVersion: Int?
        switch purpose {
        case .chooseNew(let caseId):
            form = EntryForms.chooseNew(hasCase: caseId != nil, today: today)
        case .newCase:
            form = EntryForms.newCase(types: try store.hearingTypes(), today: today)
        case .newHearing(let caseId):
            guard let number = try caseNumber(caseId) else { return nil }
            form = EntryForms.hearing(title: "New hearing on case \(number)", nil, types: try store.hearingTypes(),
                                      allies: try store.caseloads(), today: today)
        case .newParent(let caseId):
            guard let number = try caseNumber(caseId) else { return nil }
            form = EntryForms.newParent(caseNumber: number, today: today)
        case .newClass:
            let invitable = try store.parentsToInvite(limit: Self.invitableLimit)
            opened = .newClass(invitable: invitable.map(\.id))
            form = EntryForms.newClass(allies: try store.caseloads(), invitable: invitable, today: today)
        case .editHearing(let hearingId):
            guard let hearing = try store.hearing(id: hearingId) else { return nil }
            form = EntryForms.hearing(title: "Edit hearing", hearing, types: try store.hearingTypes(),
                                      allies: try store.caseloads(), today: today)
            readVersion = hearing.version
        case .editParent(let parentId):
            guard let parent = try store.parentDetail(id: parentId)?.parent else { return nil }
            form = EntryForms.editParent(parent, today: today)
            readVersion = parent.version
        case .chooseClass:
            let sessions = try store.classSessions(from: today.adding(days: -30), limit: 40)
            guard !sessions.isEmpty else {
                state.message = "No Dependency 101 session from the last 30 days on: n adds one"
                return nil
            }
            form = EntryForms.chooseClass(sessions, today: today)
        case .classRoster(let sessionId, let label, _, _):
            let roster = try store.classRoster(sessionId: sessionId)
            let onRoster = Set(roster.map(\.parentId))
            let invitable = try store.parentsToInvite(limit: Self.invitableLimit + onRoster.count)
                .filter { !onRoster.contains($0.id) }.prefix(Self.invitableLimit)
            guard !roster.isEmpty || !invitable.isEmpty else {
                state.message = "Nobody is invited to that session, and nobody is due an invitation"
                return nil
            }
            opened = .classRoster(sessionId: sessionId, label: label, roster: roster, invitable: invitable.map(\.id))
            form = EntryForms.classRoster(title: "Dependency 101 \(label)", roster: roster,
                                          invitable: Array(invitable), today: today)
        default:
            return nil
        }
        return ActiveForm(purpose: opened, state: form, readVersion: readVersion)
    }

    private func caseNumber(_ caseId: ID) throws -> String? {
        guard let number = try store.caseNumber(id: caseId) else {
            state.message = "That case is no longer in the database"
            return nil
        }
        return number
    }

    /// Writes what an entry form saved. Returns the message to show, or nil when it opened the
    /// next form instead (a chooser).
    func submitEntryForm(_ purpose: FormPurpose, _ values: [String: FieldValue], form: FormState) throws -> (String, [PaneID])? {
        let today = state.today
        switch purpose {
        case .chooseNew(let caseId):
            let kind = EntryForms.NewKind(rawValue: values["kind"]?.text ?? "")
            let next: FormPurpose
            switch kind {
            case .hearing?: next = .newHearing(caseId: caseId!)
            case .parent?: next = .newParent(caseId: caseId!)
            case .dependency101?: next = .newClass(invitable: [])
            default: next = .newCase
            }
            state.form = nil
            perform([.openForm(next)])
            return nil
        case .newCase:
            let types = try store.hearingTypes()
            let first: NewCaseParent
            if let known = values["onFile"]?.recordId {
                first = .existing(known, role: role(values["role"]))
            } else if values["name"]?.text != nil {
                first = .new(parent(values, today: today), role: role(values["role"]))
            } else {
                throw StoreError.invalid(field: "Parent", reason: "Type a new parent's name, or find one on file")
            }
            var parents = [first]
            if let second = values["name2"]?.text {
                let other = Parent(name: second, county: values["county"]?.text, waitingSince: today)
                parents.append(.new(other, role: role(values["role2"])))
            }
            let hearing = Hearing(caseId: 0, typeId: typeId(values["type"], types) ?? 0,
                                  date: values["hearingDate"]?.day ?? today, time: values["time"]?.time,
                                  courtroom: values["courtroom"]?.text)
            try store.createCase(DependencyCase(caseNumber: values["caseNumber"]?.text ?? "", county: values["county"]?.text,
                                                petitionDate: values["petition"]?.day, removalDate: values["removal"]?.day),
                                 parents: parents, firstHearing: hearing, today: today)
            return ("Case added with its first hearing", [.docket, .unassigned, .overdue])
        case .newHearing(let caseId):
            try store.createHearing(hearing(values, caseId: caseId, types: try store.hearingTypes()), today: today)
            return ("Hearing added", [.docket, .unassigned, .overdue])
        case .editHearing(let hearingId):
            guard let old = try store.hearing(id: hearingId) else { throw StoreError.notFound("That hearing") }
            var changed = hearing(values, caseId: old.caseId, types: try store.hearingTypes())
            changed.id = hearingId
            changed.status = old.status
            changed.version = state.form?.readVersion ?? old.version
            try store.updateHearing(changed, today: today)
            return ("Hearing saved", [.docket, .unassigned, .overdue])
        case .newParent(let caseId):
            var newcomer = parent(values, today: today)
            newcomer.county = nil
            try store.addParent(.new(newcomer, role: role(values["role"])), toCase: caseId,
                                joinedOn: values["joined"]?.day ?? today, today: today)
            return ("Parent added to the case", [.docket, .unassigned, .overdue])
        case .editParent(let parentId):
            guard var record = try store.parentDetail(id: parentId)?.parent else { throw StoreError.notFound("That parent") }
            record.name = values["name"]?.text ?? ""
            record.preferredName = values["preferred"]?.text
            record.phone = values["phone"]?.text
            record.language = values["language"]?.text ?? record.language
            record.interpreterNeeded = values["interpreter"]?.text == "yes"
            record.county = values["county"]?.text
            record.status = ParentStatus(rawValue: values["status"]?.text ?? "") ?? record.status
            record.closingReason = values["closing"]?.text
            record.version = state.form?.readVersion ?? record.version
            try store.updateParent(record, today: today)
            return ("Parent saved", [.docket, .unassigned, .overdue])
        case .newClass(let invitable):
            let invited = EntryForms.ticked(values["invite"], labels: names(of: "invite", in: form), ids: invitable)
            try store.scheduleClass(ClassSession(date: values["date"]?.day ?? today, time: values["time"]?.time,
                                                 location: values["location"]?.text, allyId: values["ally"]?.recordId),
                                    inviting: invited, on: today)
            return ("Dependency 101 session added" + (invited.isEmpty ? "" : ", \(invited.count) invited"), [.overdue])
        case .chooseClass:
            guard let sessionId = values["session"]?.recordId else { return nil }
            var label = ""
            if case .picker(let source)? = form.fields.first?.kind {
                label = source.options.first { $0.id == sessionId }?.label ?? ""
            }
            state.form = nil
            perform([.openForm(.classRoster(sessionId: sessionId, label: label, roster: [], invitable: []))])
            return nil
        case .classRoster(let sessionId, _, let roster, let invitable):
            let cameLabels = EntryForms.optionLabels(roster.map(\.name))
            let came = Set(EntryForms.ticked(values["came"], labels: cameLabels, ids: roster.map(\.parentId)))
            // Only what the user changed, so another terminal's marks are not overwritten.
            var changes: [ID: Bool] = [:]
            for line in roster where came.contains(line.parentId) != line.attended {
                changes[line.parentId] = came.contains(line.parentId)
            }
            let inviteLabels = names(of: "invite", in: form)
            let invited = EntryForms.ticked(values["invite"], labels: inviteLabels, ids: invitable)
            try store.recordAttendance(sessionId: sessionId, attended: changes, inviting: invited, today: today)
            return ("Dependency 101 saved: \(came.count) came" + (invited.isEmpty ? "" : ", \(invited.count) invited"), [.overdue])
        default:
            return nil
        }
    }

    /// The options of a many-of field, as the form showed them.
    private func names(of fieldId: String, in form: FormState) -> [String] {
        guard case .multiChoice(let options)? = form.fields.first(where: { $0.id == fieldId })?.kind else { return [] }
        return options
    }

    private func parent(_ values: [String: FieldValue], today: Day) -> Parent {
        Parent(name: values["name"]?.text ?? "", phone: values["phone"]?.text,
               language: values["language"]?.text ?? "English", interpreterNeeded: values["interpreter"]?.text == "yes",
               county: values["county"]?.text, waitingSince: today)
    }

    private func role(_ value: FieldValue?) -> ParentRole { ParentRole(rawValue: value?.text ?? "") ?? .mother }

    private func typeId(_ value: FieldValue?, _ types: [HearingType]) -> ID? {
        types.first { $0.name == value?.text }?.id
    }

    private func hearing(_ values: [String: FieldValue], caseId: ID, types: [HearingType]) -> Hearing {
        Hearing(caseId: caseId, typeId: typeId(values["type"], types) ?? 0, date: values["date"]?.day ?? state.today,
                time: values["time"]?.time, courtroom: values["courtroom"]?.text,
                judicialOfficer: values["officer"]?.text, allyId: values["ally"]?.recordId)
    }
}
