import P4PStore

extension FormPurpose {
    /// What saving this form would do, for the store to allow or refuse before the form opens;
    /// `allyId` is the signed-in Parent Ally's, who can only take a parent for themself.
    func act(allyId: ID?) -> Act? {
        switch self {
        case .courtOutcome(let hearingId): return .recordCourtOutcome(hearingId: hearingId)
        case .planCoverage(let hearingId): return .planCoverage(hearingId: hearingId)
        case .assignAlly(let parentId): return .assignAlly(parentId: parentId, allyId: allyId ?? 0)
        case .logContact(let parentId, _): return .logContact(parentId: parentId)
        case .snooze(let followUpId): return .snooze(followUpId: followUpId)
        case .reassignAlly(let parentId), .unassignAlly(let parentId): return .changeAlly(parentId: parentId)
        case .newCase, .newHearing, .newParent, .editHearing, .editParent, .importDocket: return .enterRecords
        case .newClass, .chooseClass, .classRoster: return .teachClass
        case .auditFilter: return .readAudit
        case .addAlly, .editAlly, .deactivateAlly: return .manageAllies
        case .chooseNew, .signIn, .leaveKiosk: return nil
        case .editCase(_, let caseId), .caseOutcome(_, let caseId), .newChild(_, let caseId), .childMove(_, let caseId),
             .chooseChild(_, let caseId), .editChild(_, let caseId, _), .removeMove(_, let caseId):
            return .editCase(caseId: caseId)
        }
    }
}
