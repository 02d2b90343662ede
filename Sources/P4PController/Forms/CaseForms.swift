import P4PStore

/// The forms of what happens to a family, opened from a parent's detail for the case it shows:
/// the case's dates, its outcome, a new child or a correction to one, a child's move or the
/// removal of one recorded in error.
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
        let children = childChoices(s)
        return FormState(title: title("form.title.childMove", s), fields: [
            FormField(.child, kind: .choice(children), required: true,
                      initial: children.count == 1 ? .choice(children[0].value) : .empty),
            FormField(.childMove, kind: .choice(moveChoices), required: true),
            FormField(.moveDate, kind: .date, required: true, initial: .date(today), facing: .backward),
        ], today: today, language: language)
    }

    /// Which child to correct, when the case has several: Enter opens the child's record.
    static func chooseChild(_ s: ParentDetail.CaseSummary, today: Day, language: Language) -> FormState {
        var form = FormState(title: title("form.title.chooseChild", s), fields: [
            FormField(.child, kind: .choice(childChoices(s)), required: true,
                      initial: s.children.first?.id.map { .choice(String($0)) } ?? .empty),
        ], today: today, language: language)
        form.enterSaves = true
        form.message = "form.chooseThenEnter"
        return form
    }

    /// A child's name or initials and birth year, as the detail read them.
    static func editChild(_ s: ParentDetail.CaseSummary, _ child: Child, today: Day, language: Language) -> FormState {
        FormState(title: title("form.title.editChild", s), fields: [
            FormField(.childName, kind: .text(limit: 40), required: true, initial: .text(child.name)),
            FormField(.birthYear, kind: .number(range: (today.year - 25)...today.year),
                      initial: child.birthYear.map { .number($0) } ?? .empty),
        ], today: today, language: language)
    }

    /// One of the case's children's moves, each named by its child, move and day (the only one
    /// chosen already), and why it was recorded in error.
    static func removeMove(_ s: ParentDetail.CaseSummary, today: Day, language: Language) -> FormState {
        let names = Dictionary(s.children.compactMap { child in child.id.map { ($0, child.name) } }, uniquingKeysWith: { a, _ in a })
        let moves = s.moves.compactMap { move in
            move.id.map { id in
                Choice(String(id), Phrase("form.childsMove", ["child": .text(names[move.childId] ?? ""), "move": .word(move.move.words),
                                                              "day": .day(move.date, .short(thisYear: today.year))]))
            }
        }
        return FormState(title: title("form.title.removeMove", s), fields: [
            FormField(.childMove, kind: .choice(moves), required: true, initial: moves.count == 1 ? .choice(moves[0].value) : .empty),
            FormField(.reason, kind: .text(limit: 200), required: true),
        ], today: today, language: language)
    }

    private static func childChoices(_ s: ParentDetail.CaseSummary) -> [Choice] {
        s.children.compactMap { child in child.id.map { Choice(String($0), .verbatim(child.name)) } }
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
        case .editChild(_, _, let childId):
            guard var child = s.children.first(where: { $0.id == childId }) else { return nil }
            child.name = values[.childName]?.text ?? ""
            child.birthYear = values[.birthYear]?.number
            return .updateChild(child, today: today)
        case .removeMove:
            guard let moveId = values[.childMove]?.text.flatMap({ ID($0) }),
                  let move = s.moves.first(where: { $0.id == moveId }),
                  let child = s.children.first(where: { $0.id == move.childId }) else { return nil }
            return .removeChildMove(move, reason: values[.reason]?.text, version: child.version)
        default:
            return nil
        }
    }
}
