/// Words for one entry, given the names of its page: a sentence for each action the program
/// writes (`audit.*` in the catalogues), as a phrase, so `p4p audit` says it in the process's
/// language and the audit screen in its user's. An action it does not know is shown as
/// written, with its record named.
struct AuditTeller {
    let names: AuditNames

    typealias Arg = Phrase.Arg

    func what(_ entry: AuditEntry, _ detail: AuditDetail) -> Phrase {
        let id = entry.entityId
        switch (entry.action, detail) {
        case ("ally assigned", .assigned(let ally, let before, let reason)):
            return say("audit.assigned", ["parent": parent(id), "ally": self.ally(ally), "was": was(before), "because": because(reason)])
        case ("ally unassigned", .unassigned(let before, let reason)):
            return say("audit.unassigned", ["parent": parent(id), "was": was(before), "because": because(reason)])
        case ("ally unassigned", .none):
            return say("audit.unassigned", ["parent": parent(id), "was": nothing, "because": nothing])
        case ("contact logged", .followUp(let followUp)):
            return say("audit.contactCompleting", ["parent": parent(id), "kind": kind(followUp)])
        case ("contact logged", .none):
            return say("audit.contact", ["parent": parent(id)])
        case ("contact attempted", .followUp(let followUp)):
            return say("audit.attemptOpen", ["parent": parent(id), "kind": kind(followUp)])
        case ("contact attempted", .none):
            return say("audit.attempt", ["parent": parent(id)])
        case ("follow-up snoozed", .snoozed(let day, let reason)):
            return say("audit.snoozed", ["followUp": followUp(id), "day": .text(day), "because": because(reason)])
        case ("parent created", .none):
            return say("audit.parentAdded", ["parent": parent(id)])
        case ("parent updated", .fields(let fields)):
            let record = owned(id.flatMap { names.parents[$0] }, "audit.record", or: "audit.parentGone")
            return fields.isEmpty ? say("audit.savedUnchanged", ["record": record])
                                  : say("audit.corrected", ["record": record, "fields": columns(fields)])
        case ("ally added", .none):
            return say("audit.allyAdded", ["ally": allyOrGone(id)])
        case ("ally updated", .fields(let fields)):
            let record = owned(id.flatMap { names.allies[$0] }, "audit.record", or: "audit.allyGone")
            return fields.isEmpty ? say("audit.savedUnchanged", ["record": record])
                                  : say("audit.corrected", ["record": record, "fields": columns(fields)])
        case ("ally deactivated", .deactivated(let parents, let reason)):
            return say("audit.allyDeactivated", ["ally": allyOrGone(id), "count": .number(parents), "because": because(reason)])
        case ("experience added", _):
            return "audit.experienceAdded"
        case ("parent detail opened", .none):
            return say("audit.opened", ["record": owned(id.flatMap { names.parents[$0] }, "audit.file", or: "audit.parentGone")])
        case ("follow-ups re-planned", .none):
            return say("audit.replanned", ["followUps": owned(id.flatMap { names.parents[$0] }, "audit.followUps", or: "audit.parentGone")])
        case ("hearing created", _):
            return say("audit.scheduled", ["what": hearing(id)])
        case ("hearing updated", .fields(let fields)):
            return fields.isEmpty ? say("audit.savedUnchanged", ["record": hearing(id)])
                                  : say("audit.corrected", ["record": hearing(id), "fields": columns(fields)])
        case ("coverage planned", .assigned(let ally, let before, _)):
            return say("audit.coveragePlanned", ["hearing": hearing(id), "ally": self.ally(ally), "was": was(before)])
        case ("coverage planned", .unassigned(let before, _)):
            return say("audit.coverageCleared", ["hearing": hearing(id), "was": was(before)])
        case ("records purged", .text(let counts)):
            return say("audit.purged", ["counts": StoredDetails.counts(counts, "audit.purgeCounts")])
        case ("training recorded", .text(let what)):
            // "supervision 1.5 on 2026-11-20": ids and figures only.
            let parts = what.split(separator: " ").map(String.init)
            guard parts.count == 4, let kind = TrainingKind(rawValue: parts[0]), let day = Day(iso: parts[3]) else { return plain(entry) }
            return say("audit.trainingRecorded", ["ally": id.map(ally) ?? .word("audit.allyGone"), "kind": .word(kind.words),
                                                  "hours": .text(parts[1]), "day": .day(day, .long)])
        case ("court outcome recorded", .text(let status)):
            return say("audit.courtRecorded", ["hearing": hearing(id), "status": word(HearingStatus(rawValue: status)?.words, or: status)])
        case ("case created", .parents(let parents)):
            return say("audit.caseOpened", ["case": dependencyCase(id), "parents": list(parents.map(parent))])
        case ("parent joined case", .parents(let parents)):
            return say("audit.joinedCase", ["parents": list(parents.map(parent)), "case": dependencyCase(id)])
        case ("class scheduled", .none):
            return say("audit.scheduled", ["what": session(id)])
        case ("class scheduled", .parents(let parents)):
            return say("audit.classScheduledInviting", ["session": session(id), "parents": list(parents.map(parent))])
        case ("class invitations", .parents(let parents)):
            return say("audit.invited", ["parents": list(parents.map(parent)), "session": session(id)])
        case ("class attendance", .attendance(let marks, let invited)):
            var parts = marks.map { Phrase($0.came ? "audit.came" : "audit.didNotCome", ["parent": parent($0.parentId)]) }
            if !invited.isEmpty { parts.append(Phrase("audit.invitedAlso", ["parents": list(invited.map(parent))])) }
            return say("audit.attendance", ["session": session(id), "marks": .list(parts, separator: "; ")])
        case ("user added", .text(let role)) where role.hasPrefix("role "):
            return say("audit.userAdded", ["user": user(id), "role": word(UserRole(rawValue: String(role.dropFirst("role ".count)))?.words, or: role)])
        case ("PIN changed", .none):
            return say("audit.pinChanged", ["user": user(id)])
        case ("user deactivated", .none):
            return say("audit.userDeactivated", ["user": user(id)])
        case ("language changed", .text(let code)):
            guard let language = Language(rawValue: code) else { return say("audit.languageDefault", ["user": user(id)]) }
            return say("audit.languageChosen", ["user": user(id), "language": .text(language.ownName)])
        case ("failed sign-in", .none):
            return id == nil ? "audit.signInRefusedUnknown" : say("audit.signInRefused", ["user": user(id)])
        case ("signed in", .none):
            return "audit.signedIn"
        case ("signed in", .text(SecretHash.renewedNote)):
            return "audit.signedInRenewed"
        case ("screen locked", .none):
            return "audit.locked"
        case ("left the kiosk", .none):
            return say("audit.leftKiosk", ["pin": owned(id.flatMap { names.users[$0] }, "audit.pin", or: "audit.userGone")])
        case ("script acting as user", .none):
            return say("audit.actedAs", ["user": user(id)])
        case ("morning review opened", .none):
            return "audit.morningOpened"
        case ("outcomes report opened", .none):
            return "audit.outcomesOpened"
        case ("setting changed", .text(let key)):
            return say("audit.settingChanged", ["key": .text(key)])
        case ("follow-up policy changed", _):
            return "audit.policyChanged"
        case ("dependency timeline changed", _):
            return "audit.timelineChanged"
        case ("hearing-type alias changed", _):
            return "audit.aliasesChanged"
        case ("docket imported", .text(let counts)):
            return say("audit.imported", ["counts": StoredDetails.counts(counts, "audit.importCounts")])
        case ("court events imported", .text(let counts)):
            return say("audit.courtEventsImported", ["counts": StoredDetails.counts(counts, "audit.courtEventCounts")])
        case ("export started", .text(let what)):
            return say("audit.exportStarted", ["what": StoredDetails.table(what)])
        case ("exported", .text(let what)):
            return say("audit.exported", ["what": StoredDetails.tableRows(what)])
        case ("reminders closed as missed", .text(let count)):
            return say("audit.missedClosed", ["count": StoredDetails.counted(count, "audit.followUpCount")])
        case ("backup made", .text(let file)):
            return say("audit.backup", ["file": StoredDetails.backupFile(file)])
        case ("program loaded", .text(let what)):
            return say("audit.programLoaded", ["what": StoredDetails.loaded(what)])
        default:
            if let told = CaseAudit.tell(entry.action, detail: entry.detail, dependencyCase: dependencyCase(id),
                                         columns: columns, because: because) { return told }
            if let report = ReportPrinted(action: entry.action) { return say("audit.reportPrinted", ["report": .phrase(report.words)]) }
            return plain(entry)
        }
    }

