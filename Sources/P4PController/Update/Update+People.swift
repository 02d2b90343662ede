import Foundation
import P4PStore

/// Who is at the keyboard: the sign-in, the lock, leaving a kiosk; and the supervisor's own
/// screens, the audit log and the court calendar import.

/// A name picker over `users`, then a PIN shown as dots; Enter on the PIN submits.
func pinForm(title: Phrase, nameField: Field, users: [User], _ state: AppState) -> FormState {
    let options = users.map { PickerOption(id: $0.id, label: $0.name, detail: Phrase($0.role.words)) }
    var form = FormState(title: title, fields: [
        FormField(nameField, kind: .picker(PickerSource(options)), required: true),
        FormField(.pin, kind: .secret(limit: 64), required: true),
    ], today: state.today, language: state.language)
    form.enterSaves = true
    return form
}

/// The user is known (a PIN checked, or a script's --as): writes become theirs, the panes load.
func signIn(_ state: inout AppState, _ user: User) -> [Effect] {
    state.user = user
    // The desk speaks the user's language from here on; their own choice, else the computer's.
    state.language = user.language ?? state.startLanguage
    state.form = nil
    state.namesMasked = state.kiosk
    state.message = Phrase("signIn.done", ["name": .text(user.name)])
    // Known before the session began (a script's --as): the start loads the panes, once.
    return state.started ? loadAllPanes(state) : []
}

func updateSignInAnswer(_ state: inout AppState, _ purpose: FormPurpose, _ answer: Result<SignInResult, StoreError>) -> [Effect] {
    let result: SignInResult
    switch answer {
    case .success(let answered): result = answered
    case .failure(let error):
        state.form?.state.message = error.phrase
        return []
    }
    switch (purpose, result) {
    case (.signIn, .signedIn(let user)):
        return signIn(&state, user)
    case (.leaveKiosk, .signedIn(let user)) where user.role != .ally:
        state.form = nil
        state.isQuitting = true
        return []
    case (_, .locked(let until)):
        refusePIN(&state, Phrase("signIn.lockedOut", ["time": .text(SignInResult.clockTime(until))]))
    default:
        refusePIN(&state, SignInResult.refusal)
    }
    return []
}

/// The PIN is cleared, the name kept; the words never say which of the two was wrong.
private func refusePIN(_ state: inout AppState, _ message: Phrase) {
    guard var form = state.form, let pin = form.state.index(of: .pin) else { return }
    form.state.fields[pin].editor = LineEditor("", limit: form.state.fields[pin].editor.limit)
    form.state.focus = pin
    form.state.message = message
    state.form = form
}

/// Signed out: nothing of the program stays on screen; the sign-in asks who is next.
func updateLocked(_ state: inout AppState) -> [Effect] {
    var locked = AppState(today: state.today, databaseName: state.databaseName)
    locked.docketDay = state.docketDay
    locked.kiosk = state.kiosk
    locked.namesMasked = state.kiosk
    locked.idleLimit = state.idleLimit
    locked.signInRequired = true
    locked.started = state.started
    locked.language = state.startLanguage
    locked.startLanguage = state.startLanguage
    locked.paneRows = state.paneRows
    locked.pageLines = state.pageLines
    locked.lastKeyAt = state.lastKeyAt
    locked.now = state.now
    locked.message = state.message
    state = locked
    return [.prepareForm(.signIn)]
}

/// The filter of the audit log: a user, a day, and (from a parent's detail) that parent.
func auditFilterForm(users: [User], parentId: ID?, _ state: AppState) -> FormState {
    let options = users.map { PickerOption(id: $0.id, label: $0.name, detail: Phrase($0.role.words)) }
    var fields = [
        FormField(.auditUser, kind: .picker(PickerSource(options))),
        FormField(.auditDay, kind: .date, facing: .backward),
    ]
    if parentId != nil {
        fields.append(FormField(.auditScope, kind: .choice([Choice("this", "audit.thisParent"), Choice("anyone", "audit.anyone")]),
                                initial: .choice("this")))
    }
    var form = FormState(title: "audit.filterTitle", fields: fields, today: state.today, language: state.language)
    form.enterSaves = true
    return form
}

/// The audit screen for what the filter form chose: the log is read off the key path.
func showAudit(_ state: inout AppState, _ values: FormValues, users: [User], parentId: ID?) -> [Effect] {
    var filter = AuditFilter()
    var words: [Phrase] = []
    if let id = values[.auditUser]?.recordId, let user = users.first(where: { $0.id == id }) {
        filter.user = user.name
        words.append(.verbatim(user.name))
    }
    if let day = values[.auditDay]?.day {
        filter.on = day
        words.append(Phrase("verbatim", ["text": .day(day, .short(thisYear: state.today.year))]))
    }
    if let parentId, values[.auditScope]?.text == "this" {
        filter.parentId = parentId
        words.append(openParentName(state, parentId).map { .verbatim($0) } ?? "audit.thisParent")
    }
    state.form = nil
    let description = words.isEmpty ? Phrase("audit.everything") : Phrase("verbatim", ["text": .list(words, separator: ", ")])
    state.screen = .audit(AuditState(filter: filter, description: description))
    return [.loadAudit(filter)]
}

/// The name of the parent whose detail is open, for the title: people, not numbers.
private func openParentName(_ state: AppState, _ parentId: ID) -> String? {
    guard case .detail(let detail) = state.screen, let parent = detail.detail?.parent, parent.id == parentId else { return nil }
    return parent.name.withoutControlCharacters
}

/// What the import form's "Then" offers.
enum ImportChoice {
    static let checkOnly = "check"
    static let importNow = "import"
}

/// A court calendar file, checked first by default, then imported: the file typed for the
/// check is offered again for the import.
func importForm(_ state: AppState) -> FormState {
    var form = FormState(title: "import.formTitle", fields: [
        FormField(.file, kind: .text(limit: 400), required: true, initial: state.importPath.map { .text($0) } ?? .empty),
        FormField(.importThen, kind: .choice([Choice(ImportChoice.checkOnly, "import.checkOnly"),
                                              Choice(ImportChoice.importNow, "import.now")]),
                  required: true, initial: .choice(state.importPath == nil ? ImportChoice.checkOnly : ImportChoice.importNow)),
    ], today: state.today, language: state.language)
    form.message = "import.formHint"
    return form
}
