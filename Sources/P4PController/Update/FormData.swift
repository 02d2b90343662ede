import P4PStore

/// What the runtime read from the store for a form to open: `update` builds the form from it,
/// and keeps it beside the form so that what was chosen maps back to records.
public enum FormData: Sendable {
    /// Nothing to read: the form is built from what is on screen.
    case none
    /// Active allies with their caseloads, for "Covered by" and "Taught by".
    case allies([Caseload])
    /// Allies ranked for a parent; `parent` is the record as read when reassigning.
    case fits([AllyFit], parent: Parent?)
    case parent(Parent)
    /// A parent to correct; `circumstances` nil when the reader may not see them.
    case parentToEdit(Parent, circumstances: [String]?, experiences: [Experience])
    case parentDetail(ParentDetail)
    case hearingTypes([HearingType])
    /// A hearing to edit (nil for a new one on `caseNumber`), with the types and allies offered.
    case hearing(Hearing?, caseNumber: String, types: [HearingType], allies: [Caseload])
    case caseNumber(String)
    case newClass(courses: [Course], allies: [Caseload], invitable: [NamedRef])
    case classSessions([ClassSessionSummary])
    case roster([ClassRosterLine], invitable: [NamedRef])
    case users([User])
    /// An ally to correct (nil: a new one) and the list of lived experience to tick from.
    case ally(Ally?, experiences: [Experience])
}
