import Foundation
import P4PStore

/// Who is at the keyboard. On a database with users nothing is read or drawn until someone
/// signs in; every write after that is recorded as theirs.
extension DeskSession {
    func openSignIn() throws -> ActiveForm? {
        var form = try pinForm(title: "Sign in", nameLabel: "Name", users: store.users().filter(\.active))
        form.message = "Type your name, Enter, then your PIN, Enter"
        return ActiveForm(purpose: .signIn, state: form)
    }

    /// A name picker over `users`, then a PIN shown as dots; Enter on the PIN submits.
    func pinForm(title: String, nameLabel: String, users: [User]) -> FormState {
        let options = users.map { PickerOption(id: $0.id, label: $0.name, detail: $0.role.rawValue) }
        var form = FormState(title: title, fields: [
            FormField(id: "name", label: nameLabel, kind: .picker(PickerSource(options)), required: true),
            FormField(id: "pin", label: "PIN", kind: .secret(limit: 64), required: true),
        ], today: state.today)
        form.enterSaves = true
        return form
    }

    /// The name chosen in a PIN form's picker.
    func pickedName(_ values: [String: FieldValue]) -> String? {
        guard let form = state.form, case .picker(let source)? = form.state.fields.first?.kind,
              let id = values["name"]?.recordId else { return nil }
        return source.options.first { $0.id == id }?.label
    }

    func submitSignIn(_ values: [String: FieldValue]) throws {
        guard let name = pickedName(values) else { return }
        switch try store.signIn(name: name, secret: values["pin"]?.text ?? "", at: clock()) {
        case .signedIn(let user):
            signedIn(as: user)
        case .refused:
            refusePIN(SignInResult.refusal)
        case .locked(let until):
            refusePIN("Too many wrong PINs: try again after \(SignInResult.clockTime(until))")
        }
    }

    /// The user is known (a PIN checked, or a script's --as): writes become theirs, the panes load.
    public func signedIn(as user: User) {
        if let own = try? baseStore.acting(as: user) { store = own }
        state.user = user
        state.form = nil
        state.namesMasked = state.kiosk
        state.message = "Signed in as \(user.name)"
        lastChangeToken = try? store.changeToken()
        perform(PaneID.allCases.map(Effect.load))
    }

    /// The PIN is cleared, the name kept; the words never say which of the two was wrong.
    func refusePIN(_ message: String) {
        guard var form = state.form, let pin = form.state.fields.firstIndex(where: { $0.id == "pin" }) else { return }
        form.state.fields[pin].editor = LineEditor("", limit: form.state.fields[pin].editor.limit)
        form.state.focus = pin
        form.state.message = message
        state.form = form
    }
}
