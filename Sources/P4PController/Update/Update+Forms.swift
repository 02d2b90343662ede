import Foundation
import P4PStore

/// Forms: keys into the form; a form built from what the store read; a saved form turned into
/// a write; and what the store answered, shown at the field it names.

/// A form's action (nil: the key means nothing in it) goes to the form; saving hands its values
/// on as a write.
func updateForm(_ state: inout AppState, _ action: ActionID?, _ key: Key) -> [Effect] {
    guard var form = state.form else { return [] }
    let refusalsBefore = form.state.refusals
    let outcome = form.state.perform(action, key: key)
    if form.state.refusals > refusalsBefore { state.refusedSaves += 1 }
    switch outcome {
    case .editing:
        // Typing after a busy save means the form changed: the next save is the user's own.
        if form.state.isDirty { state.pendingSave = nil }
        state.form = form
        if let target = form.state.focusedField.needsSearch {
            return [.search(target, form.state.focusedField.editor.text)]
        }
        return []
    case .cancelled where form.purpose == .leaveKiosk && state.isLocked:
        return [.prepareForm(.signIn)]
    case .cancelled where form.purpose == .signIn:
        // There is nothing behind the sign-in to go back to: start it again.
        return [.prepareForm(.signIn)]
    case .cancelled:
        state.form = nil
        state.pendingSave = nil
        state.message = "form.cancelled"
        return []
    case .save(let values):
        state.form = form
        let effects = submit(&state, form, values)
        for case .save(let request) in effects { state.form?.saving = request }
        return effects
    }
}

