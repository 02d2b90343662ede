import P4PStore

/// The forms of what happens to a family, opened from a parent's detail for the case it shows:
/// the case's dates, its outcome, a new child, a child's move.
enum CaseForms {
    static let outcomeChoices = CaseOutcome.allCases.map { Choice($0.rawValue, Phrase($0.words)) }
    static let moveChoices = ChildMoveKind.allCases.map { Choice($0.rawValue, Phrase($0.words)) }

    private static func title(_ key: W, _ s: ParentDetail.CaseSummary) -> Phrase {
        Phrase(key, ["case": .text(s.dependencyCase.caseNumber)])
    }

    /// Petition and removal dates and county; a reason, asked for when a date already set changes.
    static func editCase(_ s: ParentDetail.CaseSummary, today: Day, language: Language) -> FormState {
        let c = s.dependencyCase
        return FormState(title: title("form.title.editCase", s), fields: [
            FormField(.petitionDate, kind: .date, initial: c.petitionDate.map { .date($0) } ?? .empty, facing: .backward),
            FormField(.removalDate, kind: .date, initial: c.removalDate.map { .date($0) } ?? .empty, facing: .backward),
            FormField(.county, kind: .text(limit: 60), initial: c.county.map { .text($0) } ?? .empty),
            FormField(.reason, kind: .text(limit: 200)),
        ], today: today, language: language)
    }

    /// The outcome (none clears it) and its day, filled in from the children's moves when the
    /// case has none yet; "despite the children's moves" saves one they do not show.
    static func caseOutcome(_ s: ParentDetail.CaseSummary, today: Day, language: Language) -> FormState {
        let c = s.dependencyCase
        let suggestion = s.evidence.suggestion
        let outcome = c.outcome ?? suggestion?.outcome
        let day = c.outcome == nil ? suggestion?.on : c.outcomeDate
        var form = FormState(title: title("form.title.caseOutcome", s), fields: [
            FormField(.caseOutcome, kind: .choice(outcomeChoices), initial: outcome.map { .choice($0.rawValue) } ?? .empty),
            FormField(.outcomeDate, kind: .date, initial: .date(day ?? today), facing: .backward),
            FormField(.despiteMoves, kind: .choice(TaskForms.yesNo), initial: .choice("no")),
            FormField(.reason, kind: .text(limit: 200)),
        ], today: today, language: language)
        if let suggestion {
            form.message = Phrase("form.movesSuggest", ["outcome": .word(suggestion.outcome.words),
                                                        "day": .day(suggestion.on, .short(thisYear: today.year))])
        }
        return form
    }

    static func newChild(_ s: ParentDetail.CaseSummary, today: Day, language: Language) -> FormState {
        FormState(title: title("form.title.newChild", s), fields: [
            FormField(.childName, kind: .text(limit: 40), required: true),
            FormField(.birthYear, kind: .number(range: (today.year - 25)...today.year)),
        ], today: today, language: language)
    }

    /// A dated move of one of the case's children (the only one chosen already).
    static func childMove(_ s: ParentDetail.CaseSummary, today: Day, language: Language) -> FormState {
        let children = s.children.compactMap { child in child.id.map { Choice(String($0), .verbatim(child.name)) } }
        return FormState(title: title("form.title.childMove", s), fields: [
            FormField(.child, kind: .choice(children), required: true,
                      initial: children.count == 1 ? .choice(children[0].value) : .empty),
            FormField(.childMove, kind: .choice(moveChoices), required: true),
            FormField(.moveDate, kind: .date, required: true, initial: .date(today), facing: .backward),
        ], today: today, language: language)
    }

    /// The save a filled-in form asks for, on the case as the form read it.
    static func request(_ purpose: FormPurpose, _ s: ParentDetail.CaseSummary, _ values: FormValues,
                        version: Int?, today: Day) -> SaveRequest? {
        var c = s.dependencyCase
        switch purpose {
        case .editCase:
            c.petitionDate = values[.petitionDate]?.day
            c.removalDate = values[.removalDate]?.day
            c.county = values[.county]?.text
            c.version = version ?? c.version
            return .updateCase(c, reason: values[.reason]?.text)
        case .caseOutcome:
            let outcome = values[.caseOutcome]?.text.flatMap(CaseOutcome.init(rawValue:))
            return .setCaseOutcome(caseId: c.id!, outcome: outcome, on: values[.outcomeDate]?.day, reason: values[.reason]?.text,
                                   despiteMoves: values[.despiteMoves]?.text == "yes", version: version ?? c.version)
        case .newChild:
            return .addChild(Child(caseId: c.id!, name: values[.childName]?.text ?? "", birthYear: values[.birthYear]?.number),
                             today: today)
        case .childMove:
            guard let childId = values[.child]?.text.flatMap({ ID($0) }),
                  let child = s.children.first(where: { $0.id == childId }),
                  let move = values[.childMove]?.text.flatMap(ChildMoveKind.init(rawValue:)) else { return nil }
            return .addChildMove(ChildMove(childId: childId, date: values[.moveDate]?.day ?? today, move: move),
                                 version: version ?? child.version)
        default:
            return nil
        }
    }
}
