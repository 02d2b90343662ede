/// The outcomes report (the statute's evaluation figures) and its groups.
extension EnglishCatalogue {
    static let outcomesReport: [W: String] = [
        "report.outcomes.title": "Outcomes: the program's evaluation figures",
        "outcomes.subtitle.county": "{period}, {county} County",
        "outcomes.suppressed": "< 11",
        "outcomes.group.served": "Served",
        "outcomes.group.neverServed": "Never served (none)",
        "outcomes.group.dependency101Attended": "Dependency 101 attended",
        "outcomes.group.dependency101NotAttended": "Dependency 101 offered, not attended",
        "outcomes.group.mentored": "Mentored",
        "outcomes.group.fullModel": "Full model",
        "outcomes.part.groups": "Parents in each group",
        "outcomes.part.attendance": "Court attendance at held hearings",
        "outcomes.part.services": "Compliance with services at review hearings",
        "outcomes.part.visitation": "Compliance with visitation at review hearings",
        "outcomes.part.reunifiedChildren": "Children reunified within 12 months of removal",
        "outcomes.part.reunifiedCases": "Cases reunified within 12 months of removal",
        "outcomes.part.daysToPermanency": "Days from removal to permanency (children)",
        "outcomes.part.reentry": "Children re-entering care within 12 months of coming home",
        "outcomes.part.unrecorded": "Left out of the rates",
        "outcomes.unrecordedHearings": "parents' places at past hearings still scheduled",
        "outcomes.childrenWithoutRemoval": "children with no removal date",
        "column.group": "group", "column.medianDays": "median days",
        "audit.report.outcomes": "the outcomes report from {from} to {to}",
    ]
}