/// A form built from what was read, for the purpose it was asked for.
func updateFormReady(_ state: inout AppState, _ purpose: FormPurpose, _ data: FormData) -> [Effect] {
    // Asked for before a lock and answered after it: nothing of the program opens over the sign-in.
    guard !state.isLocked || purpose == .signIn || purpose == .leaveKiosk else { return [] }
    let today = state.today, language = state.language
    var readVersion: Int?
    let form: FormState
    switch (purpose, data) {
    case (.courtOutcome(let hearingId), .allies(let allies)):
        guard let entry = state.docket.page.rows.first(where: { $0.hearingId == hearingId }) else { return gone(&state) }
        form = TaskForms.courtOutcome(entry, allies: allies, recordingAlly: state.user?.role == .ally ? state.user?.allyId : nil,
                                      today: today, language: language)
        readVersion = entry.version
    case (.planCoverage(let hearingId), .allies(let allies)):
        guard let entry = state.docket.page.rows.first(where: { $0.hearingId == hearingId }) else { return gone(&state) }
        form = TaskForms.planCoverage(entry, on: state.docketDay, allies: allies, today: today, language: language)
        readVersion = entry.version
    case (.assignAlly(let parentId), .fits(let fits, _)):
        guard let parent = state.unassigned.page.rows.first(where: { $0.parentId == parentId }) else { return gone(&state) }
        // A Parent Ally taking a parent is offered themself only.
        let offered = fits.filter { state.user?.role != .ally || $0.ally.id == state.user?.allyId }
        form = TaskForms.assignAlly(parentName: parent.name, fits: offered, today: today, language: language)
        readVersion = parent.version
    case (.reassignAlly, .fits(let fits, let parent?)):
        guard parent.allyId != nil else {
            state.message = "hint.noAllyYet"
            return []
        }
        form = TaskForms.assignAlly(parentName: parent.name, fits: fits, current: parent.allyId, today: today, language: language)
        readVersion = parent.version
    case (.unassignAlly, .parent(let parent)):
        guard parent.allyId != nil else {
            state.message = "hint.noAllyToUnassign"
            return []
        }
        form = TaskForms.unassignAlly(parentName: parent.name, today: today, language: language)
        readVersion = parent.version
    case (.logContact(_, let followUpId), .parentDetail(let detail)):
        let open = detail.followUps.map(\.followUp).filter { $0.doneOn == nil }
        // From Overdue, the follow-up selected; from a parent's detail, the one it answers.
        let completing = followUpId ?? TaskForms.answered(by: today, among: open)
        form = TaskForms.logContact(parentName: detail.parent.name, openFollowUps: open, completing: completing,
                                    today: today, language: language)
    case (.snooze(let followUpId), _):
        guard let item = state.overdue.page.rows.first(where: { $0.followUpId == followUpId }) else { return gone(&state) }
        form = TaskForms.snooze(item, today: today, language: language)
        readVersion = item.version
    case (.chooseNew(let caseId), _):
        form = EntryForms.chooseNew(hasCase: caseId != nil, today: today, language: language)
    case (.newCase, .hearingTypes(let types)):
        form = EntryForms.newCase(types: types, today: today, language: language)
    case (.newHearing, .hearing(nil, let number, let types, let allies)):
        form = EntryForms.hearing(title: Phrase("form.title.newHearing", ["case": .text(number)]), nil, types: types,
                                  allies: allies, today: today, language: language)
    case (.editHearing, .hearing(let hearing?, _, let types, let allies)):
        form = EntryForms.hearing(title: "form.title.editHearing", hearing, types: types, allies: allies, today: today,
                                  language: language)
        readVersion = hearing.version
    case (.addAlly, .ally(nil, let experiences)):
        form = AllyForms.ally(nil, experiences: experiences, today: today, language: language)
    case (.editAlly, .ally(let ally?, let experiences)):
        form = AllyForms.ally(ally, experiences: experiences, today: today, language: language)
        readVersion = ally.version
    case (.deactivateAlly(let allyId), _):
        guard let record = shownAlly(allyId, state) else { return gone(&state) }
        form = AllyForms.deactivate(record, today: today, language: language)
        readVersion = record.ally.version
    case (.newParent, .caseNumber(let number)):
        form = EntryForms.newParent(caseNumber: number, today: today, language: language)
    case (.editParent, .parentToEdit(let parent, let circumstances, let experiences)):
        form = EntryForms.editParent(parent, circumstances: circumstances, experiences: experiences, today: today,
                                     language: language)
        readVersion = parent.version
    case (.newClass, .newClass(let courses, let allies, let invitable)):
        form = EntryForms.newClass(courses: courses, allies: allies, invitable: invitable, today: today, language: language)
    case (.chooseClass, .classSessions(let sessions)):
        guard !sessions.isEmpty else {
            state.message = "class.noneRecent"
            return []
        }
        form = EntryForms.chooseClass(sessions, today: today, language: language)
    case (.classRoster(_, let label), .roster(let roster, let invitable)):
        guard !roster.isEmpty || !invitable.isEmpty else {
            state.message = "class.nobodyToMark"
            return []
        }
        form = EntryForms.classRoster(label: label, roster: roster, invitable: invitable, today: today, language: language)
    case (.signIn, .users(let users)):
        var signIn = pinForm(title: "signIn.title", nameField: .signInName, users: users.filter(\.active), state)
        signIn.message = "signIn.howTo"
        form = signIn
    case (.leaveKiosk, .users(let users)):
        form = pinForm(title: "kiosk.leaveTitle", nameField: .signInName,
                       users: users.filter { $0.active && $0.role != .ally }, state)
    case (.auditFilter(let parentId), .users(let users)):
        form = auditFilterForm(users: users, parentId: parentId, state)
    case (.importDocket, _):
        form = importForm(state)
    case (.editCase(_, let caseId), .parentDetail(let detail)), (.caseOutcome(_, let caseId), .parentDetail(let detail)),
         (.newChild(_, let caseId), .parentDetail(let detail)), (.childMove(_, let caseId), .parentDetail(let detail)),
         (.chooseChild(_, let caseId), .parentDetail(let detail)), (.editChild(_, let caseId, _), .parentDetail(let detail)),
         (.removeMove(_, let caseId), .parentDetail(let detail)):
        guard let summary = detail.cases.first(where: { $0.dependencyCase.id == caseId }) else { return gone(&state) }
        switch purpose {
        case .editCase: form = CaseForms.editCase(summary, today: today, language: language)
        case .caseOutcome: form = CaseForms.caseOutcome(summary, today: today, language: language)
        case .newChild: form = CaseForms.newChild(summary, today: today, language: language)
        case .childMove: form = CaseForms.childMove(summary, today: today, language: language)
        case .chooseChild: form = CaseForms.chooseChild(summary, today: today, language: language)
        case .editChild(_, _, let childId):
            guard let child = summary.children.first(where: { $0.id == childId }) else { return gone(&state) }
            form = CaseForms.editChild(summary, child, today: today, language: language)
        case .removeMove:
            // Another terminal may have taken the last one out since the key was pressed.
            guard !summary.moves.isEmpty else {
                state.message = "hint.noMovesToRemove"
                return []
            }
            form = CaseForms.removeMove(summary, today: today, language: language)
        default: return []
        }
        switch purpose {
        case .editCase, .caseOutcome: readVersion = summary.dependencyCase.version
        default: break // a child's form checks the child's version, read with the detail
        }
    default:
        return []
    }
    state.form = ActiveForm(purpose: purpose, state: form, data: data, readVersion: readVersion)
    return []
}

