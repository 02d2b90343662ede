/// An ally's program record with the open parents they carry now, for the Allies screen and
/// `p4p ally list`.
public struct AllyRecord: Hashable, Sendable {
    public var ally: Ally
    public var openParents: Int
    public init(ally: Ally, openParents: Int) { self.ally = ally; self.openParents = openParents }
}

/// A saved ally: its id, and a warning when the limit is below the parents they carry now
/// (saved all the same: nobody is taken away from an ally by lowering a number).
public struct AllySaved: Hashable, Sendable {
    public var id: ID
    public var warning: Phrase?
    public init(id: ID, warning: Phrase? = nil) { self.id = id; self.warning = warning }
}

/// An ally's record in words, one phrase a column, for `p4p ally list` and the Allies screen.
public enum AllyLine {
    /// Name, languages, counties, open/limit, lived experience, active or not.
    public static func fields(_ record: AllyRecord, experiences: [Experience]) -> [Phrase] {
        let ally = record.ally
        return [
            .asIs(ally.name),
            Phrase("verbatim", ["text": .list(ally.languages.map(Phrase.languageName), separator: ", ")]),
            .asIs(ally.counties.joined(separator: ", ")),
            Phrase("fit.caseload", ["open": .number(record.openParents), "limit": .number(ally.caseloadLimit)]),
            experienceWords(ally.livedExperience, experiences),
            ally.active ? "ally.active" : "ally.inactive",
        ]
    }

    /// Codes in words, in the list's order: "recovery, housing instability".
    public static func experienceWords(_ codes: [String], _ experiences: [Experience]) -> Phrase {
        let words = codes.map { code in experiences.first { $0.code == code }?.words ?? Experience(code: code).words }
        return Phrase("verbatim", ["text": .list(words, separator: ", ")])
    }
}
