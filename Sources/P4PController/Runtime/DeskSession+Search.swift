import P4PStore

/// Pickers over records too many to list up front: the store is asked as the user types.
extension DeskSession {
    /// How many matches a searched picker shows.
    static let searchLimit = 8

    func search(_ target: SearchTarget, _ text: String) throws {
        guard var form = state.form else { return }
        let options: [PickerOption]
        switch target {
        case .parents:
            options = try store.findParents(nameStartingWith: text, limit: Self.searchLimit).map { match in
                let detail = [match.caseNumber, match.status == .closed ? "closed" : nil].compactMap { $0 }
                return PickerOption(id: match.id, label: match.name, detail: detail.joined(separator: " · "))
            }
        }
        form.state.fields[form.state.focus].setFound(options, for: text)
        state.form = form
    }
}