/// The record a form was for has left the list meanwhile.
private func gone(_ state: inout AppState) -> [Effect] {
    state.message = "hint.noLongerListed"
    return []
}

/// What a saved form does: a write for the store, or the next step of a chooser.
private func submit(_ state: inout AppState, _ form: ActiveForm, _ values: FormValues) -> [Effect] {
    let today = state.today
    let version = form.readVersion
    switch (form.purpose, form.data) {
    case (.courtOutcome(let hearingId), _):
        var outcome = CourtOutcome(
            hearingId: hearingId, engagement: [:], coveringAllyId: values[.coveringAlly]?.recordId,
            status: HearingStatus(rawValue: values[.hearingStatus]?.text ?? "") ?? .held,
            continuedTo: values[.continuedTo]?.day, continuedAt: values[.continuedAt]?.time, today: today,
            readVersion: version)
        for (field, value) in values {
            guard case .choice(let code) = value else { continue }
            switch field {
            case .engagement(let parentId): outcome.engagement[parentId] = CourtEngagement(rawValue: code)
            case .attended(let parentId): outcome.attended[parentId] = code == TaskForms.present
            case .servicesCompliance(let parentId): outcome.servicesCompliance[parentId] = ComplianceFinding(rawValue: code)
            case .visitationCompliance(let parentId): outcome.visitationCompliance[parentId] = ComplianceFinding(rawValue: code)
            default: continue
            }
        }
        // Attendance left as it was prefilled follows a changed engagement (absent, then "met",
        // saves present) rather than contradicting it.
        for parent in state.docket.page.rows.first(where: { $0.hearingId == hearingId })?.parents ?? [] {
            let prefilled = parent.attended ?? parent.engagement?.impliesAttendance
            if outcome.engagement[parent.id] != parent.engagement, outcome.attended[parent.id] == prefilled {
                outcome.attended[parent.id] = nil
            }
        }
        return [.save(.courtOutcome(outcome))]
    case (.planCoverage(let hearingId), _):
        return [.save(.planCoverage(hearingId: hearingId, allyId: values[.coveringAlly]?.recordId, today: today, version: version))]
    case (.assignAlly(let parentId), _):
        guard let allyId = values[.parentAlly]?.recordId else { return [] }
        return [.save(.assignAlly(parentId: parentId, allyId: allyId, today: today, version: version))]
    case (.reassignAlly(let parentId), _):
        guard let allyId = values[.parentAlly]?.recordId else { return [] }
        return [.save(.reassignAlly(parentId: parentId, allyId: allyId, reason: values[.reason]?.text ?? "", today: today,
                                    version: version))]
    case (.unassignAlly(let parentId), _):
        return [.save(.unassignAlly(parentId: parentId, reason: values[.reason]?.text ?? "", today: today, version: version))]
    case (.logContact(let parentId, _), .parentDetail):
        let completing = values[.completes]?.recordId.flatMap { $0 == TaskForms.noFollowUp ? nil : $0 }
        let contact = Contact(
            parentId: parentId, allyId: state.user?.role == .ally ? state.user?.allyId : nil, userId: state.user?.id, date: values[.contactDate]?.day ?? today,
            time: values[.time]?.time, mode: ContactMode(rawValue: values[.contactMode]?.text ?? "") ?? .phone,
            minutes: values[.minutes]?.number, reached: values[.reached]?.text != "no",
            topics: values[.topics]?.text, notes: values[.notes]?.text)
        return [.save(.logContact(contact, completing: completing, referrals: values[.referrals]?.list ?? [], today: today))]
    case (.snooze(let followUpId), _):
        guard let day = values[.snoozeTo]?.day else { return [] }
        return [.save(.snooze(followUpId: followUpId, to: day, reason: values[.reason]?.text ?? "", today: today,
                              version: version))]
    case (.chooseNew(let caseId), _):
        let next: FormPurpose
        switch EntryForms.NewKind(rawValue: values[.newKind]?.text ?? "") {
        case .hearing? where caseId != nil: next = .newHearing(caseId: caseId!)
        case .parent? where caseId != nil: next = .newParent(caseId: caseId!)
        case .dependency101?: next = .newClass
        default: next = .newCase
        }
        state.form = nil
        return [.prepareForm(next)]
    case (.newCase, .hearingTypes):
        let first: NewCaseParent
        if let known = values[.parentOnFile]?.recordId {
            first = .existing(known, role: role(values[.role]))
        } else if let name = values[.firstParentName]?.text {
            first = .new(newParent(values, name: name, today: today), role: role(values[.role]))
        } else {
            refuse(&state, field: .firstParentName, reason: "invalid.newOrOnFile")
            return []
        }
        var parents = [first]
        if let second = values[.secondParentName]?.text {
            parents.append(.new(Parent(name: second, county: values[.county]?.text, waitingSince: today),
                                role: role(values[.secondParentRole])))
        }
        let hearing = Hearing(caseId: 0, typeId: typeId(values[.hearingType]) ?? 0,
                              date: values[.firstHearingDate]?.day ?? today, time: values[.time]?.time,
                              courtroom: values[.courtroom]?.text)
        let dependencyCase = DependencyCase(caseNumber: values[.caseNumber]?.text ?? "", county: values[.county]?.text,
                                            petitionDate: values[.petitionDate]?.day, removalDate: values[.removalDate]?.day)
        return [.save(.createCase(dependencyCase, parents: parents, firstHearing: hearing, today: today))]
    case (.newHearing(let caseId), _):
        return [.save(.createHearing(hearing(values, caseId: caseId, today: today), today: today))]
    case (.editHearing(let hearingId), .hearing(let old?, _, _, _)):
        var changed = hearing(values, caseId: old.caseId, today: today)
        changed.id = hearingId
        changed.status = old.status
        changed.version = version ?? old.version
        return [.save(.updateHearing(changed, today: today))]
    case (.newParent(let caseId), _):
        var newcomer = newParent(values, name: values[.parentName]?.text ?? "", today: today)
        newcomer.county = nil
        return [.save(.addParent(.new(newcomer, role: role(values[.role])), caseId: caseId,
                                 joinedOn: values[.joinedOn]?.day ?? today, today: today))]
    case (.editParent, .parentToEdit(var record, let circumstances, _)):
        record.name = values[.parentName]?.text ?? ""
        record.preferredName = values[.preferredName]?.text
        record.phone = values[.phone]?.text
        record.language = values[.language]?.text ?? record.language
        record.interpreterNeeded = values[.interpreter]?.text == "yes"
        record.county = values[.county]?.text
        record.status = ParentStatus(rawValue: values[.parentStatus]?.text ?? "") ?? record.status
        record.closingReason = values[.closingReason]?.text
        record.version = version ?? record.version
        // Shown only to those who may see them: only then saved.
        let ticked = circumstances.map { _ in values[.circumstances]?.list ?? [] }
        return [.save(.updateParent(record, circumstances: ticked, today: today))]
    case (.addAlly, _):
        return [.save(.saveAlly(AllyForms.record(values, from: nil), openParents: 0))]
    case (.editAlly(let allyId), .ally(let old?, _)):
        var changed = AllyForms.record(values, from: old)
        changed.version = version ?? old.version
        return [.save(.saveAlly(changed, openParents: shownAlly(allyId, state)?.openParents ?? 0))]
    case (.deactivateAlly(let allyId), _):
        return [.save(.deactivateAlly(allyId: allyId, reason: values[.reason]?.text ?? "", today: today, version: version))]
    case (.newClass, _):
        let session = ClassSession(course: values[.course]?.text ?? Course.dependency101,
                                   date: values[.classDate]?.day ?? today, time: values[.time]?.time,
                                   location: values[.location]?.text, allyId: values[.teacher]?.recordId)
        return [.save(.scheduleClass(session, inviting: EntryForms.ticked(values[.invite]), today: today))]
    case (.chooseClass, .classSessions(let sessions)):
        guard let sessionId = values[.session]?.recordId,
              let session = sessions.first(where: { $0.session.id == sessionId }) else { return [] }
        state.form = nil
        return [.prepareForm(.classRoster(sessionId: sessionId, label: EntryForms.sessionLabel(session, language: state.language)))]
    case (.classRoster(let sessionId, _), .roster(let roster, _)):
        let came = Set(EntryForms.ticked(values[.came]))
        // Only what the user changed, so another terminal's marks are not overwritten.
        var changes: [ID: Bool] = [:]
        for line in roster where came.contains(line.parentId) != line.attended {
            changes[line.parentId] = came.contains(line.parentId)
        }
        return [.save(.recordAttendance(sessionId: sessionId, attended: changes, inviting: EntryForms.ticked(values[.invite]),
                                        today: today, came: came.count))]
    case (.signIn, .users(let users)), (.leaveKiosk, .users(let users)):
        guard let id = values[.signInName]?.recordId, let user = users.first(where: { $0.id == id }) else { return [] }
        return [.signIn(form.purpose, name: user.name, pin: values[.pin]?.text ?? "")]
    case (.auditFilter(let parentId), .users(let users)):
        return showAudit(&state, values, users: users, parentId: parentId)
    case (.chooseChild(let parentId, let caseId), _):
        guard let childId = values[.child]?.text.flatMap({ ID($0) }) else { return [] }
        state.form = nil
        return [.prepareForm(.editChild(parentId: parentId, caseId: caseId, childId: childId))]
    case (.editCase(_, let caseId), .parentDetail(let detail)), (.caseOutcome(_, let caseId), .parentDetail(let detail)),
         (.newChild(_, let caseId), .parentDetail(let detail)), (.childMove(_, let caseId), .parentDetail(let detail)),
         (.editChild(_, let caseId, _), .parentDetail(let detail)), (.removeMove(_, let caseId), .parentDetail(let detail)):
        guard let summary = detail.cases.first(where: { $0.dependencyCase.id == caseId }),
              let request = CaseForms.request(form.purpose, summary, values, version: version, today: today) else { return [] }
        return [.save(request)]
    case (.importDocket, _):
        let path = values[.file]?.text ?? ""
        state.importPath = path
        return [.importDocket(ImportRequest(path: path, dryRun: values[.importThen]?.text != ImportChoice.importNow,
                                            today: today))]
    default:
        return []
    }
}

