import Foundation
import P4PStore

/// The work `update` asks for, against the store; each answered by a message.
extension DeskSession {
    /// How many matches a searched picker shows.
    static let searchLimit = 8
    /// How many parents an invite list offers at most: those whose invitation is longest due.
    static let invitableLimit = 12

    func run(_ effect: Effect) {
        switch effect {
        case .loadPane(let pane, let query):
            if let narrowed = listsRead.narrowed(pane, query) {
                listsRead.keep(pane, query, narrowed)
                send(.paneLoaded(pane, query, .success(narrowed)))
                return
            }
            paneReads[pane, default: 0] += 1
            let read = attempt { try self.rows(pane, query) }
            if case .success(let rows) = read { listsRead.keep(pane, query, rows) }
            send(.paneLoaded(pane, query, read))
        case .loadDetail(let parentId, let audit):
            let today = state.today
            readOffTheKeyPath { store in
                .detailArrived(parentId: parentId, answer(store) {
                    if let reason = try store.refusal(for: .openDetail(parentId: parentId), today: today) {
                        throw StoreError.notAllowed(reason)
                    }
                    // Who looked at whose file is attributable, like every change: the file is
                    // shown only once the entry is written.
                    if audit { try store.audit("parent detail opened", entity: "parent", id: parentId) }
                    return try store.parentDetail(id: parentId)
                })
            }
        case .loadMorningReview(let day, let audit):
            readOffTheKeyPath { store in
                .morningArrived(day, answer(store) {
                    if let reason = try store.refusal(for: .readReports, today: day) { throw StoreError.notAllowed(reason) }
                    // The review names parents: who read it is attributable, like a parent's file.
                    if audit { try store.audit("morning review opened", entity: nil, id: nil) }
                    return try store.morningReview(today: day)
                })
            }
        case .loadOutcomes(let query, let audit):
            readOffTheKeyPath { store in
                .outcomesArrived(query, answer(store) {
                    if let reason = try store.refusal(for: .readReports, today: query.today) { throw StoreError.notAllowed(reason) }
                    // Like the morning review, who read the figures is attributable.
                    if audit { try store.audit("outcomes report opened", entity: nil, id: nil) }
                    return OutcomesPage(report: try store.outcomesReport(query.period, county: query.county, today: query.today),
                                        counties: try store.reportCounties())
                })
            }
        case .loadAllies:
            readOffTheKeyPath { store in
                .alliesArrived(answer(store) {
                    if let reason = try store.refusal(for: .manageAllies, today: nil) { throw StoreError.notAllowed(reason) }
                    return AlliesPage(records: try store.allyRecords(), experiences: try store.experiences())
                })
            }
        case .loadAudit(let filter):
            // The log only grows, and counting what a filter matches reads all of it: off the
            // key path, after this terminal's own entries are in.
            finishWrites()
            readOffTheKeyPath { store in
                .auditArrived(filter, answer(store) { try store.auditLog(filter, page: PageRequest(offset: 0, limit: AuditState.window)) })
            }
        case .prepareForm(let purpose):
            do {
                if let act = purpose.act(allyId: state.user?.allyId), let reason = try store.refusal(for: act, today: state.today) {
                    send(.formUnavailable(purpose, reason))
                } else {
                    send(.formReady(purpose, try formData(for: purpose)))
                }
            } catch {
                send(.formUnavailable(purpose, storeError(error).phrase))
            }
        case .save(let request):
            let token = retrying?.request == request ? retrying!.token : UUID().uuidString
            retrying = nil
            do {
                try save(request, on: store.attempting(token))
                send(.saved(request))
                // What the save changed is read again, and nothing else: by the same look as
                // another terminal's save, so the watcher does not read it a second time.
                rereadWhatChanged()
            } catch StoreError.alreadySaved {
                // Its commit landed before the link went: saved, once.
                send(.saved(request))
                rereadWhatChanged()
            } catch {
                let refusal = storeError(error)
                if case .busy = refusal { retrying = (request, token) }
                if case .serverAway = refusal { retrying = (request, token) }
                send(.saveRefused(request, refusal))
            }
        case .search(let target, let text):
            switch target {
            case .parents:
                send(.found(target, text: text, attempt { try self.store.findParents(nameStartingWith: text, limit: Self.searchLimit) }))
            }
        case .signIn(let purpose, let name, let pin):
            send(.signInAnswered(purpose, attempt { try self.checkPIN(purpose, name: name, pin: pin) }))
        case .lock:
            lock()
        case .importDocket(let request):
            send(.imported(request, attempt { try self.importDocket(request) }))
            rereadWhatChanged()
        case .setLanguage(let language, let name):
            send(.languageSaved(language, forUser: name, attempt { try self.store.setLanguage(language, forUser: name) }))
        case .closeMissedReminders(let day):
            // The Overdue list leaves passed reminders out whether or not this write succeeds
            // (another terminal may hold the file): it only records them as missed.
            _ = try? store.closeMissedReminders(asOf: day)
            rereadWhatChanged()
        }
    }

