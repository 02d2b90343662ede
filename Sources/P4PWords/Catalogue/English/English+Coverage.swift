/// Planned coverage of hearings, allies' training and supervision, and how long records are kept.
extension EnglishCatalogue {
    static let coverage: [W: String] = [
        // Who covers a coming hearing.
        "action.planCoverage": "Cover",
        "action.planCoverage.help": "Docket: plan which Parent Ally covers the selected hearing",
        "coverage.field": "Covers",
        "form.title.coverage": "Who covers: {day} {time} {room} {type}",
        "hint.selectHearingToCover": "Select a hearing on the docket (1) to plan who covers it",
        "saved.coveragePlanned": "Coverage planned",
        "saved.coverageCleared": "Nobody is planned to cover this hearing now",
        "stale.coveragePlanned": "{who} planned who covers this hearing{when}",
        "audit.coveragePlanned": "planned {ally} to cover {hearing}{was}",
        "audit.coverageCleared": "planned nobody to cover {hearing}{was}",
        "refusal.onlySupervisorPlansCoverage": "Only a supervisor plans who covers a hearing",
        "invalid.coverageForComingHearings": "Coverage is planned for today's and coming hearings only",
        // An ally's training and supervision.
        "training.kind.training": "training",
        "training.kind.supervision": "supervision",
        "training.kind.other": "other",
        "field.trainingDate": "Date",
        "field.trainingKind": "Kind",
        "field.trainingHours": "Hours",
        "notFound.activeAlly": "An active Parent Ally of that name",
        "invalid.allyNameTwice": "Two active Parent Allies have that name; correct one of them first",
        "invalid.trainingInFuture": "Training cannot be recorded for a day still to come",
        "invalid.trainingHours": "between {low} and {high} hours",
        "audit.trainingRecorded": "recorded {hours} hours of {kind} on {day} for {ally}",
        "cli.trainingAdded": "Recorded {hours} hours of {kind} on {day}.",
        "cli.setting.training.required-hours": "hours of training and supervision each active Parent Ally needs in a calendar year; 0: none (a number)",
        "morning.trainingShort": "Parent Allies below their required training hours this year",
        "morning.noneShortOfTraining": "Every active Parent Ally has the hours required",
        "morning.trainingHours": "{hours} of {required} hours",
        "column.trainingHours": "hours this year",
        "column.requiredHours": "hours required",
    ]
}
