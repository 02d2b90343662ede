import P4PStore

/// Opening and saving the task forms: reads what a form needs, writes what it saved.
extension DeskSession {
    func openForm(_ purpose: FormPurpose) throws {
        if purpose == .signIn || purpose == .leaveKiosk {
            state.form = try purpose == .signIn ? openSignIn() : openLeaveKiosk()
            return
        }
        // Asked before the form opens, so nobody types a form their role cannot save.
        if let act = purpose.act(allyId: state.user?.allyId), let reason = try store.refusal(for: act, today: state.today) {
            state.form = nil
            state.message = reason
            return
        }
        let today = state.today
        let form: FormState
        // What the form rests on, as the user saw it: the save checks it is still so.
        let readVersion: Int?
        switch purpose {
        case .courtOutcome(let hearingId):
            guard let entry = state.docket.page.rows.first(where: { $0.hearingId == hearingId }) else { return }
            form = FormBuilders.courtOutcome(entry, allies: try store.caseloads(),
                                             recordingAlly: state.user?.role == .ally ? state.user?.allyId : nil, today: today)
            readVersion = entry.version
        case .assignAlly(let parentId):
            guard let parent = state.unassigned.page.rows.first(where: { $0.parentId == parentId }) else { return }
            // A Parent Ally taking a parent is offered themself only.
            let fits = try store.allyFit(for: parentId).filter { state.user?.role != .ally || $0.ally.id == state.user?.allyId }
            form = FormBuilders.assignAlly(parentName: parent.name, fits: fits, today: today)
            readVersion = parent.version
        case .logContact(let parentId, let followUpId):
            guard let detail = try store.parentDetail(id: parentId) else { return }
            let open = detail.followUps.map(\.followUp).filter { $0.doneOn == nil }
            // From Overdue, the follow-up selected; from a parent's detail, the one it answers.
            let completing = followUpId ?? FormBuilders.answered(by: today, among: open)
            form = FormBuilders.logContact(parentName: detail.parent.name, openFollowUps: open,
                                           completing: completing, today: today)
            readVersion = nil
        case .snooze(let followUpId):
            guard let item = state.overdue.page.rows.first(where: { $0.followUpId == followUpId }) else { return }
            form = FormBuilders.snooze(item, today: today)
            readVersion = item.version
        case .reassignAlly(let parentId):
            guard let parent = try store.parentDetail(id: parentId)?.parent else { return }
            guard parent.allyId != nil else {
                state.message = "No Parent Ally yet: assign one from Unassigned (2)"
                return
            }
            form = FormBuilders.assignAlly(parentName: parent.name, fits: try store.allyFit(for: parentId),
                                           current: parent.allyId, today: today)
            readVersion = parent.version
        case .unassignAlly(let parentId):
            guard let parent = try store.parentDetail(id: parentId)?.parent else { return }
            guard parent.allyId != nil else {
                state.message = "This parent has no Parent Ally to unassign"
                return
            }
            form = FormBuilders.unassignAlly(parentName: parent.name, today: today)
            readVersion = parent.version
        case .auditFilter(let parentId):
            state.form = try openAuditFilter(parentId: parentId)
            return
        case .importDocket:
            state.form = openImport()
            return
        default:
            if let active = try openEntryForm(purpose) { state.form = active }
            return
        }
        state.form = ActiveForm(purpose: purpose, state: form, readVersion: readVersion)
    }

