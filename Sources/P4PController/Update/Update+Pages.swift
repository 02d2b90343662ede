import Foundation
import P4PStore

/// Pages read off the key path: a parent's file, the morning review, the audit log, and what
/// an import did. Each answer is shown only if the user is still where it was asked for.

func updateDetailArrived(_ state: inout AppState, _ parentId: ID, _ result: Result<ParentDetail?, StoreError>) -> [Effect] {
    // The user may have moved to another parent, or away, meanwhile.
    guard case .detail(var detail) = state.screen, detail.parentId == parentId else { return [] }
    switch result {
    case .success(let found):
        detail.detail = found
        detail.audited = true
        if found == nil { state.message = "detail.gone" }
    case .failure(.notAllowed(let reason)):
        state.screen = .dashboard
        state.message = reason
        return []
    case .failure(let error):
        // Not shown: the next look writes the audit entry again.
        detail.audited = false
        state.message = slowReadWords(error)
    }
    state.screen = .detail(detail)
    return []
}

func updateMorningArrived(_ state: inout AppState, _ day: Day, _ result: Result<MorningReview, StoreError>) -> [Effect] {
    guard case .morning(var morning) = state.screen, day == state.today else { return [] }
    // A read that fails leaves the opening to be recorded by the next.
    morning.audited = false
    guard takePageRead(result, &state, { review in morning.review = review; morning.audited = true }) else { return [] }
    state.screen = .morning(morning)
    return []
}

/// What a supervisors' page does with its read: takes the answer; on a refusal goes back to the
/// dashboard saying why (false: the page is gone); on any other failure keeps the page and says
/// what went wrong in the status line.
func takePageRead<T>(_ result: Result<T, StoreError>, _ state: inout AppState, _ take: (T) -> Void) -> Bool {
    switch result {
    case .success(let answer):
        take(answer)
    case .failure(.notAllowed(let reason)):
        state.screen = .dashboard
        state.message = reason
        return false
    case .failure(let error):
        state.message = slowReadWords(error)
    }
    return true
}

func updateAuditArrived(_ state: inout AppState, _ filter: AuditFilter, _ result: Result<ListPage<AuditLine>, StoreError>) -> [Effect] {
    guard case .audit(var audit) = state.screen, audit.filter == filter else { return [] }
    switch result {
    case .success(let page):
        audit.page = page
        audit.loaded = true
    case .failure(.notAllowed(let reason)):
        state.screen = .dashboard
        state.message = reason
        return []
    case .failure(let error):
        state.message = error.phrase
    }
    state.screen = .audit(audit)
    return []
}

/// Why a slow read (and the audit entry before it) did not arrive, in words.
func slowReadWords(_ error: StoreError) -> Phrase {
    if case .busy = error { return "read.busy" }
    return error.phrase
}

/// What a store-searched picker found, put in the field if it still shows that text.
func updateFound(_ state: inout AppState, _ target: SearchTarget, _ text: String,
                 _ result: Result<[ParentMatch], StoreError>) -> [Effect] {
    guard var form = state.form else { return [] }
    let focus = form.state.focus
    guard case .picker(let source) = form.state.fields[focus].kind, source.search == target,
          form.state.fields[focus].editor.text == text else { return [] }
    switch result {
    case .success(let matches):
        let options = matches.map { match in
            var detail: [Phrase] = []
            if let number = match.caseNumber { detail.append(.verbatim(number)) }
            if match.status == .closed { detail.append(Phrase(ParentStatus.closed.words)) }
            return PickerOption(id: match.id, label: match.name,
                                detail: detail.isEmpty ? nil : Phrase("verbatim", ["text": .list(detail, separator: " · ")]))
        }
        form.state.fields[focus].setFound(options, for: text)
    case .failure(let error):
        form.state.message = error.phrase
    }
    state.form = form
    return []
}

/// What an import did, or would do, as a page to read; what a real one changed is read again
/// (`.dataChanged`).
func updateImported(_ state: inout AppState, _ request: ImportRequest, _ result: Result<ImportSummary, StoreError>) -> [Effect] {
    switch result {
    case .success(let summary):
        var lines = ImportReport.lines(summary, file: .asIs((request.path as NSString).lastPathComponent), in: state.language)
        if request.dryRun { lines += ["", Phrase("import.toWrite").text(state.language)] }
        state.form = nil
        state.screen = .text(TextPage(title: request.dryRun ? "import.checkTitle" : "import.title", lines: lines))
        return []
    case .failure(let error):
        refuse(&state, error)
        return []
    }
}