    private func say(_ key: W, _ args: [String: Arg]) -> Phrase { Phrase(key, args) }

    private var nothing: Arg { .text("") }

    /// An action this does not know: its words, its record named, its detail as written.
    private func plain(_ entry: AuditEntry) -> Phrase {
        var parts: [Phrase] = [.asIs(entry.action.withoutControlCharacters)]
        if let record = record(entry.entity, entry.entityId) { parts.append(Phrase("audit.unknownRecord", ["record": record])) }
        if let detail = entry.detail, !detail.isEmpty {
            parts.append(Phrase("audit.because", ["reason": .text(detail.withoutControlCharacters)]))
        }
        return Phrase("verbatim", ["text": .list(parts, separator: "")])
    }

    private func record(_ entity: String?, _ id: ID?) -> Arg? {
        guard let entity else { return nil }
        switch entity {
        case "parent": return parent(id)
        case "user": return user(id)
        case "case": return dependencyCase(id)
        case "hearing": return hearing(id)
        case "follow-up": return followUp(id)
        case "class session": return session(id)
        default: return .text((id.map { "\(entity) \($0)" } ?? entity).withoutControlCharacters)
        }
    }

    // MARK: - Names

    private func parent(_ id: ID?) -> Arg { id.flatMap { names.parents[$0] }.map(Arg.text) ?? .word("audit.parentGone") }
    private func ally(_ id: ID) -> Arg { names.allies[id].map(Arg.text) ?? .word("audit.allyGone") }
    private func allyOrGone(_ id: ID?) -> Arg { id.map(ally) ?? .word("audit.allyGone") }
    private func user(_ id: ID?) -> Arg { id.flatMap { names.users[$0] }.map(Arg.text) ?? .word("audit.userGone") }

