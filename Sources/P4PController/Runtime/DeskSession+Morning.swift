import P4PStore

/// The morning review for supervisors: read from the store as one model, refused to allies.
extension DeskSession {
    func loadMorningReview() throws {
        guard case .morning(var morning) = state.screen else { return }
        if let reason = try store.refusal(for: .readReports, today: state.today) {
            state.screen = .dashboard
            state.message = reason
            return
        }
        if !morning.audited {
            // The review names parents: who read it is attributable, like a parent's detail.
            let store = self.store
            auditQueue.async { try? store.audit("morning review opened", entity: nil, id: nil) }
            morning.audited = true
        }
        morning.review = try store.morningReview(today: state.today)
        state.screen = .morning(morning)
    }
}
