import P4PStore

/// The language the desk speaks, chosen from the dashboard: English, Spanish, then the
/// computer's again. A signed-in user's choice is kept by the store, for every terminal they
/// sign in at; on a database without users it lasts for the session.

/// The choice after `current`, in the order the key cycles through them.
func languageChoice(after current: Language?) -> Language? {
    let choices: [Language?] = Language.allCases.map(Optional.some) + [nil]
    let index = choices.firstIndex(of: current) ?? choices.count - 1
    return choices[(index + 1) % choices.count]
}

func chooseLanguage(_ state: inout AppState) -> [Effect] {
    if let user = state.user {
        return [.setLanguage(languageChoice(after: user.language), forUser: user.name)]
    }
    let next = languageChoice(after: state.sessionLanguage)
    state.sessionLanguage = next
    speak(next, &state)
    return []
}

/// The store kept the choice (or refused it): the desk speaks it from here on. An answer for a
/// user no longer signed in here changes nothing on screen.
func updateLanguageSaved(_ state: inout AppState, _ language: Language?, forUser name: String,
                         _ result: Result<Void, StoreError>) -> [Effect] {
    guard !state.isLocked, state.user?.name == name else { return [] }
    switch result {
    case .success:
        state.user?.language = language
        speak(language, &state)
    case .failure(let error):
        state.message = error.phrase
    }
    return []
}

/// Speaks the choice, and says so in it.
private func speak(_ choice: Language?, _ state: inout AppState) {
    state.language = choice ?? state.startLanguage
    let name: Phrase.Arg = .text(state.language.ownName)
    state.message = choice == nil ? Phrase("language.computers", ["language": name]) : Phrase("language.chosen", ["language": name])
}
