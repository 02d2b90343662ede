import Testing
@testable import P4PController
import P4PStore

/// Monday 23 November 2026.
private let today = Day(year: 2026, month: 11, day: 23)!

private let allies = PickerSource([
    PickerOption(id: 1, label: "Nguyễn, Lan", detail: .verbatim("Ally — Eastside")),
    PickerOption(id: 2, label: "Ruiz, Ana", detail: .verbatim("Ally — Westside")),
    PickerOption(id: 3, label: "Nguyen, Bao", detail: .verbatim("Ally — Westside")),
])

private let notInFuture: @Sendable (FieldValue) -> Phrase? = { [today] value in
    if case .date(let day) = value, day > today { return "invalid.contactInFuture" }
    return nil
}

/// Options shown by these words, saved as these codes: a save hands back the code.
private func choices(_ options: KeyValuePairs<String, String>) -> [Choice] {
    options.map { Choice($0.key, .verbatim($0.value)) }
}

private let ways = choices(["phone": "Phone", "text": "Text", "in person": "In person", "mail": "Mail"])
private let topics = choices(["housing": "Housing", "court": "Court", "services": "Services"])

/// A contact log form: one field of every kind.
private func contactForm() -> FormState {
    FormState(title: Phrase("form.title.contact", ["name": "Ana Ruiz"]), fields: [
        FormField(.parentName, kind: .text(limit: 40), required: true),
        FormField(.contactDate, kind: .date, required: true, validator: notInFuture, facing: .backward),
        FormField(.time, kind: .time),
        FormField(.minutes, kind: .number(range: 0...600)),
        FormField(.contactMode, kind: .choice(ways)),
        FormField(.topics, kind: .multiChoice(topics)),
        FormField(.parentAlly, kind: .picker(allies)),
        FormField(.notes, kind: .note(limit: 500)),
    ], today: today)
}

@discardableResult
private func press(_ keys: [Key], _ form: inout FormState) -> FormOutcome {
    var outcome = FormOutcome.editing
    for key in keys { outcome = form.handle(key) }
    return outcome
}

@discardableResult
private func type(_ text: String, _ form: inout FormState) -> FormOutcome {
    press(text.map { .char($0) }, &form)
}

private func field(_ id: Field, _ form: FormState) -> FormField {
    form.fields.first { $0.id == id }!
}