private func newParent(_ values: FormValues, name: String, today: Day) -> Parent {
    Parent(name: name, phone: values[.phone]?.text, language: values[.language]?.text ?? "English",
           interpreterNeeded: values[.interpreter]?.text == "yes", county: values[.county]?.text, waitingSince: today)
}

private func role(_ value: FieldValue?) -> ParentRole { ParentRole(rawValue: value?.text ?? "") ?? .mother }

/// A hearing type's choice carries its id.
private func typeId(_ value: FieldValue?) -> ID? { value?.text.flatMap { ID($0) } }

private func hearing(_ values: FormValues, caseId: ID, today: Day) -> Hearing {
    Hearing(caseId: caseId, typeId: typeId(values[.hearingType]) ?? 0, date: values[.hearingDate]?.day ?? today,
            time: values[.time]?.time, courtroom: values[.courtroom]?.text,
            judicialOfficer: values[.judicialOfficer]?.text, allyId: values[.coveringAlly]?.recordId)
}

/// The store saved: the form closes, the message says what was done. What the save changed is
/// read again on the `.dataChanged` the runtime sends after it, as for another terminal's save.
/// A save whose form was left meanwhile closes nothing; after a lock nothing of it shows.
func updateSaved(_ state: inout AppState, _ request: SaveRequest) -> [Effect] {
    guard !state.isLocked else { return [] }
    if state.form?.saving == request {
        state.form = nil
        state.pendingSave = nil
    }
    switch request {
    case .courtOutcome:
        state.message = "saved.outcome"
    case .planCoverage(_, let allyId, _, _):
        state.message = allyId == nil ? "saved.coverageCleared" : "saved.coveragePlanned"
    case .assignAlly:
        state.message = "saved.assigned"
    case .reassignAlly:
        state.message = "saved.reassigned"
    case .unassignAlly:
        state.message = "saved.unassigned"
    case .logContact(let contact, let completing, _, _):
        state.message = contact.reached || completing == nil ? "saved.contact" : "saved.attempt"
    case .snooze(_, let day, _, _, _):
        state.message = Phrase("saved.snoozed", ["day": .day(day, .short(thisYear: state.today.year))])
    case .createCase:
        state.message = "saved.case"
    case .createHearing:
        state.message = "saved.hearingAdded"
    case .updateHearing:
        state.message = "saved.hearing"
    case .addParent:
        state.message = "saved.parentAdded"
    case .updateParent:
        state.message = "saved.parent"
    case .scheduleClass(_, let invited, _):
        state.message = invited.isEmpty ? "saved.classAdded" : Phrase("saved.classAddedInvited", ["invited": .number(invited.count)])
    case .updateCase:
        state.message = "saved.caseDates"
    case .setCaseOutcome(_, let outcome, _, _, _, _):
        state.message = outcome == nil ? "saved.caseOutcomeCleared" : "saved.caseOutcome"
    case .addChild:
        state.message = "saved.childAdded"
    case .updateChild:
        state.message = "saved.child"
    case .addChildMove:
        state.message = "saved.childMove"
    case .removeChildMove:
        state.message = "saved.moveRemoved"
    case .saveAlly(let ally, let open):
        // Saved all the same: a lower limit takes nobody away from the ally.
        state.message = ally.caseloadLimit < open
            ? Phrase("ally.limitBelowCaseload", ["limit": .number(ally.caseloadLimit), "open": .number(open)])
            : Phrase(ally.id == nil ? "saved.allyAdded" : "saved.ally", ["name": .text(ally.name)])
    case .deactivateAlly:
        state.message = "saved.allyDeactivated"
    case .recordAttendance(_, _, let invited, _, let came):
        state.message = Phrase(invited.isEmpty ? "saved.attendance" : "saved.attendanceInvited",
                               ["came": .number(came), "invited": .number(invited.count)])
    }
    return []
}

