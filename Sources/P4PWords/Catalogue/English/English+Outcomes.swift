/// What happens to a family: a case's outcome, its children and their placement moves.
extension EnglishCatalogue {
    static let outcomes: [W: String] = [
        "childMove.removed": "removed", "childMove.placedWithRelative": "placed with relative",
        "childMove.fosterCare": "foster care", "childMove.otherPlacement": "other placement",
        "childMove.trialReturnHome": "trial return home", "childMove.returnedHome": "returned home",
        "childMove.adopted": "adopted", "childMove.guardianship": "guardianship", "childMove.agedOut": "aged out",
        "childMoveSource.program": "program", "childMoveSource.court": "court",

        "field.caseOutcome": "Outcome", "field.outcomeDate": "Outcome date",
        "field.despiteMoves": "Despite the children's moves", "field.childName": "Child (first name or initials)",
        "field.birthYear": "Birth year", "field.child": "Child", "field.childMove": "Move", "field.moveDate": "Date",

        "stale.caseGone": "This case is no longer on file",
        "stale.childGone": "This child is no longer on file",
        "stale.caseOutcome": "{who} recorded this case's outcome{when}",
        "stale.caseChanged": "{who} changed this case{when}",
        "stale.childMoves": "{who} changed this child's moves{when}",
        "stale.childChanged": "{who} changed this child's record{when}",

        "refusal.allyOwnCasesOnly": "A Parent Ally changes only the cases of their own parents; ask a supervisor",
        "notFound.child": "That child", "notFound.childMove": "That move",

        "invalid.sayWhyDateChanged": "Say why a date already recorded changes",
        "invalid.sayWhyOutcomeChanged": "Say why an outcome already recorded changes",
        "invalid.outcomeNeedsDay": "Give the day of the outcome",
        "invalid.outcomeBeforeRemoval": "The outcome cannot come before the removal",
        "invalid.outcomeNotInMoves": "The children's last moves do not show this outcome; confirm \"despite the children's moves\" to save it",
        "invalid.movesSuggest": "The children's last moves say {outcome} on {day}; confirm \"despite the children's moves\" to save another",
        "invalid.moveAlreadyRecorded": "This move is already recorded on that day",
        "invalid.birthYear": "A year from {from} to {to}",

        "audit.caseCorrected": "corrected {case} ({fields}){because}",
        "audit.caseOutcome": "recorded the outcome of {case}: {outcome} on {day}{because}",
        "audit.caseOutcomeDespite": "recorded the outcome of {case}: {outcome} on {day}, despite the children's moves{because}",
        "audit.caseOutcomeCleared": "cleared the outcome of {case}{because}",
        "audit.childAdded": "added a child to {case}",
        "audit.childSavedUnchanged": "saved a child of {case} unchanged",
        "audit.childCorrected": "corrected a child of {case} ({fields})",
        "audit.moveRecorded": "recorded a move of a child of {case}: {move} on {day}",
        "audit.moveRemoved": "took out a move of a child of {case}: {move} on {day}",
        "audit.column.petition_date": "petition date", "audit.column.removal_date": "removal date",
        "audit.column.birth_year": "birth year",
    ]
}