@Suite struct FormWalkThroughTests {
    @Test func invalidDateBlocksSaveKeepsEverythingThenSaves() {
        var form = contactForm()
        type("Ana Ruiz", &form)
        press([.tab], &form)
        type("13/45", &form)
        press([.tab], &form)
        // Leaving the field already says what is wrong with it.
        #expect(field(.contactDate, form).message?.english == "Not a date: \"13/45\" — try 11/23, today, +3 or friday")
        type("930", &form)
        #expect(field(.time, form).preview(today: today)?.english == "9:30 AM")
        press([.enter], &form)
        type("45", &form)
        press([.tab], &form)
        type("i", &form)
        press([.tab, .char(" "), .right, .right, .char(" "), .tab], &form)
        type("ngu", &form)
        press([.right, .tab], &form)
        type("Called", &form)
        press([.enter], &form)
        type("left a message", &form)

        #expect(press([.control("s")], &form) == .editing)
        #expect(form.focus == 1)
        #expect(field(.contactDate, form).message?.english == "Not a date: \"13/45\" — try 11/23, today, +3 or friday")
        #expect(form.message?.english == "Not saved: Date needs fixing")
        // Nothing typed is lost.
        #expect(field(.parentName, form).editor.text == "Ana Ruiz")
        #expect(field(.contactDate, form).editor.text == "13/45")
        #expect(field(.time, form).editor.text == "930")
        #expect(field(.notes, form).note.text == "Called\nleft a message")

        press([.control("u")], &form)
        #expect(field(.contactDate, form).message == nil, "editing the field clears its complaint")
        type("+4", &form)
        #expect(field(.contactDate, form).preview(today: today)?.english == "Fri 27 Nov")
        #expect(press([.function(2)], &form) == .editing, "the caller's rule refuses a future contact")
        #expect(field(.contactDate, form).message?.english == "A contact cannot be in the future")
        #expect(field(.contactDate, form).editor.text == "+4")

        press([.control("u")], &form)
        type("11/20", &form)
        #expect(field(.contactDate, form).preview(today: today)?.english == "Fri 20 Nov")
        #expect(press([.control("s")], &form) == .save([
            .parentName: .text("Ana Ruiz"),
            .contactDate: .date(Day(year: 2026, month: 11, day: 20)!),
            .time: .time(TimeOfDay(hour: 9, minute: 30)!),
            .minutes: .number(45),
            .contactMode: .choice("in person"),
            .topics: .choices(["housing", "services"]),
            .parentAlly: .id(3),
            .notes: .text("Called\nleft a message"),
        ]))
    }

    @Test func aFullFieldSaysItsLimitAndKeepsWhatWasTyped() {
        var form = contactForm()
        type(String(repeating: "a", count: 40), &form)
        #expect(form.message == nil)
        type("b", &form)
        #expect(form.fields[0].editor.text == String(repeating: "a", count: 40))
        #expect(form.message?.english == "Name takes at most 40 characters")
    }

    @Test func typingOverAPrefilledValueReplacesItUnlessTheCursorMovedFirst() {
        var form = FormState(title: "form.title.add", fields: [
            FormField(.language, kind: .text(limit: 40), initial: .text("English")),
            FormField(.county, kind: .text(limit: 40), initial: .text("King")),
        ], today: today)
        type("Somali", &form)
        #expect(form.fields[0].editor.text == "Somali")
        press([.tab, .end], &form)
        type(" County", &form)
        #expect(form.fields[1].editor.text == "King County")
    }

    @Test func requiredAndRangeAreSaidAtTheField() {
        var form = contactForm()
        press([.tab, .tab, .tab], &form)
        type("700", &form)
        #expect(press([.control("s")], &form) == .editing)
        #expect(form.focus == 0)
        #expect(field(.parentName, form).message?.english == "Required")
        #expect(field(.contactDate, form).message?.english == "Required")
        #expect(field(.minutes, form).message?.english == "Must be between 0 and 600")
        #expect(field(.minutes, form).editor.text == "700")
        #expect(form.message?.english == "Not saved: 3 fields need fixing")
    }

    @Test func passingThroughAnEmptyRequiredFieldDoesNotNag() {
        var form = contactForm()
        press([.tab, .tab], &form)
        #expect(form.fields.allSatisfy { $0.message == nil })
    }

    @Test func optionalEmptyFieldsSaveAsEmpty() {
        var form = contactForm()
        type("Lan", &form)
        press([.tab], &form)
        type("today", &form)
        guard case .save(let values) = press([.control("s")], &form) else {
            Issue.record("did not save"); return
        }
        #expect(values[.parentName] == .text("Lan"))
        #expect(values[.contactDate] == .date(today))
        #expect(values[.time] == .empty && values[.parentAlly] == .empty && values[.notes] == .empty)
        #expect(values[.topics] == .empty && values[.contactMode] == .empty)
    }

    @Test func initialValuesRoundTripWithoutDirtying() {
        let form = FormState(title: "form.title.add", fields: [
            FormField(.contactDate, kind: .date, initial: .date(today)),
            FormField(.time, kind: .time, initial: .time(TimeOfDay(hour: 13, minute: 30)!)),
            FormField(.contactMode, kind: .choice(ways), initial: .choice("mail")),
            FormField(.topics, kind: .multiChoice(choices(["a": "A", "b": "B"])), initial: .choices(["b"])),
            FormField(.parentAlly, kind: .picker(allies), initial: .id(2)),
            FormField(.notes, kind: .note(limit: 100), initial: .text("one\ntwo")),
        ], today: today)
        var copy = form
        #expect(copy.handle(.control("s")) == .save([
            .contactDate: .date(today), .time: .time(TimeOfDay(hour: 13, minute: 30)!), .contactMode: .choice("mail"),
            .topics: .choices(["b"]), .parentAlly: .id(2), .notes: .text("one\ntwo"),
        ]))
        #expect(!form.isDirty)
        #expect(form.fields[4].preview(today: today)?.english == "Ruiz, Ana — Ally — Westside")
    }
}

@Suite struct FormKeyTests {
    @Test func escOnACleanFormCancelsAtOnce() {
        var form = contactForm()
        press([.tab, .down, .up], &form)
        #expect(!form.isDirty, "moving around changes nothing")
        #expect(form.handle(.escape) == .cancelled)
    }

    @Test func escOnADirtyFormAsksFirst() {
        var form = contactForm()
        type("Ana", &form)
        #expect(form.handle(.escape) == .editing)
        #expect(form.confirmingCancel)
        #expect(form.message == FormState.cancelQuestion)
        #expect(form.handle(.char("n")) == .editing)
        #expect(!form.confirmingCancel)
        #expect(field(.parentName, form).editor.text == "Ana", "the answer key is not typed")
        press([.escape], &form)
        #expect(form.handle(.tab) == .editing)
        #expect(form.focus == 0, "any other key only ends the question")
        press([.escape, .resize], &form)
        #expect(form.confirmingCancel && form.message == FormState.cancelQuestion, "a resize is no answer")
        #expect(form.handle(.char("y")) == .cancelled)
    }

