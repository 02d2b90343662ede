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
        state.screen = .morning(morning)
        // A dozen queries over the whole program: read off the key path, shown when they arrive.
        let today = state.today
        readOffTheKeyPath({ try $0.morningReview(today: today) }, then: { $0.showMorningReview($1) })
    }

    private func showMorningReview(_ result: Result<MorningReview, Error>) {
        guard case .morning(var morning) = state.screen else { return }  // the user has moved on
        switch result {
        case .success(let review): morning.review = review
        case .failure(let error): state.message = "Could not read the database: \(error)"
        }
        state.screen = .morning(morning)
    }
}
