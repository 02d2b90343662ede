import Foundation
@testable import P4PController
@testable import P4PStore

/// The store protocol kept in arrays, for session tests with no database: a test puts plain
/// records in, drives a `DeskSession`, and reads what was written. The real SQLite store has
/// its own tests (P4PStoreTests); this one only needs to be honest about what it does:
/// - the three lists are read from the records, filtered on names and paged as asked;
/// - the day's writes (assign, unassign, log a contact, snooze) check the version the form
///   read, refuse what the SQLite store refuses at the same field, and move the version on;
/// - everyone may do everything (`refusal` is nil): role rules are the SQLite store's, tested there;
/// - a parent's file can be held back (`holdFiles`) and answered later, as a server would;
/// - the outcomes report gives the figures a test put in (`putOutcomes`), for any period.
/// Methods no test here uses throw `StoreError.notFound` naming themselves (`unused`).
final class InMemoryStore: DeskStore, @unchecked Sendable {
    /// Everything written, shared by every view of the store (the one opened, each user's).
    final class Records: @unchecked Sendable {
        var docket: [Day: [DocketEntry]] = [:]
        var allies: [Ally] = []
        var parents: [Parent] = []
        var followUps: [FollowUp] = []
        var contacts: [Contact] = []
        var referrals: [Referral] = []
        /// Court outcomes as saved, in order.
        var courtOutcomes: [CourtOutcome] = []
        var users: [User] = []
        var pins: [ID: String] = [:]
        /// Who last changed each parent, and how: what a stale refusal says.
        var parentChanges: [ID: (change: RecordChange, by: String?)] = [:]
        var audit: [(actor: String, action: String, entityId: ID?)] = []
        /// Which view committed each change: a view's change token counts the others'.
        var commits: [ObjectIdentifier] = []
        var fileGate: Gate?
        /// Cases with their parents, children and moves (InMemoryStore+Cases).
        var families = Families()
        /// Outcome figures put in by a test, and the reports asked for (InMemoryStore+Outcomes).
        var outcomes = OutcomesFigures()
        /// Parents' circumstances by parent, and the list they come from (InMemoryStore+Allies).
        var circumstances: [ID: [String]] = [:]
        var experiences = Experience.seeded.map { Experience(code: $0) }
        /// The court holidays the docket answers with (a test sets them).
        var courtHolidays: [Day] = []
        /// The days whose docket was read, in order.
        var docketDaysRead: [Day] = []
    }

    /// Holds reads of a parent's file until the test opens it.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var isOpen = false

        func open() {
            condition.lock()
            isOpen = true
            condition.broadcast()
            condition.unlock()
        }

