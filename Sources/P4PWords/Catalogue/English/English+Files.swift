/// Files the store reads and writes: the court calendar import and its summary, backups,
/// restores, and what the operating system said.
extension EnglishCatalogue {
    static let files: [W: String] = [
        "importReport.file": "{file}: {rows}.",
        "importReport.fileDay": "{file}: {rows}, {day}.",
        "importReport.fileDays": "{file}: {rows}, {from} to {to}.",
        "importReport.added": "Added: {cases}, {parents}, {hearings}.",
        "importReport.updated": "Updated: {hearings}.",
        "importReport.updatedMoved": "Updated: {hearings} ({moved} moved to another day).",
        "importReport.leftAlone": "Left alone, already on file: {hearings}, {parents}.",
        "importReport.notParents": "Not parents, skipped: {rows} ({roles}).",
        "importReport.roleCount": "{role} {count}",
        "importReport.unrecognised": "Party role not recognised, skipped (check these): {lines}.",
        "importReport.duplicates": "Duplicates, imported once: {list}.",
        "importReport.duplicate": "line {line} (same as line {sameAs})",
        "importReport.unknownTypes": "Unknown hearing types, imported as Other: {list}.",
        "importReport.unknownType": "\"{text}\" ({lines})",
        "importReport.teachAlias": "  Teach one with `p4p import alias \"TEXT\" CODE`; `p4p import aliases` lists those known.",
        "importReport.rejected": "Rejected: {rows}, not imported:",
        "importReport.rejectedLine": "  line {line}: {reasons}",
        "importReport.dryRun": "Dry run: nothing was written.",
        "importReport.saved": "Saved in one transaction; follow-ups re-planned for {cases}.",
        "importReport.nothingNew": "Nothing new: nothing was written.",
        "importReport.row.one": "{count} row", "importReport.row.other": "{count} rows",
        "importReport.case.one": "{count} case", "importReport.case.other": "{count} cases",
        "importReport.parent.one": "{count} parent", "importReport.parent.other": "{count} parents",
        "importReport.hearing.one": "{count} hearing", "importReport.hearing.other": "{count} hearings",
        "importReport.lines.one": "line {list}", "importReport.lines.other": "lines {list}",

        "importReject.missing": "missing {column}",
        "importReject.bad": "bad {column}",
        "importReject.badShown": "bad {column} \"{text}\"",
        "importReject.tooLong": "{column} longer than {limit} characters",
        "importReject.runsOn": "{columns} runs on to line {line} ({why}?)",
        "importReject.unclosedQuote": "a quote is not closed",
        "importReject.textAfterQuote": "text after a closing quote (a quoted field must end at a comma)",

        "importFile.notText": "is not UTF-8 text; export the calendar as CSV (UTF-8)",
        "importFile.empty": "is empty; there is no header row",
        "importFile.missingColumns": "is not a court calendar: no column for {names} (a calendar's header row names {all})",
        "importFile.malformedHeader": "cannot be read: line {line}, the header row: {reason}",

        "calendarColumn.date": "date", "calendarColumn.time": "time", "calendarColumn.courtroom": "courtroom",
        "calendarColumn.caseNumber": "case number", "calendarColumn.hearingType": "hearing type",
        "calendarColumn.partyName": "party name", "calendarColumn.partyRole": "party role",
        "calendarColumn.judicialOfficer": "judicial officer", "calendarColumn.interpreter": "interpreter",

        "partyKind.GAL": "GAL", "partyKind.CASA": "CASA", "partyKind.attorney": "attorney",
        "partyKind.social worker": "social worker", "partyKind.child": "child", "partyKind.caregiver": "caregiver",
        "partyKind.tribe": "tribe", "partyKind.interpreter": "interpreter",

        "auditChain.intact.one": "The audit log is intact: {count} entry, each linked to the one before.",
        "auditChain.intact.other": "The audit log is intact: {count} entries, each linked to the one before.",
        "auditChain.broken": "The audit log is broken at entry {id} (written {at}): its hash ({stored}) is not the one its "
            + "contents and the entry before it give ({expected}). That entry, or one before it, was changed, removed or "
            + "inserted outside P4P Desk; the entries before it link up. Compare with a backup to see what was there.",

        "file.runAsOwner": "permission denied; run p4p as the file's owner",
        "file.auditUnprotected": "its audit log is no longer protected (a safeguard is missing or changed), so its history "
            + "may have been rewritten; restore a backup. Nothing was changed",
        "file.folderNotMade": "its folder {folder} cannot be made",
        "file.folderNotMadeReadOnly": "its folder {folder} cannot be made, as {existing} is read-only",
        "file.notABackup": "it is not a P4P Desk backup",
        "file.notOpenable": "it is not a P4P Desk database this version can open; nothing was written",
        "file.cannotCreateHere": "cannot create the file here ({reason})",
        "file.nothingWritten": "{reason}; nothing was written",
        "file.copyUnreadable": "the copy to encrypt cannot be read",
        "file.backupNotWritten": "the backup could not be written ({reason})",

        "system.permissionDenied": "permission denied",
        "system.diskFull": "no space left on the disk",
        "system.readOnly": "the disk is read-only",
        "system.noSuchFolder": "no such file or folder",
        "system.exists": "something is already there",

        "sealed.wrongPassphrase": "the passphrase does not open it (or its header was changed)",
        "sealed.damaged": "it was changed, damaged or cut short since it was made",
        "sealed.cutShort": "it is cut short: its end is missing",
        "sealed.newerVersion": "it was made by a newer P4P Desk",
        "sealed.badHeader": "its header is damaged",

        // A record a whole-program load names when the database refuses it.
        "load.record": "{kind} {id}",
        "load.recordAt": "{kind} at position {position}",
        "load.parentOnCase": "Parent {parent} on case {case}",
        "load.parentAtHearing": "Parent {parent} at hearing {hearing}",
        "load.parentInClass": "Parent {parent} in class {session}",
        "load.kind.ally": "Ally", "load.kind.case": "Case", "load.kind.parent": "Parent", "load.kind.child": "Child", "load.kind.childMove": "Child's move",
        "load.kind.hearing": "Hearing", "load.kind.contact": "Contact", "load.kind.referral": "Referral",
        "load.kind.followUp": "Follow-up", "load.kind.classSession": "Class", "load.kind.auditEntry": "Audit entry",
    ]
}
