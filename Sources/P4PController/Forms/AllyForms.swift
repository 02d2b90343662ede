import P4PStore

/// An ally's program record, and deactivating one. Languages and counties are typed as lists
/// ("Spanish, English"); lived experience is ticked from the program's list.
enum AllyForms {
    static func ally(_ record: Ally?, experiences: [Experience], today: Day, language: Language) -> FormState {
        let title: Phrase = record.map { Phrase("form.title.editAlly", ["name": .text($0.name)]) } ?? "form.title.newAlly"
        let ticked = record?.livedExperience ?? []
        var fields: [FormField] = [
            FormField(.allyName, kind: .text(limit: 80), required: true, initial: record.map { .text($0.name) } ?? .empty),
            FormField(.phone, kind: .text(limit: 30), initial: record?.phone.map { .text($0) } ?? .empty),
            FormField(.languages, kind: .text(limit: 120), required: true,
                      initial: .text((record?.languages ?? ["English"]).joined(separator: ", "))),
            FormField(.counties, kind: .text(limit: 120), initial: record.map { .text($0.counties.joined(separator: ", ")) } ?? .empty),
            FormField(.caseloadLimit, kind: .number(range: 0...999), required: true, initial: .number(record?.caseloadLimit ?? 12)),
            FormField(.livedExperience, kind: .multiChoice(experiences.map { Choice($0.code, $0.words) }),
                      initial: ticked.isEmpty ? .empty : .choices(ticked)),
        ]
        // A deactivated ally may come back; their former parents stay where they are now.
        if record?.active == false {
            fields.append(FormField(.allyActive, kind: .choice(TaskForms.yesNo), initial: .choice("no")))
        }
        return FormState(title: title, fields: fields, today: today, language: language)
    }

    static func deactivate(_ record: AllyRecord, today: Day, language: Language) -> FormState {
        FormState(title: Phrase("form.title.deactivateAlly", ["name": .text(record.ally.name), "count": .number(record.openParents)]),
                  fields: [FormField(.reason, kind: .text(limit: 200), required: true)], today: today, language: language)
    }

    /// The record as the form's values change it.
    static func record(_ values: FormValues, from old: Ally?) -> Ally {
        var ally = old ?? Ally(name: "")
        ally.name = values[.allyName]?.text ?? ""
        ally.phone = values[.phone]?.text
        ally.languages = list(values[.languages]?.text)
        ally.counties = list(values[.counties]?.text)
        ally.caseloadLimit = values[.caseloadLimit]?.number ?? ally.caseloadLimit
        ally.livedExperience = values[.livedExperience]?.list ?? []
        if values[.allyActive]?.text == "yes" { ally.active = true }
        return ally
    }

    /// "Spanish, English" as a list; empty entries dropped.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
