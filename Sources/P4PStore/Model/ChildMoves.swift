/// A child's placement history: each move on the day it happened, from the program's own
/// record or the court's case events.
public enum ChildMoveKind: String, Sendable, Codable, CaseIterable {
    case removed
    case placedWithRelative = "placed with relative"
    case fosterCare = "foster care"
    case otherPlacement = "other placement"
    case trialReturnHome = "trial return home"
    case returnedHome = "returned home"
    case adopted, guardianship
    case agedOut = "aged out"

    /// The case outcome this move ends a child's case with, when it is one.
    public var permanency: CaseOutcome? {
        switch self {
        case .returnedHome: return .reunified
        case .adopted: return .adoption
        case .guardianship: return .guardianship
        default: return nil
        }
    }
}

/// Who recorded a move: the program by hand, or the court's case-event import.
public enum ChildMoveSource: String, Sendable, Codable, CaseIterable {
    case program, court
}

public struct ChildMove: Hashable, Sendable, Codable {
    public var id: ID?
    public var childId: ID
    public var date: Day
    public var move: ChildMoveKind
    public var source: ChildMoveSource

    public init(id: ID? = nil, childId: ID, date: Day, move: ChildMoveKind, source: ChildMoveSource = .program) {
        self.id = id; self.childId = childId; self.date = date; self.move = move; self.source = source
    }
}

/// What the children's last moves say about the case's outcome. The case outcome is suggested
/// from them and may not contradict them unless the person saving says so on purpose.
public struct OutcomeEvidence: Sendable, Equatable {
    /// Each child's last move (latest day; the later recorded on the same day); children with no
    /// moves say nothing.
    public var lastMoves: [ChildMove]

    public init(lastMoves: [ChildMove]) { self.lastMoves = lastMoves }

    /// Picks each child's last move from a history in any order.
    public init(moves: [ChildMove]) {
        var last: [ID: ChildMove] = [:]
        for move in moves {
            if let seen = last[move.childId], (seen.date, seen.id ?? 0) > (move.date, move.id ?? 0) { continue }
            last[move.childId] = move
        }
        lastMoves = last.values.sorted { $0.childId < $1.childId }
    }

    /// Every child home → reunified, every child adopted → adoption, every child in guardianship
    /// → guardianship; on the latest such day. Nothing when the children's moves disagree or
    /// none has one.
    public var suggestion: (outcome: CaseOutcome, on: Day)? {
        guard let first = lastMoves.first?.move.permanency,
              lastMoves.allSatisfy({ $0.move.permanency == first }),
              let day = lastMoves.map(\.date).max() else { return nil }
        return (first, day)
    }

    /// True when `outcome` says something the children's last moves do not: a permanency
    /// outcome with a child whose last move is not that one, or any outcome other than the one
    /// the moves suggest.
    public func contradicts(_ outcome: CaseOutcome) -> Bool {
        if let suggested = suggestion?.outcome, suggested != outcome { return true }
        guard ChildMoveKind.allCases.contains(where: { $0.permanency == outcome }) else { return false }
        return lastMoves.contains { $0.move.permanency != outcome }
    }

    /// True when the case's `outcome` rests on a move: taking it out of `moves` would leave the
    /// children's last moves contradicting an outcome they did not contradict before. (One
    /// recorded despite the moves already did, and keeps doing so knowingly.)
    public static func outcome(_ outcome: CaseOutcome, restsOn moveId: ID, among moves: [ChildMove]) -> Bool {
        let without = OutcomeEvidence(moves: moves.filter { $0.id != moveId })
        return without.contradicts(outcome) && !OutcomeEvidence(moves: moves).contradicts(outcome)
    }
}
