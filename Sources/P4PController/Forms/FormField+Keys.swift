import Foundation
import P4PStore

/// How each kind of field takes the actions of its context in the table (`ActionTable`): the
/// keys the form does not use for moving, saving or leaving.
extension FormField {
    /// What the field's content is, to tell whether a key changed anything (the form's dirty flag).
    struct Snapshot: Equatable {
        let text: String, note: String, selection: Int?, checked: Set<Int>, pickedId: Int64?
    }
    var snapshot: Snapshot {
        Snapshot(text: editor.text, note: note.text, selection: selection, checked: checked, pickedId: pickedId)
    }

    /// Typed text has reached the field's limit, so more letters are not taken.
    var isFull: Bool {
        switch kind {
        case .text, .secret, .date, .time, .number: return editor.characters.count >= editor.limit
        case .note: return note.text.count >= note.limit
        default: return false
        }
    }

    /// Where the table looks up keys while this field has the focus.
    public var context: Context {
        switch kind {
        case .text, .secret, .date, .time, .number: return .textField
        case .note: return .noteField
        case .choice: return .choiceField
        case .multiChoice: return .tickField
        case .picker: return .pickerField
        }
    }

    /// Does an action of the field's context; `typed` is the character a typing action types.
    /// False when it means nothing in this field.
    mutating func perform(_ action: ActionID, typed: Character?) -> Bool {
        switch kind {
        case .text, .secret, .date, .time, .number:
            // Typing over a prefilled value replaces it (as a selected field would); moving
            // within it first keeps it for editing.
            if showsPrefill, action == .typeText, let c = typed, !c.isControlLike {
                editor = LineEditor("", limit: editor.limit)
            }
            showsPrefill = false
            return editor.perform(action, typed: typed)
        case .note: return note.perform(action, typed: typed)
        case .choice(let options): return editChoice(action, typed, options)
        case .multiChoice(let options): return editMultiChoice(action, typed, options)
        case .picker: return editPicker(action, typed)
        }
    }

    /// Next and previous cycle; letters jump to the first option starting with what was typed.
    private mutating func editChoice(_ action: ActionID, _ typed: Character?, _ options: [Choice]) -> Bool {
        guard !options.isEmpty else { return false }
        switch action {
        case .nextChoice:
            typeAhead = ""
            selection = selection.map { ($0 + 1) % options.count } ?? 0
        case .previousChoice:
            typeAhead = ""
            selection = selection.map { ($0 + options.count - 1) % options.count } ?? options.count - 1
        case .clearChoice:
            typeAhead = ""
            selection = nil
        case .jumpToOption:
            guard let c = typed else { return false }
            if let index = typeAheadMatch(c, options) { selection = index }
        default:
            return false
        }
        return true
    }

    /// Next and previous move the highlight, toggling ticks or unticks it, letters jump like a
    /// choice.
    private mutating func editMultiChoice(_ action: ActionID, _ typed: Character?, _ options: [Choice]) -> Bool {
        guard !options.isEmpty else { return false }
        let current = selection ?? 0
        switch action {
        case .nextOption: typeAhead = ""; selection = min(current + 1, options.count - 1)
        case .previousOption: typeAhead = ""; selection = max(current - 1, 0)
        case .toggleTick:
            typeAhead = ""
            if checked.remove(current) == nil { checked.insert(current) }
        case .jumpToOption:
            guard let c = typed else { return false }
            if let index = typeAheadMatch(c, options) { selection = index }
        default:
            return false
        }
        return true
    }

    /// Typing edits the filter and picks the first match; next and previous move among the
    /// matches (Up/Down stay with the form, for moving between fields).
    private mutating func editPicker(_ action: ActionID, _ typed: Character?) -> Bool {
        switch action {
        case .nextOption, .previousOption:
            let found = matches
            guard !found.isEmpty else { return true }
            let forward = action == .nextOption
            let current = selection ?? (forward ? -1 : found.count)
            let next = min(max(current + (forward ? 1 : -1), 0), found.count - 1)
            selection = next
            pickedId = found[next].id
            return true
        default:
            let before = editor.text
            guard editor.perform(action, typed: typed) else { return false }
            if editor.text != before {
                if case .picker(let source) = kind, source.search != nil {
                    // What the store found for the old text is not what this text finds: nothing
                    // is picked until the new matches arrive.
                    found = []
                    selection = nil
                    pickedId = nil
                    return true
                }
                let found = matches
                let typed = !editor.text.trimmingCharacters(in: .whitespaces).isEmpty
                selection = typed && !found.isEmpty ? 0 : nil
                pickedId = selection.map { found[$0].id }
            }
            return true
        }
    }

    /// The first option whose words, in the form's language, start with the letters typed so
    /// far; when the longer prefix matches nothing, the new letter starts over ("m", "a" finds
    /// "Mail"; then "p" finds "Phone").
    private mutating func typeAheadMatch(_ c: Character, _ options: [Choice]) -> Int? {
        let words = options.map { SearchText.fold($0.label.text(language)) }
        func first(_ prefix: String) -> Int? {
            let typed = SearchText.fold(prefix)
            return words.firstIndex { $0.hasPrefix(typed) }
        }
        if let index = first(typeAhead + String(c)) {
            typeAhead += String(c)
            return index
        }
        typeAhead = String(c)
        return first(typeAhead)
    }
}
