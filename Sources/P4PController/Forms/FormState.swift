import P4PStore

/// What a key did to a form: still editing, saved with these values, or given up.
public enum FormOutcome: Equatable, Sendable {
    case editing
    case save(FormValues)
    case cancelled
}

/// What a saved form hands back: each field's value, by field.
public typealias FormValues = [Field: FieldValue]

/// A keyboard-only form, as values: the fields, which one has focus, and whether leaving would
/// lose typing. Its keys are the table's (`ActionTable`), looked up in the focused field's
/// context, then the form's:
/// - next / previous field (Tab / S-Tab) wrap around; the field below / above (Down / Up) stop
///   at the ends; inside a note Down / Up move between its lines first.
/// - Enter: next field (on the last field it says how to save, or saves a form that only asks
///   what to do next); inside a note, a new line.
/// - save (C-s, F2) from any field.
/// - cancel (Esc): at once when nothing changed; otherwise it asks, then discarding (`y`) leaves
///   and any other key goes back to editing with nothing lost.
/// - everything else goes to the focused field (see `FormField.perform`).
public struct FormState: Sendable {
    public var title: Phrase
    public var fields: [FormField]
    public var focus = 0
    public var isDirty = false
    public var confirmingCancel = false
    /// A line for the whole form: how to save, why a save was refused, the cancel question.
    public var message: Phrase?
    /// Enter on the last field saves: for a form that only asks what to do next.
    public var enterSaves = false
    /// Dates are read relative to this; comes from the app's injected clock.
    public let today: Day
    /// Saves this form refused because a field needed fixing.
    public private(set) var refusals = 0
    /// The language the form is read in.
    public let language: Language

    public static let cancelQuestion: Phrase = "form.discardQuestion"

    public init(title: Phrase, fields: [FormField], today: Day, language: Language = .english) {
        precondition(!fields.isEmpty, "a form needs a field")
        self.title = title
        self.fields = fields.map { field in
            var field = field
            field.language = language
            return field
        }
        self.today = today
        self.language = language
    }

    /// The field with this id.
    public func field(_ id: Field) -> FormField? { fields.first { $0.id == id } }

    /// The index of the field with this id.
    public func index(of id: Field) -> Int? { fields.firstIndex { $0.id == id } }

    public var focusedField: FormField { fields[focus] }

    /// The contexts of the form's keys, most particular first: the focused field, then the
    /// form; only the question while it asks one.
    public var contexts: [Context] { confirmingCancel ? [.discardQuestion] : [focusedField.context, .form] }

    /// A key, as the table reads it in this form.
    public mutating func handle(_ key: Key) -> FormOutcome {
        // A resize is the terminal's doing, not an answer or an edit.
        if key == .resize { return .editing }
        return perform(ActionTable.action(for: key, in: contexts), key: key)
    }

    /// What an action of the table does to the form; nil when the key means nothing here.
    /// `key` is the key that asked for it: the character a typing action types.
    public mutating func perform(_ action: ActionID?, key: Key) -> FormOutcome {
        message = nil
        if confirmingCancel {
            confirmingCancel = false
            return action == .discard ? .cancelled : .editing
        }
        guard let action else {
            message = keyDoesNothing(key)
            return .editing
        }
        switch action {
        case .cancelForm:
            guard isDirty else { return .cancelled }
            confirmingCancel = true
            message = Self.cancelQuestion
        case .saveForm:
            return save()
        case .nextField: moveFocus(to: (focus + 1) % fields.count)
        case .previousField: moveFocus(to: (focus + fields.count - 1) % fields.count)
        case .fieldBelow, .fieldAbove, .lineBelow, .lineAbove:
            let delta = action == .fieldBelow || action == .lineBelow ? 1 : -1
            if action == .lineBelow || action == .lineAbove, fields[focus].note.moveLine(by: delta) { break }
            moveFocus(to: min(max(focus + delta, 0), fields.count - 1))
        case .enterField, .signIn:
            if focus == fields.count - 1 {
                if enterSaves { return save() }
                message = "form.lastField"
            } else {
                moveFocus(to: focus + 1)
            }
        default:
            editFocused(action, key)
        }
        return .editing
    }

    /// Every value when all fields are valid; otherwise marks each bad field and focuses the first.
    public mutating func save() -> FormOutcome {
        var values: FormValues = [:]
        var firstBad: Int?
        for index in fields.indices {
            fields[index].message = fields[index].problem(today: today)
            if fields[index].message != nil {
                firstBad = firstBad ?? index
            } else if case .success(let value) = fields[index].value(today: today) {
                values[fields[index].id] = value
            }
        }
        guard let firstBad else { return .save(values) }
        refusals += 1
        fields[focus].typeAhead = ""
        focus = firstBad
        let count = fields.filter { $0.message != nil }.count
        message = count == 1 ? Phrase("form.fieldNeedsFixing", ["field": .phrase(fields[firstBad].label)])
                             : Phrase("form.fieldsNeedFixing", ["count": .number(count)])
        return .editing
    }

    private mutating func editFocused(_ action: ActionID, _ key: Key) {
        let before = fields[focus].snapshot
        guard fields[focus].perform(action, typed: key.typedCharacter) else {
            message = keyDoesNothing(key)
            return
        }
        if fields[focus].snapshot != before {
            isDirty = true
            // The user is fixing it; say again only when they leave or save.
            fields[focus].message = nil
        } else if key.typedCharacter != nil, fields[focus].isFull {
            message = Phrase("form.fieldFull", ["field": .phrase(fields[focus].label), "count": .number(fields[focus].editor.limit)])
        }
    }

    /// "F5 does nothing here; C-s saves, Esc cancels", with the form's keys from the table.
    private func keyDoesNothing(_ key: Key) -> Phrase {
        func name(_ id: ActionID) -> Phrase.Arg { .text(ActionTable.key(for: id, in: [.form])?.displayName ?? "") }
        return Phrase("form.keyDoesNothing", ["key": .text(key.displayName), "save": name(.saveForm), "cancel": name(.cancelForm)])
    }

    /// Leaving a field checks what was typed (not whether it is empty: that waits for save).
    private mutating func moveFocus(to index: Int) {
        guard index != focus else { return }
        fields[focus].typeAhead = ""
        fields[focus].message = fields[focus].problem(today: today, requiring: false)
        focus = index
    }
}