    /// Writes what the form saved. A refusal stays on the form, at its field, with nothing lost.
    func submitForm(_ purpose: FormPurpose, _ values: [String: FieldValue]) throws {
        let today = state.today
        let readVersion = state.form?.readVersion
        pendingSave = nil
        do {
            switch purpose {
            case .courtOutcome(let hearingId):
                var engagement: [ID: CourtEngagement] = [:]
                for (key, value) in values where key.hasPrefix("parent-") {
                    if let id = ID(key.dropFirst("parent-".count)), let e = CourtEngagement(rawValue: value.text ?? "") {
                        engagement[id] = e
                    }
                }
                try store.recordCourtOutcome(CourtOutcome(
                    hearingId: hearingId, engagement: engagement, coveringAllyId: values["ally"]?.recordId,
                    status: HearingStatus(rawValue: values["status"]?.text ?? "") ?? .held,
                    continuedTo: values["continuedTo"]?.day, continuedAt: values["continuedAt"]?.time, today: today,
                    readVersion: readVersion))
                finish("Outcome recorded", reload: [.docket, .unassigned])
            case .assignAlly(let parentId):
                guard let allyId = values["ally"]?.recordId else { return }
                try store.assignAlly(parentId: parentId, allyId: allyId, on: today, reason: nil, expecting: readVersion)
                finish("Parent Ally assigned", reload: [.unassigned, .overdue])
            case .reassignAlly(let parentId):
                guard let allyId = values["ally"]?.recordId else { return }
                try store.assignAlly(parentId: parentId, allyId: allyId, on: today, reason: values["reason"]?.text ?? "",
                                     expecting: readVersion)
                finish("Parent Ally changed", reload: [.overdue])
            case .unassignAlly(let parentId):
                try store.unassignAlly(parentId: parentId, reason: values["reason"]?.text ?? "", today: today,
                                       expecting: readVersion)
                finish("Back in Unassigned", reload: [.unassigned, .overdue])
            case .logContact(let parentId, _):
                let completing = values["completes"]?.recordId.flatMap { $0 == FormBuilders.noFollowUp ? nil : $0 }
                let contact = Contact(
                    parentId: parentId, allyId: try store.parentDetail(id: parentId)?.parent.allyId,
                    date: values["date"]?.day ?? today, time: values["time"]?.time,
                    mode: ContactMode(rawValue: values["mode"]?.text ?? "") ?? .phone,
                    minutes: values["minutes"]?.number, reached: values["reached"]?.text != "no",
                    topics: values["topics"]?.text, notes: values["notes"]?.text)
                try store.logContact(contact, completing: completing, referrals: values["referrals"]?.list ?? [], today: today)
                finish(contact.reached || completing == nil ? "Contact logged" : "Attempt logged; the follow-up stays open",
                       reload: [.overdue])
            case .snooze(let followUpId):
                guard let day = values["date"]?.day else { return }
                try store.snoozeFollowUp(id: followUpId, to: day, reason: values["reason"]?.text ?? "", today: today,
                                         expecting: readVersion)
                finish("Follow-up snoozed to \(day.shortWeekday) \(day.shortLabel)", reload: [.overdue])
            case .signIn:
                try submitSignIn(values)
            case .leaveKiosk:
                try submitLeaveKiosk(values)
            case .auditFilter(let parentId):
                submitAuditFilter(parentId: parentId, values)
            case .importDocket:
                try submitImport(values)
            default:
                guard let form = state.form?.state else { return }
                if let (message, panes) = try submitEntryForm(purpose, values, form: form) {
                    finish(message, reload: panes)
                }
            }
        } catch StoreError.invalid(let field, let reason) {
            refuse(field: field, reason: reason)
        } catch StoreError.notAllowed(let reason) {
            refuse(field: nil, reason: reason)
        } catch StoreError.stale(let record) {
            refuseStale(record, purpose: purpose)
        } catch StoreError.busy {
            // Another terminal holds the file (a large import): keep the form and try again.
            pendingSave = (purpose, values)
            pendingSaveTried = clock()
            state.refusedSaves += 1
            state.form?.state.message = StoreError.busy.description
        } catch let error as StoreError {
            refuse(field: nil, reason: error.description)
        }
    }

    /// Another terminal changed what the form rests on. Nothing was written; what was typed stays,
    /// the refusal says who did what and when, and a second save is a decision made knowing it.
    private func refuseStale(_ record: StaleRecord, purpose: FormPurpose) {
        let advice: String
        switch purpose {
        case .assignAlly:
            advice = "Esc leaves it; Enter on the parent reassigns with a reason."
        case .logContact:
            refuse(field: "Completes", reason: record.description + ". Choose another, or none.")
            return
        default:
            advice = record.gone ? "Esc to close." : "C-s again saves yours over it; Esc leaves theirs."
        }
        if !record.gone { state.form?.readVersion = record.currentVersion }
        refuse(field: nil, reason: "\(record.description). \(advice)")
    }

    /// Tries again a save that found the file busy, once a second while its form stays open.
    func retryPendingSave() -> Bool {
        guard let pending = pendingSave, state.form?.purpose == pending.purpose else {
            pendingSave = nil
            return false
        }
        guard clock().timeIntervalSince(pendingSaveTried) >= 1 else { return false }
        perform([.submitForm(pending.purpose, pending.values)])
        return true
    }

    private func finish(_ message: String, reload panes: [PaneID]) {
        state.form = nil
        perform(panes.map(Effect.load) + (isOnDetail ? [.loadDetail] : []))
        state.message = message
    }

    private var isOnDetail: Bool {
        if case .detail = state.screen { return true }
        return false
    }

    /// Puts the store's reason at the field it names, or on the form. Nothing typed is lost.
    private func refuse(field: String?, reason: String) {
        state.refusedSaves += 1
        guard var form = state.form else { return }
        if let field, let index = form.state.fields.firstIndex(where: { $0.label == field }) {
            form.state.fields[index].message = reason
            form.state.focus = index
        }
        form.state.message = "Not saved: \(reason)"
        state.form = form
    }
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
