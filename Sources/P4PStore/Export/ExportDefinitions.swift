/// The README.txt of a de-identified export folder: what each file holds and what was
/// generalised. English, like the CSV headings it defines: the office's scripts read both.
enum ExportDefinitions {
    static func readme(_ results: [ExportResult]) -> String {
        var text = """
            P4P Desk: de-identified tables for recomputing the outcomes figures

            One CSV a table, with a heading row. No names, phones, case numbers, courtrooms,
            judicial officers, times of day or free text. Generalised:
            - Pseudonyms: parents P-, cases C-, children K-, hearings H-, class sessions S-,
              contacts T-: keyed (HMAC-SHA256) with this database's own key, the same in every
              table and every export from this database, not reversible without it. Rows are in
              pseudonym order. ally_id is the program's staff number, not a family's.
            - county: on every row; the case's county, else the parent's (for a parent, the
              county of their case, else their own; for a class session, its teacher's, else
              its roster's).
            - Days are months (YYYY-MM). 365-day windows can only be recomputed to within a
              month: a removal and a return home in months 12 months apart may be either side
              of 365 days; order within a month is lost except for one child's placements,
              which are listed in the order they happened.
            - Birth years are an age band at removal (0-2, 3-5, 6-11, 12-17, 18+): the year
              of the child's first removal (its first "removed" placement, else its case's
              removal date) minus the birth year; empty when either is unknown.

            Files (rows):

            """
        for result in results {
            text += "\(result.table.rawValue).csv (\(result.rows)): \(meaning[result.table] ?? "")\n"
        }
        return text
    }

    static let meaning: [ExportTable: String] = [
        .parents: "one row a parent: language, interpreter needed, county, status (open, closed), ally, month given an ally, month first known",
        .cases: "one row a case: county, months of petition and removal, outcome and its month",
        .children: "one row a child: case, county, age band at removal, present placement and its month",
        .hearings: "one row a hearing: case, county, type code, month, status (scheduled, held, continued, cancelled), covering ally",
        .contacts: "one row a contact with a parent: county, ally, month, mode, minutes, reached (1) or not (0)",
        .followUps: "one row a planned follow-up: parent, county, ally, month due, kind, month done, contact it was done by",
        .referrals: "one row a referral: parent, county, contact it was made at, ally, month, kind",
        .classAttendance: "one row a parent on a class session's roster: session, county, month invited, attended (1) or not (0)",
        .parentCases: "one row a parent on a case: county, role, month joined, the parent's status, ally and month given that ally",
        .hearingAttendance: """
            one row a parent at a hearing: case, county, type code, month, hearing status, engagement (met, declined, \
            not present, not approached), attended as the court recorded (1, 0, empty when not recorded), services and \
            visitation compliance (compliant, partially, not compliant, not addressed), covering ally
            """,
        .classSessions: "one row a class session: course code, counts as Dependency 101 (1) or not (0), county, month, teaching ally",
        .placements: """
            one row a child's move: case, county, move (removed, placed with relative, foster care, other placement, \
            trial return home, returned home, adopted, guardianship, aged out), month, source (program, court)
            """,
        .allies: "one row a Parent Ally: languages, county, caseload limit, active",
    ]
}
