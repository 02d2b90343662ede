/// The court's case events: `p4p import outcomes`, its columns, rejects, summary and audit entry.
extension EnglishCatalogue {
    static let courtEvents: [W: String] = [
        "courtEventColumn.caseNumber": "case number", "courtEventColumn.child": "child",
        "courtEventColumn.event": "event", "courtEventColumn.placement": "placement", "courtEventColumn.date": "date",
        "courtEvents.unknownEvent": "{column} is not one the import knows (removal, placement change, trial return home, returned home, adoption, guardianship, dismissal)",
        "courtEvents.unknownPlacement": "a placement change needs its {column}: relative, foster care or other",
        "courtEvents.afterToday": "{column} is after today",
        "courtEvents.runsOn": "the case number or child runs onto the next line ({why})",
        "courtEvents.added": "Added: {cases}, {children}, {moves}.",
        "courtEvents.filled": "Removal dates filled: {removals}; cases dismissed: {dismissed}.",
        "courtEvents.leftAlone": "Already on file, left alone: {moves}; dismissals of cases with an outcome: {outcomes}.",
        "courtEvents.saved": "Saved in one transaction.",
        "courtEvents.child.one": "{count} child", "courtEvents.child.other": "{count} children",
        "courtEvents.move.one": "{count} move", "courtEvents.move.other": "{count} moves",
        "audit.courtEventsImported": "imported the court's case events ({counts})",
        "audit.courtEventCounts": "rows {rows}; added cases {cases}, children {children}, moves {moves}; "
            + "removal dates {removals}; dismissed {dismissed}; unchanged moves {unchanged}; rejected {rejected}",
    ]
}
