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
        let audit = !morning.audited
        morning.audited = true
        state.screen = .morning(morning)
        // A dozen queries over the whole program: read off the key path, shown when they arrive,
        // and only once the audit log says who read it (the review names parents).
        let today = state.today
        readOffTheKeyPath({ store in
            if audit { try store.audit("morning review opened", entity: nil, id: nil) }
            return try store.morningReview(today: today)
        }, then: { $0.showMorningReview($1) })
    }

    private func showMorningReview(_ result: Result<MorningReview, Error>) {
        guard case .morning(var morning) = state.screen else { return }  // the user has moved on
        switch result {
        case .success(let review): morning.review = review
        case .failure(let error):
            morning.audited = false
            state.message = Self.wordsForSlowRead(error, path: store.location)
        }
        state.screen = .morning(morning)
    }
}