    @Test func tabWrapsArrowsStopEnterMovesOn() {
        var form = contactForm()
        press([.backTab], &form)
        #expect(form.focus == 7)
        press([.tab], &form)
        #expect(form.focus == 0)
        press([.up], &form)
        #expect(form.focus == 0)
        press([.enter, .enter], &form)
        #expect(form.focus == 2)
        press([.down, .down, .down, .down, .down, .down], &form)
        #expect(form.focus == 7)
    }

    @Test func enterOnTheLastOneLineFieldSaysHowToSave() {
        var form = FormState(title: "form.title.add", fields: [FormField(.location, kind: .text(limit: 9))], today: today)
        #expect(form.handle(.enter) == .editing)
        #expect(form.message?.english == "Last field: C-s or F2 saves")
    }

    @Test func noteTakesEnterAndMovesLinesBeforeLeaving() {
        var form = contactForm()
        press([.backTab], &form)
        type("one", &form)
        press([.enter], &form)
        type("two", &form)
        #expect(field(.notes, form).note.text == "one\ntwo")
        press([.up], &form)
        #expect(form.focus == 7 && field(.notes, form).note.row == 0)
        type("!", &form)
        #expect(field(.notes, form).note.text == "one!\ntwo")
        press([.up], &form)
        #expect(form.focus == 6, "Up on the first line leaves the note")
        press([.down, .down], &form)
        #expect(form.focus == 7 && field(.notes, form).note.row == 1)
        press([.home, .backspace], &form)
        #expect(field(.notes, form).note.text == "one!two", "Backspace at a line's start joins lines")
    }

    @Test func choiceTypeAheadAndCycling() {
        var form = contactForm()
        press([.tab, .tab, .tab, .tab], &form)
        func chosen() -> Int? { form.fields[4].selection }
        type("i", &form)
        #expect(chosen() == 2)
        type("p", &form)
        #expect(chosen() == 0, "no option starts with \"ip\": p starts over")
        type("ma", &form)
        #expect(chosen() == 3)
        type("t", &form)
        #expect(chosen() == 1)
        type("z", &form)
        #expect(chosen() == 1, "no match keeps the choice")
        press([.right], &form)
        #expect(chosen() == 2)
        press([.char(" "), .char(" ")], &form)
        #expect(chosen() == 0, "Space cycles and wraps")
        press([.left], &form)
        #expect(chosen() == 3)
        #expect(form.isDirty)
    }

    @Test func manyOfTogglesTheHighlightedOption() {
        var form = contactForm()
        press(Array(repeating: .tab, count: 5), &form)
        press([.char(" "), .right, .right, .right, .char(" ")], &form)
        #expect(form.fields[5].checked == [0, 2])
        press([.left, .left, .char(" ")], &form)
        #expect(form.fields[5].checked == [2])
        press([.char("c"), .char(" ")], &form)
        #expect(form.fields[5].selection == 1, "letters jump the highlight")
        #expect((try? form.fields[5].value(today: today).get()) == .choices(["court", "services"]))
    }

    @Test func pickerFiltersAsYouTypeAndLeftRightMove() {
        var form = contactForm()
        press([.backTab, .backTab], &form)
        #expect(form.focusedField.pickedId == nil, "nothing is picked until the user acts")
        type("nguyen", &form)
        #expect(form.focusedField.matches.map(\.id) == [1, 3], "accents and case are ignored")
        #expect(form.focusedField.pickedId == 1)
        press([.right], &form)
        #expect(form.focusedField.pickedId == 3)
        press([.right], &form)
        #expect(form.focusedField.pickedId == 3, "stops at the last match")
        press([.left], &form)
        #expect(form.focusedField.pickedId == 1)
        type(" west", &form)
        #expect(form.focusedField.matches.map(\.id) == [3], "every word must match label or detail")
        #expect(form.focusedField.pickedId == 3)
        #expect(form.focusedField.preview(today: today)?.english == "Nguyen, Bao — Ally — Westside")
        type("x", &form)
        #expect(form.focusedField.matches.isEmpty && form.focusedField.pickedId == nil)
        press([.control("u")], &form)
        #expect(form.focusedField.pickedId == nil && form.focusedField.matches.count == 3)
    }

    @Test func unknownKeysSayWhatToDo() {
        var form = contactForm()
        press([.tab, .tab, .tab, .tab], &form)
        #expect(form.handle(.function(5)) == .editing)
        #expect(form.message?.english == "F5 does nothing here; C-s saves, Esc cancels")
    }
}
