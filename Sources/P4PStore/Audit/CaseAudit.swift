/// The audit entries of a case's dates, outcome, children and moves: their actions and the
/// shapes of their details, written and read back here so the two never drift apart.
enum CaseAudit {
    /// The actions as the audit log stores them.
    enum Action: String {
        case caseUpdated = "case updated"
        case outcomeRecorded = "case outcome recorded", outcomeCleared = "case outcome cleared"
        case childAdded = "child added", childUpdated = "child updated"
        case moveAdded = "child move recorded", moveRemoved = "child move removed"
    }
    static let caseUpdated = Action.caseUpdated.rawValue
    static let outcomeRecorded = Action.outcomeRecorded.rawValue
    static let outcomeCleared = Action.outcomeCleared.rawValue
    static let childAdded = Action.childAdded.rawValue
    static let childUpdated = Action.childUpdated.rawValue
    static let moveAdded = Action.moveAdded.rawValue
    static let moveRemoved = Action.moveRemoved.rawValue

    /// Marks inside a stored detail.
    enum Mark: String {
        case reason = "; reason: ", despite = "; despite the children's moves"
    }
    static let reasonMark = Mark.reason.rawValue
    static let despiteMark = Mark.despite.rawValue

    /// "fields: county, removal_date; reason: the petition was refiled".
    static func fields(_ names: [String], reason: String?) -> String {
        let detail = (names.isEmpty ? "no changes" : "fields: " + names.joined(separator: ", ")) + (reason.map { reasonMark + $0 } ?? "")
        return detail
    }

    /// "reunified on 2026-05-01; reason: ...; despite the children's moves", or "cleared".
    static func outcome(_ outcome: CaseOutcome?, on day: Day?, reason: String?, despiteMoves: Bool) -> String {
        var text = outcome.map { "\($0.rawValue) on \(day?.iso ?? "")" } ?? "cleared"
        if let reason { text += reasonMark + reason }
        if despiteMoves && outcome != nil { text += despiteMark }
        return text
    }

    static func child(_ id: ID) -> String { "child \(id)" }

    /// "child 5: returned home on 2026-05-01".
    static func move(_ move: ChildMove) -> String {
        let detail = "child \(move.childId): \(move.move.rawValue) on \(move.date.iso)"
        return detail
    }

    /// Why an outcome is refused: what the children's last moves say.
    static func contradiction(_ evidence: OutcomeEvidence) -> Phrase {
        guard let suggested = evidence.suggestion else { return "invalid.outcomeNotInMoves" }
        return Phrase("invalid.movesSuggest", ["outcome": .word(suggested.outcome.words),
                                               "day": .day(suggested.on, .short(thisYear: suggested.on.year))])
    }

    /// Why a move is not taken out: the case's outcome rests on it.
    static func outcomeRestsOnMove(_ outcome: CaseOutcome, on day: Day?) -> Phrase {
        Phrase("invalid.outcomeRestsOnMove", ["outcome": .word(outcome.words),
                                              "day": day.map { .day($0, .short(thisYear: $0.year)) } ?? .text("")])
    }

    // MARK: - Telling them

    /// The sentence of one of these entries, or nil when the action is not one of them.
    static func tell(_ action: String, detail: String?, dependencyCase: Phrase.Arg,
                     columns: ([String]) -> Phrase.Arg, because: (String?) -> Phrase.Arg) -> Phrase? {
        let text = detail ?? ""
        let (body, reason) = split(text)
        switch action {
        case caseUpdated:
            let names = body.hasPrefix("fields: ") ? body.dropFirst("fields: ".count).split(separator: ", ").map(String.init) : []
            return names.isEmpty ? Phrase("audit.savedUnchanged", ["record": dependencyCase])
                : Phrase("audit.caseCorrected", ["case": dependencyCase, "fields": columns(names), "because": because(reason)])
        case outcomeRecorded:
            let despite = body.hasSuffix(despiteMark)
            let plain = despite ? String(body.dropLast(despiteMark.count)) : body
            let parts = plain.components(separatedBy: " on ")
            let outcome: Phrase.Arg = CaseOutcome(rawValue: parts.first ?? "").map { .word($0.words) } ?? .text(parts.first ?? "")
            let day: Phrase.Arg = .text(parts.count > 1 ? parts[1] : "")
            return Phrase(despite ? "audit.caseOutcomeDespite" : "audit.caseOutcome",
                          ["case": dependencyCase, "outcome": outcome, "day": day, "because": because(reason)])
        case outcomeCleared:
            return Phrase("audit.caseOutcomeCleared", ["case": dependencyCase, "because": because(reason)])
        case childAdded:
            return Phrase("audit.childAdded", ["case": dependencyCase])
        case childUpdated:
            let fields = body.components(separatedBy: "; fields: ").dropFirst().first.map { $0.split(separator: ", ").map(String.init) } ?? []
            return fields.isEmpty ? Phrase("audit.childSavedUnchanged", ["case": dependencyCase])
                : Phrase("audit.childCorrected", ["case": dependencyCase, "fields": columns(fields)])
        case moveAdded, moveRemoved:
            // "child 5: returned home on 2026-05-01"
            let rest = body.components(separatedBy: ": ").dropFirst().joined(separator: ": ")
            let parts = rest.components(separatedBy: " on ")
            let move: Phrase.Arg = ChildMoveKind(rawValue: parts.first ?? "").map { .word($0.words) } ?? .text(parts.first ?? "")
            return Phrase(action == moveAdded ? "audit.moveRecorded" : "audit.moveRemoved",
                          ["case": dependencyCase, "move": move, "day": .text(parts.count > 1 ? parts[1] : ""),
                           "because": because(reason)])
        default:
            return nil
        }
    }

    /// The detail without its reason, and the reason.
    private static func split(_ detail: String) -> (String, String?) {
        guard let range = detail.range(of: reasonMark) else { return (detail, nil) }
        var reason = String(detail[range.upperBound...])
        var body = String(detail[..<range.lowerBound])
        if reason.hasSuffix(despiteMark) { reason = String(reason.dropLast(despiteMark.count)); body += despiteMark }
        return (body, reason.withoutControlCharacters)
    }
}
