/// The program's figures, each named once: the reports, the morning review and the terminal
/// use these words, and the README defines each under the same name.
public enum Figure: String, CaseIterable, Sendable {
    case parentsServed = "Parents served"
    case reachedAtFirstHearing = "Reached at first hearing"
    case dependency101 = "Dependency 101 attended"
    case contacts = "Contacts"
    case contactsReached = "Contacts that reached the parent"
    case referrals = "Referrals"
    case hearingsCovered = "Hearings covered by a Parent Ally"
    case casesClosed = "Cases closed"
    case reunifiedWithin12Months = "Reunified within 12 months of removal"
    case daysToPermanency = "Median days from removal to permanency"
    case reentryWithin12Months = "Re-entry within 12 months of reunification"

    public var title: String { rawValue }

    /// What a rate's denominator counts, for the "of" column.
    public var denominator: String? {
        switch self {
        case .reachedAtFirstHearing: return "first hearings held"
        case .dependency101: return "parents on Dependency 101 rosters"
        case .contactsReached: return "contacts"
        case .hearingsCovered: return "hearings held"
        case .reunifiedWithin12Months: return "cases a year past removal"
        case .daysToPermanency: return "cases reaching permanency"
        case .reentryWithin12Months: return "cases a year past reunification"
        case .parentsServed, .contacts, .referrals, .casesClosed: return nil
        }
    }
}

/// `count` of `of`: a figure with its denominator, so a rate never hides how few it rests on.
public struct Ratio: Hashable, Sendable {
    public var count: Int
    public var of: Int
    public init(_ count: Int, of: Int) { self.count = count; self.of = of }
    /// Nil when there is nothing to divide by.
    public var rate: Double? { of == 0 ? nil : Double(count) / Double(of) }
}

/// How many of one kind: contacts of a mode, referrals of a kind, cases of an outcome.
public struct Tally: Hashable, Sendable {
    public var label: String
    public var count: Int
    public init(_ label: String, _ count: Int) { self.label = label; self.count = count }
}

/// The middle value of `cases` day counts (the mean of the two middle ones when even).
public struct MedianDays: Hashable, Sendable {
    public var median: Double?
    public var cases: Int
    public init(median: Double?, cases: Int) { self.median = median; self.cases = cases }
}