    /// "case 26-7-00012-3".
    private func dependencyCase(_ id: ID?) -> Arg {
        id.flatMap { names.cases[$0] }.map { .phrase(Phrase("audit.case", ["number": .text($0)])) } ?? .word("audit.caseGone")
    }

    /// "the 72-hour shelter care hearing of 2026-11-23, case 26-7-00012-3".
    private func hearing(_ id: ID?) -> Arg {
        guard let hearing = id.flatMap({ names.hearings[$0] }) else { return .word("audit.hearingGone") }
        return .phrase(Phrase("audit.hearing", ["type": .phrase(HearingType.words(code: hearing.code, name: hearing.type)),
                                                "date": .text(hearing.date), "case": dependencyCase(hearing.caseId)]))
    }

    /// "check-in".
    private func kind(_ followUp: ID) -> Arg {
        names.followUps[followUp].map { .phrase(FollowUpKind.words($0.kind)) } ?? .word("audit.kindGone")
    }

    /// "María Núñez's check-in".
    private func followUp(_ id: ID?) -> Arg {
        guard let followUp = id.flatMap({ names.followUps[$0] }) else { return .word("audit.followUpGone") }
        let kind = Arg.phrase(FollowUpKind.words(followUp.kind))
        guard let name = names.parents[followUp.parentId] else {
            return .phrase(Phrase("audit.followUpOfGone", ["kind": kind, "missing": .word("audit.parentGone")]))
        }
        return .phrase(Phrase("audit.followUp", ["kind": kind, "name": .text(name)]))
    }

    /// "María Núñez's file" (`thing`), or "the file of a parent no longer on file" (`thing.ofGone`).
    private func owned(_ name: String?, _ thing: String, or missing: W) -> Arg {
        guard let name else { return .phrase(Phrase(W(thing + ".ofGone"), ["missing": .word(missing)])) }
        return .phrase(Phrase(W(thing), ["name": .text(name)]))
    }

    /// "Dependency 101 on 2026-12-03".
    private func session(_ id: ID?) -> Arg {
        guard let session = id.flatMap({ names.classes[$0] }) else { return .word("audit.classGone") }
        let course = Course.words(code: session.code, name: session.course)
        return .phrase(Phrase("audit.session", ["course": .phrase(course), "date": .text(session.date)]))
    }

    private func was(_ before: AuditDetail.Before) -> Arg {
        switch before {
        case .unknown: return nothing
        case .nobody: return .word("audit.wasNobody")
        case .ally(let id): return .phrase(Phrase("audit.was", ["ally": ally(id)]))
        }
    }

    private func because(_ reason: String?) -> Arg { reason.map { .phrase(Phrase("audit.because", ["reason": .text($0)])) } ?? nothing }

    /// A stored code in words ("held", "supervisor"); a code the program does not know, as written.
    private func word(_ key: W?, or text: String) -> Arg { key.map(Arg.word) ?? .text(text) }

    /// The columns an update changed, in words where the catalogue has them ("phone"), else as
    /// stored.
    private func columns(_ fields: [String]) -> Arg {
        list(fields.map { column in
            let key = W("audit.column.\(column)")
            return Catalogue.has(key) ? .word(key) : .text(column)
        })
    }

    /// At most five, then how many more.
    private func list(_ items: [Arg]) -> Arg {
        let phrases = items.map { Phrase("verbatim", ["text": $0]) }
        guard phrases.count > 5 else { return .list(phrases, separator: ", ") }
        return .phrase(Phrase("audit.andMore", ["items": .list(Array(phrases.prefix(5)), separator: ", "),
                                                "count": .number(phrases.count - 5)]))
    }
}
