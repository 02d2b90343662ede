import GRDB

/// The tables a program can export, and the columns each gives: in full, or de-identified for a
/// statewide office (no names, phones, case numbers or free text, which may hold any of them;
/// parents and cases under stable pseudonyms).
public enum ExportTable: String, CaseIterable, Sendable {
    case parents, cases, children, hearings, contacts, followUps = "follow-ups", referrals
    case classAttendance = "class-attendance", allies

    /// One exported column: its heading, the SQL that reads it, and how de-identification treats it.
    struct Column {
        enum Privacy { case kept, dropped, parentPseudonym, casePseudonym }
        let name: String
        let sql: String
        let privacy: Privacy
        init(_ name: String, _ sql: String? = nil, _ privacy: Privacy = .kept) {
            self.name = name; self.sql = sql ?? name; self.privacy = privacy
        }
    }

    var from: String {
        switch self {
        case .followUps: return "follow_ups"
        case .classAttendance: return "class_attendance"
        default: return rawValue
        }
    }

    var columns: [Column] {
        switch self {
        case .parents:
            return [Column("parent", "id", .parentPseudonym), Column("name", nil, .dropped),
                    Column("preferred_name", nil, .dropped), Column("phone", nil, .dropped), Column("language"),
                    Column("interpreter_needed"), Column("county"), Column("status"),
                    Column("closing_reason", nil, .dropped), Column("ally_id"), Column("ally_since"), Column("waiting_since")]
        case .cases:
            return [Column("case", "id", .casePseudonym), Column("case_number", nil, .dropped), Column("county"),
                    Column("petition_date"), Column("removal_date"), Column("outcome"), Column("outcome_date")]
        case .children:
            return [Column("child", "id"), Column("case", "case_id", .casePseudonym), Column("name", nil, .dropped),
                    Column("birth_year"), Column("placement"), Column("placed_since")]
        case .hearings:
            return [Column("hearing", "id"), Column("case", "case_id", .casePseudonym),
                    Column("type", "(SELECT code FROM hearing_types WHERE id = type_id)"), Column("date"), Column("time"),
                    Column("courtroom"), Column("judicial_officer", nil, .dropped), Column("status"), Column("ally_id")]
        case .contacts:
            return [Column("contact", "id"), Column("parent", "parent_id", .parentPseudonym), Column("ally_id"),
                    Column("date"), Column("time"), Column("mode"), Column("minutes"), Column("reached"),
                    Column("topics", nil, .dropped), Column("notes", nil, .dropped)]
        case .followUps:
            return [Column("follow_up", "id"), Column("parent", "parent_id", .parentPseudonym), Column("ally_id"),
                    Column("due_date"), Column("kind"), Column("done_on"), Column("contact_id")]
        case .referrals:
            return [Column("referral", "id"), Column("parent", "parent_id", .parentPseudonym), Column("contact_id"),
                    Column("ally_id"), Column("date"), Column("kind"), Column("note", nil, .dropped)]
        case .classAttendance:
            return [Column("session_id"), Column("parent", "parent_id", .parentPseudonym), Column("invited_on"),
                    Column("attended")]
        case .allies:
            return [Column("ally_id", "id"), Column("name"), Column("languages"), Column("county"),
                    Column("caseload_limit"), Column("active")]
        }
    }
}
