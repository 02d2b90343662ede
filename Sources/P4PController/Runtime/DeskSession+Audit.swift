import P4PStore

/// The audit log for supervisors: a small filter form, then the newest matching entries.
extension DeskSession {
    func openAuditFilter(parentId: ID?) throws -> ActiveForm {
        let users = try store.users().map { PickerOption(id: $0.id, label: $0.name, detail: $0.role.rawValue) }
        var fields = [
            FormField(id: "user", label: "User", kind: .picker(PickerSource(users))),
            FormField(id: "day", label: "Day", kind: .date, facing: .backward),
        ]
        if parentId != nil { fields.append(FormField(id: "parent", label: "Parent", kind: .choice(["this parent", "anyone"]),
                                                     initial: .choice("this parent"))) }
        var form = FormState(title: "Audit log: leave a field empty for all", fields: fields, today: state.today)
        form.enterSaves = true
        return ActiveForm(purpose: .auditFilter(parentId: parentId), state: form)
    }

    func submitAuditFilter(parentId: ID?, _ values: [String: FieldValue]) {
        var filter = AuditFilter()
        var words: [String] = []
        if let id = values["user"]?.recordId, let form = state.form, case .picker(let source)? = form.state.fields.first?.kind,
           let name = source.options.first(where: { $0.id == id })?.label {
            filter.user = name
            words.append(name)
        }
        if let day = values["day"]?.day {
            filter.on = day
            words.append(day.iso)
        }
        if let parentId, values["parent"]?.text == "this parent" {
            filter.parentId = parentId
            words.append(openParentName(parentId) ?? "this parent")
        }
        state.form = nil
        state.screen = .audit(AuditState(filter: filter, description: words.isEmpty ? "everything" : words.joined(separator: ", ")))
        perform([.loadAudit])
    }

    /// The log only grows, and counting what a filter matches reads all of it: off the key path.
    func loadAudit() throws {
        guard case .audit(let audit) = state.screen else { return }
        finishWrites()  // this terminal's own entries are in before it reads
        let filter = audit.filter
        readOffTheKeyPath({ try $0.auditLog(filter, page: PageRequest(offset: 0, limit: AuditState.window)) },
                          then: { $0.showAudit($1, for: filter) })
    }

    /// The name of the parent whose detail is open, for the title: people, not numbers.
    private func openParentName(_ parentId: ID) -> String? {
        guard case .detail(let detail) = state.screen, let parent = detail.detail?.parent, parent.id == parentId else { return nil }
        return parent.name.withoutControlCharacters
    }

    private func showAudit(_ result: Result<ListPage<AuditLine>, Error>, for filter: AuditFilter) {
        guard case .audit(var audit) = state.screen, audit.filter == filter else { return }  // moved on meanwhile
        switch result {
        case .success(let page):
            audit.page = page
            audit.loaded = true
        case .failure(let error):
            state.message = StoreError.words(for: error, path: state.databaseName)
        }
        state.screen = .audit(audit)
    }
}
