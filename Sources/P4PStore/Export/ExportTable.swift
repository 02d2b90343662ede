import GRDB

/// The tables a program can export, and the columns each gives: in full, or de-identified for a
/// statewide office. De-identified, a table has no names, phones, case numbers, courtrooms,
/// judicial officers, times of day or free text (which may hold any of them); parents, cases,
/// children, hearings, class sessions and contacts go by keyed pseudonyms; every row carries its
/// county; days become months and birth years age bands, so no row can be matched to a family
/// by a date. Every table an outcomes figure is built from is here (`ExportTable.deidentifiedSet`).
public enum ExportTable: String, CaseIterable, Sendable {
    case parents, cases, children, hearings, contacts, followUps = "follow-ups", referrals
    case classAttendance = "class-attendance", allies
    case parentCases = "parent-cases", hearingAttendance = "hearing-attendance"
    case classSessions = "class-sessions", placements

    /// What `p4p export all` writes for a state office: every table but the staff's own.
    public static let deidentifiedSet: [ExportTable] = allCases.filter { $0 != .allies }

    /// One exported column: its heading, the SQL that reads it, and how de-identification treats it.
    struct Column {
        enum Privacy {
            /// The same in both exports.
            case kept
            /// Identified exports only: names, phones, case numbers, free text, times of day.
            case dropped
            /// A row id identified; its keyed pseudonym de-identified.
            case pseudonym(Pseudonyms.Kind)
            /// A day identified ("2026-03-14"); its month de-identified ("2026-03").
            case month
            /// De-identified exports only: the record's county (`RecordCounty`).
            case county
            /// De-identified exports only: whole years (SQL) shown as an `AgeBand`.
            case ageBand
        }
        let name: String
        let sql: String
        let privacy: Privacy
        init(_ name: String, _ sql: String? = nil, _ privacy: Privacy = .kept) {
            self.name = name; self.sql = sql ?? name; self.privacy = privacy
        }

        func isShown(deidentified: Bool) -> Bool {
            switch privacy {
            case .dropped: return !deidentified
            case .county, .ageBand: return deidentified
            case .kept, .pseudonym, .month: return true
            }
        }

        /// The SQL this column is read with: pseudonyms and months are made by the database, so
        /// a de-identified export is sorted by pseudonym and a row's place says nothing about
        /// when it was entered.
        func selected(deidentified: Bool) -> String {
            guard deidentified else { return sql }
            switch privacy {
            case .pseudonym(let kind): return "\(PseudonymFunctions.name(kind))(\(sql))"
            case .month: return "substr(\(sql), 1, 7)"
            default: return sql
            }
        }
    }

    func columns(deidentified: Bool) -> [Column] {
        allColumns.filter { $0.isShown(deidentified: deidentified) }
    }

    /// How rows are ordered: by the first columns (ids, or pseudonyms when de-identified); a
    /// child's moves in the order they happened, by their real day though only the month is shown.
    var order: String {
        switch self {
        case .hearingAttendance: return "1, 2, 3"
        case .placements: return "1, child_moves.date, child_moves.id"
        default: return "1, 2"
        }
    }
}
