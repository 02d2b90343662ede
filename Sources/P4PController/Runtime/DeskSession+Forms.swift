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
        switch purpose {
        case .courtOutcome(let hearingId):
            guard let entry = state.docket.page.rows.first(where: { $0.hearingId == hearingId }) else { return }
            form = FormBuilders.courtOutcome(entry, allies: try store.caseloads(), today: today)
        case .assignAlly(let parentId):
            guard let parent = state.unassigned.page.rows.first(where: { $0.parentId == parentId }) else { return }
            // A Parent Ally taking a parent is offered themself only.
            let fits = try store.allyFit(for: parentId).filter { state.user?.role != .ally || $0.ally.id == state.user?.allyId }
            form = FormBuilders.assignAlly(parentName: parent.name, fits: fits, today: today)
        case .logContact(let parentId, _):
            guard let detail = try store.parentDetail(id: parentId) else { return }
            form = FormBuilders.logContact(parentName: detail.parent.name, today: today)
        case .snooze(let followUpId):
            guard let item = state.overdue.page.rows.first(where: { $0.followUpId == followUpId }) else { return }
            form = FormBuilders.snooze(item, today: today)
        case .reassignAlly(let parentId):
            guard let parent = try store.parentDetail(id: parentId)?.parent else { return }
            guard parent.allyId != nil else {
                state.message = "No Parent Ally yet: assign one from Unassigned (2)"
                return
            }
            form = FormBuilders.assignAlly(parentName: parent.name, fits: try store.allyFit(for: parentId),
                                           current: parent.allyId, today: today)
        case .unassignAlly(let parentId):
            guard let parent = try store.parentDetail(id: parentId)?.parent else { return }
            guard parent.allyId != nil else {
                state.message = "This parent has no Parent Ally to unassign"
                return
            }
            form = FormBuilders.unassignAlly(parentName: parent.name, today: today)
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
        state.form = ActiveForm(purpose: purpose, state: form)
    }

    /// Writes what the form saved. A refusal stays on the form, at its field, with nothing lost.
    func submitForm(_ purpose: FormPurpose, _ values: [String: FieldValue]) throws {
        let today = state.today
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
                    continuedTo: values["continuedTo"]?.day, continuedAt: values["continuedAt"]?.time, today: today))
                finish("Outcome recorded", reload: [.docket, .unassigned])
            case .assignAlly(let parentId):
                guard let allyId = values["ally"]?.recordId else { return }
                try store.assignAlly(parentId: parentId, allyId: allyId, on: today, reason: nil)
                finish("Parent Ally assigned", reload: [.unassigned, .overdue])
            case .reassignAlly(let parentId):
                guard let allyId = values["ally"]?.recordId else { return }
                try store.assignAlly(parentId: parentId, allyId: allyId, on: today, reason: values["reason"]?.text)
                finish("Parent Ally changed", reload: [.overdue])
            case .unassignAlly(let parentId):
                try store.unassignAlly(parentId: parentId, reason: values["reason"]?.text ?? "")
                finish("Back in Unassigned", reload: [.unassigned, .overdue])
            case .logContact(let parentId, let followUpId):
                let contact = Contact(
                    parentId: parentId, allyId: try store.parentDetail(id: parentId)?.parent.allyId,
                    date: values["date"]?.day ?? today, time: values["time"]?.time,
                    mode: ContactMode(rawValue: values["mode"]?.text ?? "") ?? .phone,
                    minutes: values["minutes"]?.number, reached: values["reached"]?.text != "no",
                    topics: values["topics"]?.text, notes: values["notes"]?.text)
                try store.logContact(contact, completing: followUpId, referrals: values["referrals"]?.list ?? [], today: today)
                finish("Contact logged", reload: [.overdue])
            case .snooze(let followUpId):
                guard let day = values["date"]?.day else { return }
                try store.snoozeFollowUp(id: followUpId, to: day, reason: values["reason"]?.text ?? "", today: today)
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
            state.form?.state.message = "Not saved: \(reason)"
        }
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

    /// Puts the store's reason at the field it names, or on the form.
    private func refuse(field: String, reason: String) {
        guard var form = state.form else { return }
        if let index = form.state.fields.firstIndex(where: { $0.label == field }) {
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
