/// The words for the program's stored codes: a value is stored as its code and shown in the
/// reader's language. Keys are "<kind>.<case>" in the catalogues.
extension CourtEngagement {
    public var words: W {
        switch self {
        case .met: return "engagement.met"
        case .declined: return "engagement.declined"
        case .notPresent: return "engagement.notPresent"
        case .notApproached: return "engagement.notApproached"
        }
    }
}

extension HearingStatus {
    public var words: W { W("hearingStatus.\(self)") }
}

extension ContactMode {
    public var words: W { W("contactMode.\(self)") }
}

extension ParentRole {
    public var words: W { W("role.\(self)") }
}

extension ParentStatus {
    public var words: W { W("parentStatus.\(self)") }
}

extension UserRole {
    public var words: W { W("userRole.\(self)") }
}

extension CaseOutcome {
    public var words: W { W("caseOutcome.\(self)") }
}

extension Placement {
    public var words: W { W("placement.\(self)") }
}

extension FollowUpKind {
    /// A follow-up's kind in words: the planner's kinds have theirs; one typed by hand is shown
    /// as it was typed.
    public static func words(_ kind: String) -> Phrase {
        switch kind {
        case firstCall: return "followUpKind.firstCall"
        case hearingReminder: return "followUpKind.hearingReminder"
        case checkIn: return "followUpKind.checkIn"
        case classInvitation: return "followUpKind.classInvitation"
        case deadlineCheckIn: return "followUpKind.deadlineCheckIn"
        default: return Phrase("verbatim", ["text": .text(kind)])
        }
    }
}

extension HearingType {
    /// The type's name: the program's own words for the types it ships with, else the name the
    /// program gave a type it added.
    public var words: Phrase { Self.words(code: code, name: name) }

    /// The short name, for narrow columns.
    public var shortWords: Phrase { Self.shortWords(code: code, shortName: shortName) }

    /// A type's name from its stored code and name, for a query that reads no whole type.
    public static func words(code: String, name: String) -> Phrase {
        let key = W("hearingType.\(code)")
        return Catalogue.has(key) ? Phrase(key) : .asIs(name)
    }

    public static func shortWords(code: String, shortName: String) -> Phrase {
        let key = W("hearingTypeShort.\(code)")
        return Catalogue.has(key) ? Phrase(key) : .asIs(shortName)
    }
}

/// Referral kinds, stored as these codes.
public enum ReferralKind {
    public static let all = ["treatment", "housing", "visitation", "parenting class", "legal aid",
                             "domestic violence services"]
    public static func words(_ kind: String) -> Phrase {
        all.contains(kind) ? Phrase(W("referral.\(kind.split(separator: " ").joined(separator: "_"))"))
                           : Phrase("verbatim", ["text": .text(kind)])
    }
}

extension ComplianceFinding {
    public var words: W {
        switch self {
        case .compliant: return "compliance.compliant"
        case .partially: return "compliance.partially"
        case .notCompliant: return "compliance.notCompliant"
        case .notAddressed: return "compliance.notAddressed"
        }
    }
}

extension ChildMoveKind {
    /// "childMove.returnedHome".
    public var words: W { W("childMove.\(self)") }
}

extension ChildMoveSource {
    public var words: W { W("childMoveSource.\(self)") }
}
