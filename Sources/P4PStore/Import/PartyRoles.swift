/// What a calendar's party role says: a parent the program serves, or another party to the case.
///
/// A calendar lists everyone at a hearing: the child, the attorneys, the GAL, the social worker.
/// Only mothers, fathers, guardians and parents come in. "Guardian ad litem" and "foster
/// parent" contain a parent's word but are not parents, so a role counts as a parent's only when
/// nothing but qualifiers ("alleged", "respondent", "biological", ...) stands beside the word.
enum PartyKind: Equatable, Sendable {
    case parent(ParentRole)
    /// A known other party, by the summary's label ("child", "attorney", "GAL", ...).
    case other(String)
    /// A role the import does not know; skipped, and its line named so a person can look.
    case unrecognised

    static func of(_ role: String) -> PartyKind {
        let words = HearingTypeAliases.normalise(role).split(separator: " ").map(String.init)
        let core = words.filter { !qualifiers.contains($0) }
        if core.count == 1, let role = parentWords[core[0]] { return .parent(role) }
        let text = " " + words.joined(separator: " ") + " "
        for (label, keys) in others where keys.contains(where: { text.contains(" \($0) ") }) { return .other(label) }
        return .unrecognised
    }

    /// A role written only "parent" is kept as guardian: the case's roles are mother, father
    /// and guardian, and the docket lists mothers and fathers first. A supervisor can correct it.
    private static let parentWords: [String: ParentRole] = [
        "mother": .mother, "mom": .mother, "father": .father, "dad": .father,
        "guardian": .guardian, "parent": .guardian,
    ]

    private static let qualifiers: Set<String> = [
        "alleged", "presumed", "putative", "biological", "birth", "natural", "legal", "adoptive",
        "respondent", "resp", "acknowledged", "established",
    ]

    /// Other parties, in the order the summary lists them; matched as whole words.
    private static let others: [(String, [String])] = [
        ("GAL", ["gal", "ad litem"]),
        ("CASA", ["casa"]),
        ("attorney", ["attorney", "atty", "counsel", "lawyer", "aag", "attorney general", "prosecutor", "defender"]),
        ("social worker", ["social worker", "caseworker", "case worker", "worker", "dcyf", "department", "agency", "cps"]),
        ("child", ["child", "minor", "youth", "juvenile", "son", "daughter", "dependent"]),
        ("caregiver", ["foster", "caregiver", "relative", "grandmother", "grandfather", "grandparent", "aunt", "uncle", "kin"]),
        ("tribe", ["tribe", "tribal", "icwa", "nation"]),
        ("interpreter", ["interpreter"]),
    ]
}