/// The store refused, or could not save: nothing was written; what was typed stays, and the
/// words show at the field they name.
func updateSaveRefused(_ state: inout AppState, _ request: SaveRequest, _ error: StoreError) -> [Effect] {
    guard state.form?.saving == request else {
        // Its form was left meanwhile: nothing to show the words in, and nothing to try again.
        if !state.isLocked { state.message = error.phrase }
        return []
    }
    state.form?.saving = nil
    switch error {
    case .busy, .serverAway:
        // Another terminal holds the file (a large import), or the server is away: keep the
        // form and try again each second; the retry passes the same stale-save check.
        state.pendingSave = PendingSave(request: request, triedAt: state.now)
        state.refusedSaves += 1
        state.form?.state.message = error.phrase
    case .stale(let record):
        refuseStale(&state, record, request)
    default:
        refuse(&state, error)
    }
    return []
}

/// Puts a store error's words at the field it names, or on the form.
func refuse(_ state: inout AppState, _ error: StoreError) {
    switch error {
    case .invalid(let field, let reason): refuse(&state, field: field, reason: reason)
    default: refuse(&state, field: nil, reason: error.phrase)
    }
}

/// Puts the reason at the field, or on the form. Nothing typed is lost.
func refuse(_ state: inout AppState, field: Field?, reason: Phrase) {
    state.refusedSaves += 1
    guard var form = state.form else {
        state.message = reason
        return
    }
    if let field, let index = form.state.index(of: field) {
        form.state.fields[index].message = reason
        form.state.focus = index
    }
    form.state.message = Phrase("form.notSaved", ["reason": .phrase(reason)])
    state.form = form
}

