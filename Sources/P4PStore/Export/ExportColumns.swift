/// Each table's rows and columns. A column's `Privacy` says what de-identification does to it;
/// the README's export section describes the result table by table.
extension ExportTable {
    var from: String {
        switch self {
        case .followUps: return "follow_ups"
        case .classAttendance: return "class_attendance"
        case .parentCases: return "case_parents JOIN parents ON parents.id = case_parents.parent_id"
        case .hearingAttendance: return "hearing_parents JOIN hearings ON hearings.id = hearing_parents.hearing_id"
        case .classSessions: return "class_sessions LEFT JOIN courses ON courses.code = class_sessions.course"
        case .placements: return "child_moves JOIN children ON children.id = child_moves.child_id"
        default: return rawValue
        }
    }

    var allColumns: [Column] {
        switch self {
        case .parents:
            return [Column("parent", "parents.id", .pseudonym(.parent)), Column("name", nil, .dropped),
                    Column("preferred_name", nil, .dropped), Column("phone", nil, .dropped), Column("language"),
                    Column("interpreter_needed"), Column("county", nil, .dropped),
                    Column("county", RecordCounty.ofParent("parents.id"), .county), Column("status"),
                    Column("closing_reason", nil, .dropped), Column("ally_id"), Column("ally_since", nil, .month),
                    Column("waiting_since", nil, .month)]
        case .cases:
            return [Column("case", "cases.id", .pseudonym(.case)), Column("case_number", nil, .dropped),
                    Column("county", nil, .dropped), Column("county", RecordCounty.ofCaseRow, .county),
                    Column("petition_date", nil, .month), Column("removal_date", nil, .month), Column("outcome"),
                    Column("outcome_date", nil, .month)]
        case .children:
            return [Column("child", "children.id", .pseudonym(.child)), Column("case", "children.case_id", .pseudonym(.case)),
                    Column("county", RecordCounty.ofCase("children.case_id"), .county), Column("name", nil, .dropped),
                    Column("birth_year", nil, .dropped), Column("age_at_removal", AgeBand.yearsAtRemovalSQL, .ageBand),
                    Column("placement"), Column("placed_since", nil, .month)]
        case .hearings:
            return [Column("hearing", "hearings.id", .pseudonym(.hearing)), Column("case", "case_id", .pseudonym(.case)),
                    Column("county", RecordCounty.ofCase("hearings.case_id"), .county),
                    Column("type", "(SELECT code FROM hearing_types WHERE id = type_id)"), Column("date", nil, .month),
                    Column("time", nil, .dropped), Column("courtroom", nil, .dropped),
                    Column("judicial_officer", nil, .dropped), Column("status"), Column("ally_id")]
        case .contacts:
            return [Column("contact", "contacts.id", .pseudonym(.contact)), Column("parent", "parent_id", .pseudonym(.parent)),
                    Column("county", RecordCounty.ofParent("contacts.parent_id"), .county), Column("ally_id"),
                    Column("date", nil, .month), Column("time", nil, .dropped), Column("mode"), Column("minutes"),
                    Column("reached"), Column("topics", nil, .dropped), Column("notes", nil, .dropped)]
        case .followUps:
            return [Column("follow_up", "id", .dropped), Column("parent", "parent_id", .pseudonym(.parent)),
                    Column("county", RecordCounty.ofParent("follow_ups.parent_id"), .county), Column("ally_id"),
                    Column("due_date", nil, .month), Column("kind"), Column("done_on", nil, .month),
                    Column("contact_id", nil, .pseudonym(.contact))]
        case .referrals:
            return [Column("referral", "id", .dropped), Column("parent", "parent_id", .pseudonym(.parent)),
                    Column("county", RecordCounty.ofParent("referrals.parent_id"), .county),
                    Column("contact_id", nil, .pseudonym(.contact)), Column("ally_id"), Column("date", nil, .month),
                    Column("kind"), Column("note", nil, .dropped)]
        case .classAttendance:
            return [Column("session_id", nil, .pseudonym(.session)), Column("parent", "parent_id", .pseudonym(.parent)),
                    Column("county", RecordCounty.ofParent("class_attendance.parent_id"), .county),
                    Column("invited_on", nil, .month), Column("attended")]
        case .allies:
            return [Column("ally_id", "id"), Column("name", nil, .dropped), Column("languages"), Column("county"),
                    Column("caseload_limit"), Column("active")]
        case .parentCases:
            return [Column("parent", "case_parents.parent_id", .pseudonym(.parent)),
                    Column("case", "case_parents.case_id", .pseudonym(.case)),
                    Column("county", RecordCounty.ofCaseAndParent("case_parents.case_id", "case_parents.parent_id"), .county),
                    Column("role", "case_parents.role"), Column("joined_on", "case_parents.joined_on", .month),
                    Column("status", "parents.status"), Column("ally_id", "parents.ally_id"),
                    Column("ally_since", "parents.ally_since", .month)]
        case .hearingAttendance:
            return [Column("hearing", "hearing_parents.hearing_id", .pseudonym(.hearing)),
                    Column("case", "hearings.case_id", .pseudonym(.case)),
                    Column("parent", "hearing_parents.parent_id", .pseudonym(.parent)),
                    Column("county", RecordCounty.ofCaseAndParent("hearings.case_id", "hearing_parents.parent_id"), .county),
                    Column("type", "(SELECT code FROM hearing_types WHERE hearing_types.id = hearings.type_id)"),
                    Column("date", "hearings.date", .month), Column("status", "hearings.status"),
                    Column("engagement", "hearing_parents.engagement"), Column("attended", "hearing_parents.parent_attended"),
                    Column("services_compliance", "hearing_parents.services_compliance"),
                    Column("visitation_compliance", "hearing_parents.visitation_compliance"),
                    Column("ally_id", "hearings.ally_id")]
        case .classSessions:
            return [Column("session", "class_sessions.id", .pseudonym(.session)), Column("course", "class_sessions.course"),
                    Column("counts_as_dependency101", "IFNULL(courses.counts_as_dependency101, 0)"),
                    Column("county", RecordCounty.ofSession, .county), Column("date", "class_sessions.date", .month),
                    Column("time", "class_sessions.time", .dropped), Column("location", "class_sessions.location", .dropped),
                    Column("ally_id", "class_sessions.ally_id")]
        case .placements:
            return [Column("child", "child_moves.child_id", .pseudonym(.child)),
                    Column("case", "children.case_id", .pseudonym(.case)),
                    Column("county", RecordCounty.ofCase("children.case_id"), .county), Column("move", "child_moves.move"),
                    Column("date", "child_moves.date", .month), Column("source", "child_moves.source")]
        }
    }
}
