import Foundation

/// The dependency timeline lives in `settings` as JSON beside the follow-up policy, changed by
/// whoever may change the policy.
extension ProgramStore {
    public func dependencyTimeline() throws -> DependencyTimeline {
        try engine.read { db in try Self.loadTimeline(db) }
    }

    /// Saves the timeline and re-plans every open parent's follow-ups (the check-ins deadlines
    /// bring follow it) in the same transaction.
    public func setDependencyTimeline(_ timeline: DependencyTimeline, today: Day) throws {
        let timeline = try timeline.validated()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(timeline), as: UTF8.self)
        try write(action: "dependency timeline changed", entity: "setting", detail: DependencyTimeline.settingsKey) { db in
            try authorize(.changeSettings, db)
            try db.writeSetting(DependencyTimeline.settingsKey, json)
            let open = try ID.fetchAll(db, sql: "SELECT id FROM parents WHERE status = 'open' ORDER BY id")
            try Self.replan(db, parentIds: open, today: today, policy: try Self.loadPolicy(db, today: today))
        }
    }

    /// The stored timeline, or Washington's when none was saved; a damaged value is an error.
    static func loadTimeline(_ db: any SQLSession) throws -> DependencyTimeline {
        guard let json = try db.setting(DependencyTimeline.settingsKey) else { return .washington }
        do {
            return try JSONDecoder().decode(DependencyTimeline.self, from: Data(json.utf8))
        } catch {
            throw StoreError.invalid(field: .timeline, reason: "invalid.savedTimelineUnreadable")
        }
    }
}