/// Another terminal changed what the form rests on. Nothing was written; what was typed stays,
/// the refusal says who did what and when, and a second save is a decision made knowing it.
private func refuseStale(_ state: inout AppState, _ record: StaleRecord, _ request: SaveRequest) {
    let advice: W
    switch request {
    case .assignAlly:
        advice = "stale.adviceAssign"
    case .logContact:
        refuse(&state, field: .completes, reason: Phrase("stale.adviceCompletes", ["what": .phrase(record.phrase)]))
        return
    default:
        advice = record.gone ? "stale.adviceGone" : "stale.adviceOverwrite"
    }
    if !record.gone { state.form?.remember(record) }
    refuse(&state, field: nil, reason: Phrase("stale.withAdvice", ["what": .phrase(record.phrase), "advice": .word(advice)]))
}

extension FieldValue {
    var day: Day? { if case .date(let d) = self { return d }; return nil }
    var time: TimeOfDay? { if case .time(let t) = self { return t }; return nil }
    var number: Int? { if case .number(let n) = self { return n }; return nil }
    var list: [String]? { if case .choices(let l) = self { return l }; return nil }
    var recordId: ID? { if case .id(let id) = self { return id }; return nil }
    var text: String? {
        switch self {
        case .text(let s), .choice(let s): return s
        default: return nil
        }
    }
}
