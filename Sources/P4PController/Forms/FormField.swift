import Foundation
import P4PStore

/// One field of a form: what was typed (never thrown away), what is chosen, and what is wrong.
public struct FormField: Sendable {
    public let id: Field
    public var label: Phrase
    public let kind: FieldKind
    public var required: Bool
    /// Typed text of text, date, time and number fields; the filter typed into a picker.
    public var editor: LineEditor
    /// The text of a note field.
    public var note: NoteEditor
    /// Choice: the chosen option. Many-of: the highlighted option. Picker: the highlighted match.
    public var selection: Int?
    /// Many-of: the options ticked, by index.
    public var checked: Set<Int> = []
    /// Picker: the record chosen, nil until the user types or moves.
    public var pickedId: Int64?
    /// Store-searched picker: what the store found for `searchedText`.
    public var found: [PickerOption] = []
    public var searchedText = ""
    /// What is wrong with the field, in words, shown beside it.
    public var message: Phrase?
    /// A rule of the caller's ("A contact cannot be in the future"), run on a non-empty value.
    public var validator: (@Sendable (FieldValue) -> Phrase?)?
    /// A caution that does not stop a save ("Outside court hours"), run on a non-empty value.
    public var caution: (@Sendable (FieldValue) -> Phrase?)?
    /// A date field's direction: a date typed without a year is the nearest one this way.
    public var facing: DateFacing = .forward
    /// The language the form is read in: choices' words and typed dates are matched in it.
    public internal(set) var language: Language = .english
    /// The typed text is still the prefilled value, untouched: the first letter typed replaces it.
    public internal(set) var showsPrefill = false
    /// Letters typed for type-ahead in a choice; cleared by any other key.
    var typeAhead = ""

    public init(_ id: Field, label: Phrase? = nil, kind: FieldKind, required: Bool = false,
                initial: FieldValue = .empty, validator: (@Sendable (FieldValue) -> Phrase?)? = nil,
                caution: (@Sendable (FieldValue) -> Phrase?)? = nil, facing: DateFacing = .forward) {
        self.id = id
        self.label = label ?? Phrase(id.label)
        self.kind = kind
        self.required = required
        self.validator = validator
        self.caution = caution
        self.facing = facing
        let limit: Int
        switch kind {
        case .text(let l), .secret(let l), .note(let l): limit = l
        default: limit = 200
        }
        editor = LineEditor("", limit: limit)
        note = NoteEditor("", limit: limit)
        set(initial)
        showsPrefill = !editor.text.isEmpty
    }

    /// Fills the field from a stored value, for editing an existing record.
    private mutating func set(_ value: FieldValue) {
        switch (kind, value) {
        case (.note, .text(let s)): note = NoteEditor(s, limit: note.limit)
        case (_, .text(let s)): editor = LineEditor(s, limit: editor.limit)
        case (_, .date(let d)): editor = LineEditor(d.iso, limit: editor.limit)
        case (_, .time(let t)): editor = LineEditor(t.hhmm, limit: editor.limit)
        case (_, .number(let n)): editor = LineEditor(String(n), limit: editor.limit)
        case (.choice(let options), .choice(let value)): selection = options.firstIndex { $0.value == value }
        case (.multiChoice(let options), .choices(let values)):
            checked = Set(options.indices.filter { values.contains(options[$0].value) })
            selection = options.isEmpty ? nil : 0
        case (.picker(let source), .id(let id)):
            // Chosen, with the search left empty so every other option stays in view.
            guard let index = source.options.firstIndex(where: { $0.id == id }) else { break }
            pickedId = id
            selection = index
        default:
            if case .multiChoice(let options) = kind, !options.isEmpty { selection = 0 }
        }
    }

    /// The field's value, or why it cannot be read. Empty is not an error here: see `validate`.
    public func value(today: Day) -> Result<FieldValue, InputError> {
        let typed = editor.text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .text, .secret:
            return .success(typed.isEmpty ? .empty : .text(typed))
        case .note:
            let text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return .success(text.isEmpty ? .empty : .text(text))
        case .date:
            if typed.isEmpty { return .success(.empty) }
            return DateInput.parse(typed, today: today, facing: facing, language: language).map { .date($0) }
        case .time:
            if typed.isEmpty { return .success(.empty) }
            return TimeInput.parse(typed).map { .time($0) }
        case .number(let range):
            if typed.isEmpty { return .success(.empty) }
            guard let n = Int(typed) else { return .failure(InputError(Phrase("input.notANumber", ["text": .text(typed)]))) }
            guard range.contains(n) else {
                return .failure(InputError(Phrase("input.between", ["low": .number(range.lowerBound),
                                                                    "high": .number(range.upperBound)])))
            }
            return .success(.number(n))
        case .choice(let options):
            return .success(selection.map { .choice(options[$0].value) } ?? .empty)
        case .multiChoice(let options):
            let list = options.indices.filter(checked.contains).map { options[$0].value }
            return .success(list.isEmpty ? .empty : .choices(list))
        case .picker:
            return .success(pickedId.map { .id($0) } ?? .empty)
        }
    }

    /// The message to show, or nil when the field is fine. `requiring` is false while the user
    /// merely passes through a field, so an empty required field only complains on save.
    public func problem(today: Day, requiring: Bool = true) -> Phrase? {
        switch value(today: today) {
        case .failure(let error): return error.phrase
        case .success(.empty): return requiring && required ? "form.required" : nil
        case .success(let value): return validator?(value)
        }
    }

    /// The caution to show beside a readable value, if any.
    public func cautionText(today: Day) -> Phrase? {
        guard let caution, case .success(let value) = value(today: today), value != .empty else { return nil }
        return caution(value)
    }

    /// What the typed text was read as, shown beside it: "Mon 23 Nov" for a date, "1:30 PM" for
    /// a time, the chosen record for a picker. Nil when there is nothing to show.
    public func preview(today: Day) -> Phrase? {
        switch (value(today: today), kind) {
        case (.success(.date(let day)), _):
            return Phrase("verbatim", ["text": .day(day, .short(thisYear: today.year))])
        case (.success(.time(let time)), _):
            let hour12 = (time.hour + 11) % 12 + 1
            let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
            return Phrase(time.hour < 12 ? "form.timeAM" : "form.timePM", ["time": .text("\(hour12):\(minute)")])
        case (.success(.id(let id)), .picker(let source)):
            guard let option = (source.options + found).first(where: { $0.id == id }) else { return nil }
            guard let detail = option.detail else { return .verbatim(option.label) }
            return Phrase("form.pickedWithDetail", ["label": .text(option.label), "detail": .phrase(detail)])
        default:
            return nil
        }
    }

    /// A picker's options that match what is typed, in order.
    public var matches: [PickerOption] {
        guard case .picker(let source) = kind else { return [] }
        return source.search == nil ? source.matching(editor.text, in: language) : found
    }

    /// A store-searched picker whose typed text has not been looked up yet.
    public var needsSearch: SearchTarget? {
        guard case .picker(let source) = kind, let target = source.search, editor.text != searchedText else { return nil }
        return target
    }

    /// What the store found for the typed text: the first is chosen, as typing into a picker does.
    public mutating func setFound(_ options: [PickerOption], for text: String) {
        found = options
        searchedText = text
        let typed = !text.trimmingCharacters(in: .whitespaces).isEmpty
        selection = typed && !options.isEmpty ? 0 : nil
        pickedId = selection.map { options[$0].id }
    }
}
