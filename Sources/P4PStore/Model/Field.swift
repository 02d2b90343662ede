/// Everything a person fills in, named once for every layer: a form's fields are these, and a
/// refused save names the one that is wrong, so the form shows the words beside it in the
/// reader's language. The words for each are in the catalogues under `field.<name>`.
public enum Field: Hashable, Sendable {
    // People and cases
    case caseNumber, county, petitionDate, removalDate
    case parentName, firstParentName, parentOnFile, role, language, interpreter, phone, preferredName
    case secondParentName, secondParentRole, parents, parent, joinedOn
    case parentStatus, closingReason
    // Hearings and court
    case hearingDate, firstHearingDate, time, courtroom, hearingType, judicialOfficer, dependencyCase
    case coveringAlly, hearingStatus, continuedTo, continuedAt
    // What happens to a family
    case caseOutcome, outcomeDate, despiteMoves, childName, birthYear, child, childMove, moveDate
    /// One parent's engagement at a hearing.
    case engagement(parentId: ID)
    /// Whether the court recorded one parent present, and its findings on their compliance.
    case attended(parentId: ID), servicesCompliance(parentId: ID), visitationCompliance(parentId: ID)
    // Allies and follow-ups
    case parentAlly, reason, snoozeTo
    case allyName, languages, counties, caseloadLimit, livedExperience, circumstances, allyActive
    case contactDate, contactMode, minutes, reached, topics, referrals, completes, notes
    // Dependency 101
    case classDate, location, teacher, invite, came, session, course
    // The dashboard's own forms
    case newKind, signInName, pin, auditUser, auditDay, auditScope, file, importThen
    // Allies' training and supervision; how long records are kept
    case trainingDate, trainingKind, trainingHours, closedBefore
    // Commands
    case passphrase, alias, hearingTypes, policy, keyDerivation, program
    case timeline, serverAddress, passwordFile

    /// The catalogue key of the field's label: "field.caseNumber".
    public var label: W {
        switch self {
        case .engagement: return W("field.engagement")
        case .attended: return W("field.attended")
        case .servicesCompliance: return W("field.servicesCompliance")
        case .visitationCompliance: return W("field.visitationCompliance")
        default: return W("field.\(self)")
        }
    }
}
