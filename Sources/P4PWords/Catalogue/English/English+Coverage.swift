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
    ]
}
