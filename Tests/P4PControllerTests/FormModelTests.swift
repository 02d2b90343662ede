import Testing
@testable import P4PController
import P4PStore

/// Monday 23 November 2026.
private let today = Day(year: 2026, month: 11, day: 23)!

private let allies = PickerSource([
    PickerOption(id: 1, label: "Nguyễn, Lan", detail: "Ally — Eastside"),
    PickerOption(id: 2, label: "Ruiz, Ana", detail: "Ally — Westside"),
    PickerOption(id: 3, label: "Nguyen, Bao", detail: "Ally — Westside"),
])

private let notInFuture: @Sendable (FieldValue) -> String? = { [today] value in
    if case .date(let day) = value, day > today { return "A contact cannot be in the future" }
    return nil
}

/// A contact log form: one field of every kind.
private func contactForm() -> FormState {
    FormState(title: "Log a contact", fields: [
        FormField(id: "who", label: "Who", kind: .text(limit: 40), required: true),
        FormField(id: "on", label: "Date", kind: .date, required: true, validator: notInFuture, facing: .backward),
        FormField(id: "at", label: "Time", kind: .time),
        FormField(id: "minutes", label: "Minutes", kind: .number(range: 0...600)),
        FormField(id: "method", label: "How", kind: .choice(["Phone", "Text", "In person", "Mail"])),
        FormField(id: "topics", label: "Topics", kind: .multiChoice(["Housing", "Court", "Services"])),
        FormField(id: "ally", label: "Parent Ally", kind: .picker(allies)),
        FormField(id: "notes", label: "Notes", kind: .note(limit: 500)),
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

private func field(_ id: String, _ form: FormState) -> FormField {
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
        #expect(field("on", form).message == "Not a date: \"13/45\" — try 11/23, today, +3 or friday")
        type("930", &form)
        #expect(field("at", form).preview(today: today) == "9:30 AM")
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
        #expect(field("on", form).message == "Not a date: \"13/45\" — try 11/23, today, +3 or friday")
        #expect(form.message == "Not saved: Date needs fixing")
        // Nothing typed is lost.
        #expect(field("who", form).editor.text == "Ana Ruiz")
        #expect(field("on", form).editor.text == "13/45")
        #expect(field("at", form).editor.text == "930")
        #expect(field("notes", form).note.text == "Called\nleft a message")

        press([.control("u")], &form)
        #expect(field("on", form).message == nil, "editing the field clears its complaint")
        type("+4", &form)
        #expect(field("on", form).preview(today: today) == "Fri 27 Nov")
        #expect(press([.function(2)], &form) == .editing, "the caller's rule refuses a future contact")
        #expect(field("on", form).message == "A contact cannot be in the future")
        #expect(field("on", form).editor.text == "+4")

        press([.control("u")], &form)
        type("11/20", &form)
        #expect(field("on", form).preview(today: today) == "Fri 20 Nov")
        #expect(press([.control("s")], &form) == .save([
            "who": .text("Ana Ruiz"),
            "on": .date(Day(year: 2026, month: 11, day: 20)!),
            "at": .time(TimeOfDay(hour: 9, minute: 30)!),
            "minutes": .number(45),
            "method": .choice("In person"),
            "topics": .choices(["Housing", "Services"]),
            "ally": .id(3),
            "notes": .text("Called\nleft a message"),
        ]))
    }

    @Test func aFullFieldSaysItsLimitAndKeepsWhatWasTyped() {
        var form = contactForm()
        type(String(repeating: "a", count: 40), &form)
        #expect(form.message == nil)
        type("b", &form)
        #expect(form.fields[0].editor.text == String(repeating: "a", count: 40))
        #expect(form.message == "Who takes at most 40 characters")
    }

    @Test func typingOverAPrefilledValueReplacesItUnlessTheCursorMovedFirst() {
        var form = FormState(title: "t", fields: [
            FormField(id: "lang", label: "Language", kind: .text(limit: 40), initial: .text("English")),
            FormField(id: "county", label: "County", kind: .text(limit: 40), initial: .text("King")),
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
        #expect(field("who", form).message == "Required")
        #expect(field("on", form).message == "Required")
        #expect(field("minutes", form).message == "Must be between 0 and 600")
        #expect(field("minutes", form).editor.text == "700")
        #expect(form.message == "Not saved: 3 fields need fixing")
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
        #expect(values["who"] == .text("Lan"))
        #expect(values["on"] == .date(today))
        #expect(values["at"] == .empty && values["ally"] == .empty && values["notes"] == .empty)
        #expect(values["topics"] == .empty && values["method"] == .empty)
    }

    @Test func initialValuesRoundTripWithoutDirtying() {
        let form = FormState(title: "Edit", fields: [
            FormField(id: "on", label: "Date", kind: .date, initial: .date(today)),
            FormField(id: "at", label: "Time", kind: .time, initial: .time(TimeOfDay(hour: 13, minute: 30)!)),
            FormField(id: "method", label: "How", kind: .choice(["Phone", "Mail"]), initial: .choice("Mail")),
            FormField(id: "topics", label: "Topics", kind: .multiChoice(["A", "B"]), initial: .choices(["B"])),
            FormField(id: "ally", label: "Ally", kind: .picker(allies), initial: .id(2)),
            FormField(id: "notes", label: "Notes", kind: .note(limit: 100), initial: .text("one\ntwo")),
        ], today: today)
        var copy = form
        #expect(copy.handle(.control("s")) == .save([
            "on": .date(today), "at": .time(TimeOfDay(hour: 13, minute: 30)!), "method": .choice("Mail"),
            "topics": .choices(["B"]), "ally": .id(2), "notes": .text("one\ntwo"),
        ]))
        #expect(!form.isDirty)
        #expect(form.fields[4].preview(today: today) == "Ruiz, Ana — Ally — Westside")
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
        #expect(field("who", form).editor.text == "Ana", "the answer key is not typed")
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
        var form = FormState(title: "T", fields: [FormField(id: "a", label: "A", kind: .text(limit: 9))], today: today)
        #expect(form.handle(.enter) == .editing)
        #expect(form.message == "Last field: C-s or F2 saves")
    }

    @Test func noteTakesEnterAndMovesLinesBeforeLeaving() {
        var form = contactForm()
        press([.backTab], &form)
        type("one", &form)
        press([.enter], &form)
        type("two", &form)
        #expect(field("notes", form).note.text == "one\ntwo")
        press([.up], &form)
        #expect(form.focus == 7 && field("notes", form).note.row == 0)
        type("!", &form)
        #expect(field("notes", form).note.text == "one!\ntwo")
        press([.up], &form)
        #expect(form.focus == 6, "Up on the first line leaves the note")
        press([.down, .down], &form)
        #expect(form.focus == 7 && field("notes", form).note.row == 1)
        press([.home, .backspace], &form)
        #expect(field("notes", form).note.text == "one!two", "Backspace at a line's start joins lines")
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
        #expect((try? form.fields[5].value(today: today).get()) == .choices(["Court", "Services"]))
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
        #expect(form.focusedField.preview(today: today) == "Nguyen, Bao — Ally — Westside")
        type("x", &form)
        #expect(form.focusedField.matches.isEmpty && form.focusedField.pickedId == nil)
        press([.control("u")], &form)
        #expect(form.focusedField.pickedId == nil && form.focusedField.matches.count == 3)
    }

    @Test func unknownKeysSayWhatToDo() {
        var form = contactForm()
        press([.tab, .tab, .tab, .tab], &form)
        #expect(form.handle(.function(5)) == .editing)
        #expect(form.message == "F5 does nothing here; C-s saves, Esc cancels")
    }
}
