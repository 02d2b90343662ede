/// The program's figures, each named once: the reports, the morning review and the terminal
/// use these words (`figure.<name>` in the catalogues), and the README defines each under its
/// English name.
public enum Figure: CaseIterable, Sendable {
    case parentsServed
    case reachedAtFirstHearing
    case dependency101
    case dependency101AmongFirstMet
    case contacts
    case contactsReached
    case referrals
    case hearingsCovered
    case casesClosed
    case reunifiedWithin12Months
    case daysToPermanency
    case reentryWithin12Months

    /// "Reached at first hearing".
    public var words: Phrase { Phrase(W("figure.\(self)")) }

    /// What a rate's denominator counts, for the "of" column.
    public var denominator: Phrase? {
        switch self {
        case .reachedAtFirstHearing, .dependency101, .dependency101AmongFirstMet, .contactsReached, .hearingsCovered, .reunifiedWithin12Months,
             .daysToPermanency, .reentryWithin12Months:
            return Phrase(W("denominator.\(self)"))
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

/// How many of one kind: contacts of a mode, referrals of a kind, cases of an outcome. The
/// label is the stored code.
public struct Tally: Hashable, Sendable {
    public var label: String
    public var count: Int
    public init(_ label: String, _ count: Int) { self.label = label; self.count = count }
}

/// The middle value of `cases` day counts (the mean of the two middle ones when even).
public struct MedianDays: Hashable, Sendable {
    public var median: Double?
    public var cases: Int
    /// Each case's days, when known: medians of several organizations are not added but
    /// taken again from all their days.
    public var days: [Int] = []
    public init(median: Double?, cases: Int) { self.median = median; self.cases = cases }

    public init(days: [Int]) {
        let days = days.sorted()
        self.days = days
        cases = days.count
        guard !days.isEmpty else { median = nil; return }
        let middle = days[(days.count - 1) / 2 ... days.count / 2]
        median = Double(middle.reduce(0, +)) / Double(middle.count)
    }

    /// The figure is its median and its count; the days are how it was reached.
    public static func == (a: MedianDays, b: MedianDays) -> Bool { a.median == b.median && a.cases == b.cases }
    public func hash(into hasher: inout Hasher) { hasher.combine(median); hasher.combine(cases) }
}

extension Ratio {
    static func + (a: Ratio, b: Ratio) -> Ratio { Ratio(a.count + b.count, of: a.of + b.of) }
}

extension [Tally] {
    /// Counts of the same label added, in the order labels first appear.
    func adding(_ other: [Tally]) -> [Tally] {
        var sum = self
        for tally in other {
            if let at = sum.firstIndex(where: { $0.label == tally.label }) { sum[at].count += tally.count } else { sum.append(tally) }
        }
        return sum
    }
}