        func pass() {
            condition.lock()
            while !isOpen { condition.wait() }
            condition.unlock()
        }
    }

    private let lock: NSLock
    private let records: Records
    let user: User?

    init() {
        lock = NSLock()
        records = Records()
        user = nil
    }

    private init(sharing other: InMemoryStore, as user: User) {
        lock = other.lock
        records = other.records
        self.user = user
    }

    var location: String { "memory" }

    /// Reads or changes the records, one caller at a time (slow reads run on another thread).
    func withRecords<T>(_ body: (Records) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(records)
    }

    /// From now on a parent's file is read only once the returned gate is opened.
    func holdFiles() -> Gate {
        let gate = Gate()
        withRecords { $0.fileGate = gate }
        return gate
    }

    func parent(_ id: ID) -> Parent? { withRecords { $0.parents.first { $0.id == id } } }
    func followUp(_ id: ID) -> FollowUp? { withRecords { $0.followUps.first { $0.id == id } } }
    var auditActions: [String] { withRecords { $0.audit.map(\.action) } }

    // MARK: - The lists

    func docket(on day: Day, matching: String?, page: PageRequest) throws -> ListPage<DocketEntry> {
        withRecords { r in
            Self.page(r.docket[day, default: []].filter {
                Self.matches(matching, [$0.caseNumber, $0.courtroom ?? "", $0.hearingType] + $0.parents.map(\.name))
            }, page)
        }
    }

    /// Open parents with no ally, longest waiting first.
    func unassignedParents(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<UnassignedParent> {
        withRecords { r in
            let waiting = r.parents.filter { $0.status == .open && $0.allyId == nil && Self.matches(matching, [$0.name]) }
                .sorted { ($0.waitingSince, $0.id!) < ($1.waitingSince, $1.id!) }
            return Self.page(waiting.map {
                UnassignedParent(parentId: $0.id!, name: $0.name, language: $0.language, interpreterNeeded: $0.interpreterNeeded,
                                 county: $0.county, waitingSince: $0.waitingSince, nextHearingDate: nil, nextHearingTime: nil,
                                 nextHearingType: nil, version: $0.version)
            }, page)
        }
    }

    /// Open follow-ups due by `day`, most overdue first; reminders of a passed hearing left out.
    func overdueFollowUps(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<OverdueFollowUp> {
        withRecords { r in
            let rows = r.followUps
                .filter { $0.doneOn == nil && $0.dueDate <= day && ($0.expiresOn.map { $0 >= day } ?? true) }
                .sorted { ($0.dueDate, $0.id!) < ($1.dueDate, $1.id!) }
                .compactMap { followUp -> OverdueFollowUp? in
                    guard let parent = r.parents.first(where: { $0.id == followUp.parentId }),
                          Self.matches(matching, [parent.name]) else { return nil }
                    let ally = r.allies.first { $0.id == followUp.allyId }
                    return OverdueFollowUp(followUpId: followUp.id!, parentId: parent.id!, parentName: parent.name,
                                           dueDate: followUp.dueDate, kind: followUp.kind,
                                           ally: ally.map { NamedRef(id: $0.id!, name: $0.name) }, attempts: followUp.attempts,
                                           lastAttemptOn: followUp.lastAttemptOn, version: followUp.version)
                }
            return Self.page(rows, page)
        }
    }

    func caseloads() throws -> [Caseload] {
        withRecords { r in
            r.allies.map { ally in
                Caseload(ally: NamedRef(id: ally.id!, name: ally.name),
                         openParents: r.parents.filter { $0.allyId == ally.id && $0.status == .open }.count,
                         limit: ally.caseloadLimit, active: ally.active)
            }
        }
    }

    /// The parent, their ally, contacts and follow-ups (no cases or hearings are kept here).
    func parentDetail(id: ID) throws -> ParentDetail? {
        withRecords { $0.fileGate }?.pass()
        return withRecords { r in
            guard let parent = r.parents.first(where: { $0.id == id }) else { return nil }
            let allyName = { (allyId: ID?) in r.allies.first { $0.id == allyId }?.name }
            return ParentDetail(
                parent: parent, ally: r.allies.first { $0.id == parent.allyId }, cases: r.families.summaries(parentId: id), hearings: [],
                contacts: r.contacts.filter { $0.parentId == id }.map { .init(contact: $0, allyName: allyName($0.allyId)) },
                followUps: r.followUps.filter { $0.parentId == id }.map { .init(followUp: $0, allyName: allyName($0.allyId)) },
                dependency101Attended: nil)
        }
    }

    /// Active allies ranked as the SQLite store ranks them (`AllyMatching`), with the parent's
    /// circumstances: everyone here may see them.
    func allyFit(for parentId: ID) throws -> [AllyFit] {
        try withRecords { r in
            guard let parent = r.parents.first(where: { $0.id == parentId }) else { throw StoreError.notFound("notFound.parent") }
            let allies = r.allies.map { ally in
                (ally: ally, openParents: r.parents.filter { $0.allyId == ally.id && $0.status == .open }.count)
            }
            return AllyMatching.rank(parent: parent, circumstances: r.circumstances[parentId] ?? [],
                                     experiences: r.experiences, allies: allies)
        }
    }

    // MARK: - The day's work

    func assignAlly(parentId: ID, allyId: ID, on day: Day, reason: String?, expecting version: Int?) throws {
        try write { r in
            var parent = try self.parent(parentId, expecting: version, r)
            guard let ally = r.allies.first(where: { $0.id == allyId && $0.active }) else {
                throw StoreError.invalid(field: .parentAlly, reason: "invalid.chooseActiveAlly")
            }
            guard parent.allyId != allyId else { throw StoreError.invalid(field: .parentAlly, reason: "invalid.alreadyTheirAlly") }
            if parent.allyId != nil, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw StoreError.invalid(field: .reason, reason: "invalid.empty")
            }
            let change: RecordChange = parent.allyId == nil ? .allyAssigned : .allyChanged
            parent.allyId = ally.id
            parent.allySince = day
            try self.save(parent, change, r)
            for index in r.followUps.indices where r.followUps[index].parentId == parentId && r.followUps[index].doneOn == nil {
                r.followUps[index].allyId = ally.id
            }
            self.audit(change.rawValue, id: parentId, r)
        }
    }

    func unassignAlly(parentId: ID, reason: String, today: Day, expecting version: Int?) throws {
        try write { r in
            var parent = try self.parent(parentId, expecting: version, r)
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyUnassigned")
            }
            parent.allyId = nil
            parent.allySince = nil
            parent.waitingSince = today
            try self.save(parent, .unassigned, r)
            self.audit("ally unassigned", id: parentId, r)
        }
    }

    /// A contact that reached the parent completes the follow-up; one that did not is an attempt.
    @discardableResult
    func logContact(_ contact: Contact, completing followUpId: ID?, referrals: [String], today: Day) throws -> ID {
        try write { r in
            guard contact.date <= today else { throw StoreError.invalid(field: .contactDate, reason: "invalid.contactInFuture") }
            guard r.parents.contains(where: { $0.id == contact.parentId }) else { throw StoreError.notFound("notFound.parent") }
            let id = ID(r.contacts.count + 1)
            var logged = contact
            logged.id = id
            r.contacts.append(logged)
            if let followUpId {
                guard let index = r.followUps.firstIndex(where: { $0.id == followUpId && $0.parentId == contact.parentId }) else {
                    throw StoreError.invalid(field: .completes, reason: "invalid.notTheirFollowUp")
                }
                if contact.reached {
                    r.followUps[index].doneOn = contact.date
                    r.followUps[index].contactId = id
                } else {
                    r.followUps[index].attempts += 1
                    r.followUps[index].lastAttemptOn = contact.date
                }
                r.followUps[index].version += 1
            }
            for kind in referrals {
                r.referrals.append(Referral(id: ID(r.referrals.count + 1), parentId: contact.parentId, contactId: id,
                                            allyId: contact.allyId, date: contact.date, kind: kind))
            }
            self.audit("contact logged", id: contact.parentId, r)
            return id
        }
    }

    func snoozeFollowUp(id: ID, to day: Day, reason: String, today: Day, expecting version: Int?) throws {
        try write { r in
            guard let index = r.followUps.firstIndex(where: { $0.id == id && $0.doneOn == nil }) else {
                throw StoreError.stale(StaleRecord(record: .followUp, id: id, change: nil, changedBy: nil, changedAt: nil, now: nil,
                                                   currentVersion: 0, gone: true))
            }
            if let version, version != r.followUps[index].version {
                throw StoreError.stale(StaleRecord(record: .followUp, id: id, change: nil, changedBy: nil, changedAt: nil,
                                                   now: nil, currentVersion: r.followUps[index].version))
            }
            guard day >= today else { throw StoreError.invalid(field: .snoozeTo, reason: "invalid.snoozeToTodayOrLater") }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyItCanWait")
            }
            r.followUps[index].dueDate = day
            r.followUps[index].snoozedUntil = day
            r.followUps[index].snoozeReason = reason
            r.followUps[index].version += 1
            self.audit("follow-up snoozed", id: id, r)
        }
    }

    /// Reminders whose hearing's day is over close as missed.
    @discardableResult
    func closeMissedReminders(asOf today: Day) throws -> Int {
        withRecords { r in
            let passed = r.followUps.indices.filter {
                r.followUps[$0].doneOn == nil && (r.followUps[$0].expiresOn.map { $0 < today } ?? false)
            }
            for index in passed {
                r.followUps[index].doneOn = today
                r.followUps[index].missed = true
                r.followUps[index].version += 1
            }
            if !passed.isEmpty { r.commits.append(ObjectIdentifier(self)) }
            return passed.count
        }
    }

    // MARK: - People

    func hasUsers() throws -> Bool { withRecords { !$0.users.isEmpty } }
    func users() throws -> [User] { withRecords { $0.users } }

    /// A name and its PIN, as kept in `pins`; a refusal never says which was wrong.
    func signIn(name: String, secret: String, at now: Date) throws -> SignInResult {
        withRecords { r in
            guard let user = r.users.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame && $0.active }),
                  r.pins[user.id] == secret else { return .refused }
            return .signedIn(user)
        }
    }

    func setLanguage(_ language: Language?, forUser name: String) throws {
        try write { r in
            guard let index = r.users.firstIndex(where: { $0.name == name }) else {
                throw StoreError.notFound(Phrase("notFound.user", ["name": .text(name)]))
            }
            r.users[index].language = language
        }
    }

    /// The same records, with writes recorded as `user`'s.
    func acting(as user: User) throws -> any DeskStore { InMemoryStore(sharing: self, as: user) }
    func attempting(_ token: String) -> any DeskStore { self }

    func refusal(for act: Act, today: Day?) throws -> Phrase? { nil }

    func audit(_ action: String, entity: String?, id: ID?) throws {
        withRecords { audit(action, id: id, $0) }
    }

    /// Moves on whenever any view commits; with no change counters, a commit may have changed
    /// anything.
    func changes(since earlier: ChangeMark?) throws -> FileChanges {
        let mark = ChangeMark(dataVersion: withRecords { $0.commits.count })
        return FileChanges(mark: mark, changed: earlier.map { $0 == mark ? [] : .all } ?? [])
    }

    func hearingTypes() throws -> [HearingType] { [] }

    /// Parents with a word of their name starting with each word typed, ignoring case and accents.
    func findParents(nameStartingWith prefix: String, limit: Int) throws -> [ParentMatch] {
        let typed = prefix.split(separator: " ").map { SearchText.fold(String($0)) }
        guard !typed.isEmpty else { return [] }
        return withRecords { r in
            r.parents.filter { parent in
                let words = parent.name.split(separator: " ").map { SearchText.fold(String($0)) }
                return typed.allSatisfy { t in words.contains { $0.hasPrefix(t) } }
            }
            .prefix(limit).map { ParentMatch(id: $0.id!, name: $0.name, status: $0.status, caseNumber: nil) }
        }
    }

    // MARK: - Not used by these tests: each says so if called

    private func unused(_ name: String = #function) -> StoreError {
        .notFound(.verbatim("InMemoryStore.\(name) (not kept in memory)"))
    }

    /// Keeps the outcome as saved and shows its status on the docket (no continuance is scheduled).
    func recordCourtOutcome(_ outcome: CourtOutcome) throws {
        try write { r in
            r.courtOutcomes.append(outcome)
            for (day, entries) in r.docket {
                r.docket[day] = entries.map { entry in
                    guard entry.hearingId == outcome.hearingId else { return entry }
                    var recorded = entry
                    recorded.status = outcome.status
                    return recorded
                }
            }
            audit("court outcome recorded", id: outcome.hearingId, r)
        }
    }
    /// Plans the covering ally on the docket's entry, checking and moving on its version.
    func planCoverage(hearingId: ID, allyId: ID?, today: Day, readVersion: Int?) throws {
        try write { r in
            for (day, entries) in r.docket {
                guard let index = entries.firstIndex(where: { $0.hearingId == hearingId }) else { continue }
                var entry = entries[index]
                if let readVersion, readVersion != entry.version {
                    throw StoreError.stale(StaleRecord(record: .hearing, id: hearingId, change: .coveragePlanned, changedBy: nil,
                                                       changedAt: nil, now: nil, currentVersion: entry.version))
                }
                entry.coveringAlly = allyId.flatMap { id in r.allies.first { $0.id == id }.map { NamedRef(id: id, name: $0.name) } }
                entry.version += 1
                r.docket[day]![index] = entry
            }
            audit("coverage planned", id: hearingId, r)
        }
    }
    func createParent(_ parent: Parent) throws -> ID { throw unused() }
    func createCase(_ dependencyCase: DependencyCase, parents: [NewCaseParent], firstHearing: Hearing?, today: Day?) throws -> ID {
        throw unused()
    }
    func createHearing(_ hearing: Hearing, today: Day) throws -> ID { throw unused() }
    func updateHearing(_ hearing: Hearing, today: Day) throws { throw unused() }
    func addParent(_ parent: NewCaseParent, toCase caseId: ID, joinedOn day: Day, today: Day) throws -> ID { throw unused() }
    func scheduleClass(_ session: ClassSession, inviting parentIds: [ID], on day: Day) throws -> ID { throw unused() }
    func inviteToClass(sessionId: ID, parentIds: [ID], on day: Day) throws { throw unused() }
    func markAttendance(sessionId: ID, parentId: ID, attended: Bool, today: Day) throws { throw unused() }
    func recordAttendance(sessionId: ID, attended: [ID: Bool], inviting parentIds: [ID], today: Day) throws { throw unused() }
    func hearing(id: ID) throws -> Hearing? { throw unused() }
    func caseNumber(id: ID) throws -> String? { throw unused() }
    func classSessions(from day: Day, limit: Int) throws -> [ClassSessionSummary] { throw unused() }
    func courses() throws -> [Course] { [Course(code: Course.dependency101, name: "Dependency 101", countsAsDependency101: true, sortOrder: 1), Course(code: "support-group", name: "Parent support group", sortOrder: 3)] }
    func classRoster(sessionId: ID) throws -> [ClassRosterLine] { throw unused() }
    func parentsToInvite(limit: Int) throws -> [NamedRef] { throw unused() }
    func followUpPolicy(asOf today: Day) throws -> FollowUpPolicy { throw unused() }
    func courtCalendar(asOf today: Day) throws -> CourtCalendar { withRecords { CourtCalendar(holidays: $0.courtHolidays) } }
    func docketDay(on day: Day, matching: String?, page: PageRequest, courtAsOf today: Day) throws -> DocketDay {
        withRecords { $0.docketDaysRead.append(day) }
        return DocketDay(page: try docket(on: day, matching: matching, page: page), court: try courtCalendar(asOf: today))
    }
    func setFollowUpPolicy(_ policy: FollowUpPolicy, today: Day) throws { throw unused() }
    func replanFollowUps(parentId: ID, today: Day) throws { throw unused() }
    func auditLog(_ filter: AuditFilter, page: PageRequest) throws -> ListPage<AuditLine> { throw unused() }
    func importDocket(_ file: DocketFile, today: Day, dryRun: Bool) throws -> ImportSummary { throw unused() }
    func morningReview(today: Day, limit: Int) throws -> MorningReview { throw unused() }
    func programReport(_ period: ReportPeriod) throws -> ProgramReport { throw unused() }

    // MARK: - Helpers

    /// One write: all of it or, when it throws, none of it; then it counts as a commit.
    func write<T>(_ body: (Records) throws -> T) throws -> T {
        try withRecords { r in
            let before = (r.parents, r.followUps, r.contacts, r.referrals, r.users, r.audit, r.allies, r.circumstances)
            do {
                let result = try body(r)
                r.commits.append(ObjectIdentifier(self))
                return result
            } catch {
                (r.parents, r.followUps, r.contacts, r.referrals, r.users, r.audit, r.allies, r.circumstances) = before
                throw error
            }
        }
    }

    /// The parent a form rests on, refused when another terminal changed it since it was read.
    func parent(_ id: ID, expecting version: Int?, _ r: Records) throws -> Parent {
        guard let parent = r.parents.first(where: { $0.id == id }), parent.status == .open else {
            throw StoreError.stale(StaleRecord(record: .parent, id: id, change: nil, changedBy: nil, changedAt: nil, now: nil,
                                               currentVersion: 0, gone: true))
        }
        if let version, version != parent.version {
            let last = r.parentChanges[id]
            let ally = r.allies.first { $0.id == parent.allyId }
            throw StoreError.stale(StaleRecord(record: .parent, id: id, change: last?.change, changedBy: last?.by.map(Phrase.Arg.text),
                                               changedAt: nil, now: ally.map { .text($0.name) }, currentVersion: parent.version))
        }
        return parent
    }

    func save(_ parent: Parent, _ change: RecordChange, _ r: Records) throws {
        var changed = parent
        changed.version += 1
        r.parents[r.parents.firstIndex { $0.id == parent.id }!] = changed
        r.parentChanges[parent.id!] = (change, user?.name)
    }

    func audit(_ action: String, id: ID?, _ r: Records) {
        r.audit.append((actor: user?.name ?? "script", action: action, entityId: id))
    }

    private static func matches(_ filter: String?, _ texts: [String]) -> Bool {
        guard let filter, !filter.isEmpty else { return true }
        let folded = SearchText.fold(filter)
        return texts.contains { SearchText.fold($0).contains(folded) }
    }

    private static func page<Row>(_ rows: [Row], _ request: PageRequest) -> ListPage<Row> {
        ListPage(total: rows.count, offset: request.offset, rows: Array(rows.dropFirst(request.offset).prefix(request.limit)))
    }
}