    private func rows(_ pane: PaneID, _ query: PaneQuery) throws -> PaneRows {
        switch pane {
        case .docket:
            let wanted = DocketReadAhead.Read(query: query, courtAsOf: state.today)
            if let day = docketAhead.take(wanted) { return .docket(day.page, court: day.court) }
            let day = try wanted.day(from: store)
            docketAhead.keep(wanted, day)
            return .docket(day.page, court: day.court)
        case .unassigned: return .unassigned(try store.unassignedParents(asOf: query.day, matching: query.filter, page: query.page))
        case .overdue: return .overdue(try store.overdueFollowUps(asOf: query.day, matching: query.filter, page: query.page))
        }
    }

    /// What each form needs from the store before it opens.
    private func formData(for purpose: FormPurpose) throws -> FormData {
        let today = state.today
        switch purpose {
        case .courtOutcome, .planCoverage: return .allies(try store.caseloads())
        case .assignAlly(let parentId): return .fits(try store.allyFit(for: parentId), parent: nil)
        case .reassignAlly(let parentId): return .fits(try store.allyFit(for: parentId), parent: try parent(parentId))
        case .unassignAlly(let parentId): return .parent(try parent(parentId))
        case .addAlly: return .ally(nil, experiences: try store.experiences())
        case .editAlly(let allyId):
            guard let record = try store.allyRecords().first(where: { $0.ally.id == allyId }) else {
                throw StoreError.notFound("notFound.ally")
            }
            return .ally(record.ally, experiences: try store.experiences())
        case .deactivateAlly: return .none
        case .editParent(let parentId):
            let maySee = try store.refusal(for: .seeCircumstances(parentId: parentId), today: today) == nil
            return .parentToEdit(try parent(parentId), circumstances: maySee ? try store.circumstances(ofParent: parentId) : nil,
                                 experiences: maySee ? try store.experiences() : [])
        case .logContact(let parentId, _):
            guard let detail = try store.parentDetail(id: parentId) else { throw StoreError.notFound("notFound.parent") }
            return .parentDetail(detail)
        case .snooze, .chooseNew, .importDocket: return .none
        case .newCase: return .hearingTypes(try store.hearingTypes())
        case .newHearing(let caseId):
            return .hearing(nil, caseNumber: try caseNumber(caseId), types: try store.hearingTypes(), allies: try store.caseloads())
        case .editHearing(let hearingId):
            guard let hearing = try store.hearing(id: hearingId) else { throw StoreError.notFound("notFound.hearing") }
            return .hearing(hearing, caseNumber: try caseNumber(hearing.caseId), types: try store.hearingTypes(),
                            allies: try store.caseloads())
        case .newParent(let caseId): return .caseNumber(try caseNumber(caseId))
        case .newClass:
            return .newClass(courses: try store.courses(), allies: try store.caseloads(),
                             invitable: try store.parentsToInvite(limit: Self.invitableLimit))
        case .chooseClass: return .classSessions(try store.classSessions(from: today.adding(days: -30), limit: 40))
        case .classRoster(let sessionId, _):
            let roster = try store.classRoster(sessionId: sessionId)
            let onRoster = Set(roster.map(\.parentId))
            let invitable = try store.parentsToInvite(limit: Self.invitableLimit + onRoster.count)
                .filter { !onRoster.contains($0.id) }.prefix(Self.invitableLimit)
            return .roster(roster, invitable: Array(invitable))
        case .signIn, .leaveKiosk, .auditFilter: return .users(try baseStore.users())
        case .editCase(let parentId, _), .caseOutcome(let parentId, _), .newChild(let parentId, _), .childMove(let parentId, _),
             .chooseChild(let parentId, _), .editChild(let parentId, _, _), .removeMove(let parentId, _):
            guard let detail = try store.parentDetail(id: parentId) else { throw StoreError.notFound("notFound.parent") }
            return .parentDetail(detail)
        }
    }

    private func parent(_ id: ID) throws -> Parent {
        guard let parent = try store.parentDetail(id: id)?.parent else { throw StoreError.notFound("notFound.parent") }
        return parent
    }

    private func caseNumber(_ id: ID) throws -> String {
        guard let number = try store.caseNumber(id: id) else { throw StoreError.notFound("notFound.case") }
        return number
    }

