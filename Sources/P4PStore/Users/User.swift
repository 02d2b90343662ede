import Foundation

public enum UserRole: String, Sendable, Codable, CaseIterable {
    /// A Parent Ally: their own caseload in full, and what they need at court.
    case ally
    /// Sees and changes everything.
    case supervisor
    /// A supervisor who also manages users and settings.
    case admin
}

/// Someone who signs in. The secret's hash never leaves the store.
public struct User: Hashable, Sendable {
    public var id: ID
    public var name: String
    public var role: UserRole
    /// The ally record of a Parent Ally.
    public var allyId: ID?
    public var active: Bool
    public var lockedUntil: Date?
    /// The language this user reads the desk in; nil for the computer's (`P4P_LANG`, the locale).
    public var language: Language?

    /// "active", "locked until 14:05" or "deactivated", for `p4p user list`.
    public func status(at now: Date) -> Phrase {
        if !active { return "userStatus.deactivated" }
        if let until = lockedUntil, until > now { return Phrase("userStatus.lockedUntil", ["time": .text(SignInResult.clockTime(until))]) }
        return "userStatus.active"
    }
}

/// What a sign-in attempt came to. A refusal never says whether the name or the secret was wrong.
public enum SignInResult: Equatable, Sendable {
    case signedIn(User)
    case refused
    case locked(until: Date)

    /// The one refusal of a sign-in, whichever was wrong.
    public static let refusal: Phrase = "signIn.refused"

    /// "14:05": when a lock ends, as the sign-in and `p4p user list` say it.
    public static func clockTime(_ date: Date) -> String {
        let f = DateFormatter()
        f.dateFormat = "HH:mm"
        return f.string(from: date)
    }
}
