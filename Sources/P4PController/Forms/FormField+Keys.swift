import Foundation
import P4PStore

/// How each kind of field takes the keys the form does not use for moving, saving or leaving.
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

    /// Handles an editing key; false when it means nothing in this field.
    mutating func edit(_ key: Key) -> Bool {
        switch kind {
        case .text, .secret, .date, .time, .number:
            // Typing over a prefilled value replaces it (as a selected field would); moving
            // within it first keeps it for editing.
            if showsPrefill, case .char(let c) = key, !c.isControlLike {
                editor = LineEditor("", limit: editor.limit)
            }
            showsPrefill = false
            return editor.handle(key)
        case .note: return note.handle(key)
        case .choice(let options): return editChoice(key, options)
        case .multiChoice(let options): return editMultiChoice(key, options)
        case .picker: return editPicker(key)
        }
    }

    /// Left/Right or Space cycle; letters jump to the first option starting with what was typed.
    private mutating func editChoice(_ key: Key, _ options: [Choice]) -> Bool {
        guard !options.isEmpty else { return false }
        switch key {
        case .right, .char(" "):
            typeAhead = ""
            selection = selection.map { ($0 + 1) % options.count } ?? 0
        case .left:
            typeAhead = ""
            selection = selection.map { ($0 + options.count - 1) % options.count } ?? options.count - 1
        case .backspace, .delete:
            typeAhead = ""
            selection = nil
        case .char(let c) where !c.isControlLike:
            if let index = typeAheadMatch(c, options) { selection = index }
        default:
            return false
        }
        return true
    }

    /// Left/Right move the highlight, Space ticks or unticks it, letters jump like a choice.
    private mutating func editMultiChoice(_ key: Key, _ options: [Choice]) -> Bool {
        guard !options.isEmpty else { return false }
        let current = selection ?? 0
        switch key {
        case .right: typeAhead = ""; selection = min(current + 1, options.count - 1)
        case .left: typeAhead = ""; selection = max(current - 1, 0)
        case .char(" "):
            typeAhead = ""
            if checked.remove(current) == nil { checked.insert(current) }
        case .char(let c) where !c.isControlLike:
            if let index = typeAheadMatch(c, options) { selection = index }
        default:
            return false
        }
        return true
    }

    /// Typing edits the filter and picks the first match; Left/Right move among the matches
    /// (Up/Down stay with the form, for moving between fields).
    private mutating func editPicker(_ key: Key) -> Bool {
        switch key {
        case .left, .right:
            let found = matches
            guard !found.isEmpty else { return true }
            let current = selection ?? (key == .right ? -1 : found.count)
            let next = min(max(current + (key == .right ? 1 : -1), 0), found.count - 1)
            selection = next
            pickedId = found[next].id
            return true
        default:
            let before = editor.text
            guard editor.handle(key) else { return false }
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