    /// The store call a saved form asked for.
    private func save(_ request: SaveRequest, on store: any DeskStore) throws {
        switch request {
        case .courtOutcome(let outcome):
            try store.recordCourtOutcome(outcome)
        case .planCoverage(let hearingId, let allyId, let today, let version):
            try store.planCoverage(hearingId: hearingId, allyId: allyId, today: today, readVersion: version)
        case .assignAlly(let parentId, let allyId, let today, let version):
            try store.assignAlly(parentId: parentId, allyId: allyId, on: today, reason: nil, expecting: version)
        case .reassignAlly(let parentId, let allyId, let reason, let today, let version):
            try store.assignAlly(parentId: parentId, allyId: allyId, on: today, reason: reason, expecting: version)
        case .unassignAlly(let parentId, let reason, let today, let version):
            try store.unassignAlly(parentId: parentId, reason: reason, today: today, expecting: version)
        case .logContact(let contact, let completing, let referrals, let today):
            try store.logContact(contact, completing: completing, referrals: referrals, today: today)
        case .snooze(let followUpId, let day, let reason, let today, let version):
            try store.snoozeFollowUp(id: followUpId, to: day, reason: reason, today: today, expecting: version)
        case .createCase(let dependencyCase, let parents, let hearing, let today):
            try store.createCase(dependencyCase, parents: parents, firstHearing: hearing, today: today)
        case .createHearing(let hearing, let today):
            try store.createHearing(hearing, today: today)
        case .updateHearing(let hearing, let today):
            try store.updateHearing(hearing, today: today)
        case .addParent(let parent, let caseId, let joinedOn, let today):
            try store.addParent(parent, toCase: caseId, joinedOn: joinedOn, today: today)
        case .updateParent(let parent, let circumstances, let today):
            try store.updateParent(parent, circumstances: circumstances, today: today)
        case .scheduleClass(let session, let invited, let today):
            try store.scheduleClass(session, inviting: invited, on: today)
        case .recordAttendance(let sessionId, let attended, let invited, let today, _):
            try store.recordAttendance(sessionId: sessionId, attended: attended, inviting: invited, today: today)
        case .updateCase(let dependencyCase, let reason):
            try store.updateCase(dependencyCase, reason: reason)
        case .setCaseOutcome(let caseId, let outcome, let day, let reason, let despiteMoves, let version):
            try store.setCaseOutcome(caseId: caseId, outcome: outcome, on: day, reason: reason, despiteMoves: despiteMoves, expecting: version)
        case .addChild(let child, let today):
            try store.addChild(child, today: today)
        case .updateChild(let child, let today):
            try store.updateChild(child, today: today)
        case .addChildMove(let move, let version):
            try store.addChildMove(move, expecting: version)
        case .removeChildMove(let move, let reason, let version):
            try store.removeChildMove(move, reason: reason, expecting: version)
        case .saveAlly(let ally, _):
            try store.saveAlly(ally)
        case .deactivateAlly(let allyId, let reason, let today, let version):
            try store.deactivateAlly(id: allyId, reason: reason, today: today, expecting: version)
        }
    }

    /// A name and PIN checked. Signing in makes the user's own store the one writes go
    /// through; a supervisor leaving a kiosk is recorded.
    private func checkPIN(_ purpose: FormPurpose, name: String, pin: String) throws -> SignInResult {
        let result = try baseStore.signIn(name: name, secret: pin, at: clock())
        if case .signedIn(let user) = result {
            if purpose == .signIn {
                store = try baseStore.acting(as: user)
                lookAgainFromHere()
            } else if user.role != .ally {
                try baseStore.audit("left the kiosk", entity: "user", id: user.id)
            }
        }
        return result
    }

    /// Records the lock and signs the user out; nothing of the program stays on screen.
    private func lock() {
        guard (try? baseStore.hasUsers()) == true else {
            send(.cannotLock)
            return
        }
        // The lock happens even when the entry cannot be written: a screen must never stay open.
        try? store.audit("screen locked", entity: nil, id: nil)
        store = baseStore
        send(.locked)
    }

    /// A court calendar file read, checked and imported (or only checked).
    private func importDocket(_ request: ImportRequest) throws -> ImportSummary {
        let path = request.path.replacingOccurrences(of: "~", with: NSHomeDirectory(), options: .anchored)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.invalid(field: .file, reason: FileManager.default.fileExists(atPath: path)
                                     ? "import.cannotRead" : "import.noSuchFile")
        }
        let calendar: DocketFile
        do { calendar = try DocketFile.parse(data) } catch {
            throw StoreError.invalid(field: .file, reason: Phrase("import.notACalendar", ["why": .text("\(error)")]))
        }
        return try store.importDocket(calendar, today: request.today, dryRun: request.dryRun)
    }

    func storeError(_ error: Error) -> StoreError { StoreError.from(error, path: store.location) }

    /// The answer of a store call: what it returned, or why not, in words.
    func attempt<T>(_ body: () throws -> T) -> Result<T, StoreError> {
        do { return .success(try body()) } catch { return .failure(storeError(error)) }
    }
}

/// The same, for reads off the key path, where only the store is at hand.
private func answer<T>(_ store: DeskStore, _ body: () throws -> T) -> Result<T, StoreError> {
    do { return .success(try body()) } catch { return .failure(StoreError.from(error, path: store.location)) }
}
