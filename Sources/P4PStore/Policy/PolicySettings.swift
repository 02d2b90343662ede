import Foundation

/// The follow-up policy lives in `settings` as JSON so every terminal on the file plans alike.
extension ProgramStore {
    public func followUpPolicy(asOf today: Day) throws -> FollowUpPolicy {
        try engine.read { db in try Self.loadPolicy(db, today: today) }
    }

    /// The court's days as the policy in force on `today` has them, for stepping the docket.
    public func courtCalendar(asOf today: Day) throws -> CourtCalendar {
        CourtCalendar(holidays: try followUpPolicy(asOf: today).holidays)
    }

    /// Saves the policy and re-plans every open parent's open follow-ups in the same transaction,
    /// so no terminal ever sees the new policy beside the old plan.
    public func setFollowUpPolicy(_ policy: FollowUpPolicy, today: Day) throws {
        let policy = try policy.validated()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(policy), as: UTF8.self)
        try write(action: "follow-up policy changed", entity: "setting", detail: FollowUpPolicy.settingsKey) { db in
            try authorize(.changeSettings, db)
            try db.writeSetting(FollowUpPolicy.settingsKey, json)
            let open = try ID.fetchAll(db, sql: "SELECT id FROM parents WHERE status = 'open' ORDER BY id")
            try Self.replan(db, parentIds: open, today: today, policy: policy)
        }
    }

    /// The stored policy, or the defaults on `today` when none was saved (with Washington's court
    /// holidays for this year and the next). A damaged value is an error, not a silent fallback:
    /// planning by the wrong rules would go unnoticed.
    static func loadPolicy(_ db: any SQLSession, today: Day) throws -> FollowUpPolicy {
        guard let json = try db.setting(FollowUpPolicy.settingsKey) else { return .standard(around: today) }
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[FollowUpPolicy.todayKey] = today
            return try decoder.decode(FollowUpPolicy.self, from: Data(json.utf8))
        } catch {
            throw StoreError.invalid(field: .policy, reason: "invalid.savedPolicyUnreadable")
        }
    }
}
