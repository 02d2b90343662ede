import Foundation
import P4PStore

/// Who is at the keyboard. On a database with users nothing is read or drawn until someone
/// signs in; every write after that is recorded as theirs.
extension DeskSession {
    func openSignIn() throws -> ActiveForm? {
        let users = try store.users().filter(\.active)
        let options = users.map { PickerOption(id: $0.id, label: $0.name, detail: $0.role.rawValue) }
        var form = FormState(title: "Sign in", fields: [
            FormField(id: "name", label: "Name", kind: .picker(PickerSource(options)), required: true),
            FormField(id: "pin", label: "PIN", kind: .secret(limit: 64), required: true),
        ], today: state.today)
        form.enterSaves = true
        form.message = "Type your name, Enter, then your PIN, Enter"
        return ActiveForm(purpose: .signIn, state: form)
    }

    func submitSignIn(_ values: [String: FieldValue]) throws {
        guard let form = state.form, case .picker(let source)? = form.state.fields.first?.kind,
              let id = values["name"]?.recordId, let name = source.options.first(where: { $0.id == id })?.label
        else { return }
        switch try store.signIn(name: name, secret: values["pin"]?.text ?? "", at: clock()) {
        case .signedIn(let user):
            signedIn(as: user)
        case .refused:
            refuseSignIn(SignInResult.refusal)
        case .locked(let until):
            let f = DateFormatter()
            f.dateFormat = "HH:mm"
            refuseSignIn("Too many wrong PINs: try again after \(f.string(from: until))")
        }
    }

    /// The user is known (a PIN checked, or a script's --as): writes become theirs, the panes load.
    public func signedIn(as user: User) {
        if let own = try? baseStore.acting(as: user) { store = own }
        state.user = user
        state.form = nil
        state.message = "Signed in as \(user.name)"
        lastChangeToken = try? store.changeToken()
        perform(PaneID.allCases.map(Effect.load))
    }

    /// The PIN is cleared, the name kept; the words never say which of the two was wrong.
    private func refuseSignIn(_ message: String) {
        guard var form = state.form, let pin = form.state.fields.firstIndex(where: { $0.id == "pin" }) else { return }
        form.state.fields[pin].editor = LineEditor("", limit: form.state.fields[pin].editor.limit)
        form.state.focus = pin
        form.state.message = message
        state.form = form
    }
}
