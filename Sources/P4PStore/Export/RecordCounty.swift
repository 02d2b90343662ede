/// The county a de-identified row carries, as SQL: a case's county, else a parent's. Inner
/// tables have aliases of their own so the outer row's names (`cases.id`) reach them.
enum RecordCounty {
    /// A case's county, else the first (by name) of its parents' own counties.
    static func ofCase(_ caseId: String) -> String {
        "COALESCE((SELECT cx.county FROM cases cx WHERE cx.id = \(caseId)), \(parentsOfCase(caseId)))"
    }

    /// A case row's county: its own, else its parents'.
    static let ofCaseRow = "COALESCE(cases.county, \(parentsOfCase("cases.id")))"

    /// A parent's: the county of their case (the first by name, for a parent on cases in two
    /// counties), else their own.
    static func ofParent(_ parentId: String) -> String {
        """
        COALESCE((SELECT MIN(cx.county) FROM case_parents cpx JOIN cases cx ON cx.id = cpx.case_id \
        WHERE cpx.parent_id = \(parentId)), (SELECT px.county FROM parents px WHERE px.id = \(parentId)))
        """
    }

    /// A parent on a case: the case's county, else the parent's own.
    static func ofCaseAndParent(_ caseId: String, _ parentId: String) -> String {
        "COALESCE((SELECT cx.county FROM cases cx WHERE cx.id = \(caseId)), (SELECT px.county FROM parents px WHERE px.id = \(parentId)))"
    }

    /// A class session's: its teaching ally's county, else the first of its roster's counties.
    static let ofSession = """
        COALESCE((SELECT ax.county FROM allies ax WHERE ax.id = class_sessions.ally_id), \
        (SELECT MIN(\(ofParent("cax.parent_id"))) FROM class_attendance cax WHERE cax.session_id = class_sessions.id))
        """

    private static func parentsOfCase(_ caseId: String) -> String {
        "(SELECT MIN(px.county) FROM case_parents cpx JOIN parents px ON px.id = cpx.parent_id WHERE cpx.case_id = \(caseId))"
    }
}

/// A child's age at removal in a de-identified export, in bands wide enough that a birth year
/// cannot be worked back: "0-2", "3-5", "6-11", "12-17", "18+".
enum AgeBand {
    /// Whole years: the removal's year minus the birth year (only the year of birth is kept).
    /// A child's removal is its first `removed` move, else its case's removal date, as in the
    /// outcomes report. NULL when either is unknown.
    static let yearsAtRemovalSQL = """
        CAST(substr(COALESCE((SELECT MIN(mx.date) FROM child_moves mx WHERE mx.child_id = children.id AND mx.move = 'removed'), \
        (SELECT cx.removal_date FROM cases cx WHERE cx.id = children.case_id)), 1, 4) AS INTEGER) - children.birth_year
        """

    /// The band for an age in whole years; none for a negative age (a birth year after the removal).
    static func band(years: Int64) -> String? {
        switch years {
        case ..<0: return nil
        case 0...2: return "0-2"
        case 3...5: return "3-5"
        case 6...11: return "6-11"
        case 12...17: return "12-17"
        default: return "18+"
        }
    }
}
