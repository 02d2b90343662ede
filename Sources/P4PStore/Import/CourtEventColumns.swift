import Foundation

/// The columns of a court or state case-event export that the outcomes import reads; like the
/// calendar's, found by name with a few aliases each (`ImportColumn`).
public enum CourtEventColumn: String, ImportColumn {
    case caseNumber, child, event, placement, date

    /// The placement kind is read only for a placement change.
    public static let required: [CourtEventColumn] = [.caseNumber, .child, .event, .date]

    /// The column in the reader's words, for a rejected row.
    public var words: Phrase { Phrase(W("courtEventColumn.\(self)")) }

    public var aliases: [String] {
        switch self {
        case .caseNumber: return ["case number", "case no", "case #", "cause number", "cause no", "case num", "case"]
        case .child: return ["child", "child name", "child initials", "initials", "youth"]
        case .event: return ["event", "event type", "case event", "action"]
        case .placement: return ["placement", "placement type", "placement kind", "new placement"]
        case .date: return ["date", "event date", "effective date", "event day"]
        }
    }
}

/// What a court event does to the record: a child's move, or the case dismissed.
public enum CourtEvent: Hashable, Sendable {
    case move(ChildMoveKind)
    case dismissal

    /// The court's words for an event, with the placement column for a placement change; nil
    /// when the words name no event the import knows (or a placement change names no kind).
    static func read(_ event: String, placement: String) -> CourtEvent? {
        let words = SearchPattern.fold(event)
        switch words {
        case "removal", "removed", "shelter care", "removal from home", "taken into care": return .move(.removed)
        case "trial return home", "trial return", "trial home visit", "thv": return .move(.trialReturnHome)
        case "returned home", "return home", "reunification", "reunified", "reunified with parent": return .move(.returnedHome)
        case "adoption", "adopted", "adoption finalized": return .move(.adopted)
        case "guardianship", "guardianship established", "dependency guardianship": return .move(.guardianship)
        case "aged out", "age out", "emancipation", "emancipated": return .move(.agedOut)
        case "dismissal", "dismissed", "case dismissed", "dependency dismissed": return .dismissal
        case "placement change", "placement", "placement changed", "change of placement", "placed":
            switch SearchPattern.fold(placement) {
            case "relative", "kinship", "relative care", "placed with relative", "relative placement": return .move(.placedWithRelative)
            case "foster", "foster care", "foster home", "licensed foster care": return .move(.fosterCare)
            case "other", "other placement", "group care", "group home", "facility", "suitable other": return .move(.otherPlacement)
            default: return nil
            }
        default: return nil
        }
    }
}
