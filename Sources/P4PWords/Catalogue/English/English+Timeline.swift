/// The court's deadlines: the dependency timeline, each case's next requirement.
extension EnglishCatalogue {
    static let timeline: [W: String] = [
        "deadline.shelterCare": "Shelter care hearing", "deadline.shelterCareReview": "Shelter care review",
        "deadline.factFinding": "Fact-finding", "deadline.disposition": "Disposition",
        "deadline.review": "Review hearing", "deadline.permanency": "Permanency planning",
        "deadline.termination": "Termination petition",
        "deadlineShort.shelterCare": "Shelter", "deadlineShort.shelterCareReview": "Shelt 30d",
        "deadlineShort.factFinding": "Fact-find", "deadlineShort.disposition": "Dispo",
        "deadlineShort.review": "Review", "deadlineShort.permanency": "Perm", "deadlineShort.termination": "TPR",
        "deadline.dueBy": "{what} due by {day}",
        "deadline.setFor": "{what} due by {day} · set for {hearing}",
        "deadline.setLate": "{what} due by {day} · set late, {hearing}",
        "deadline.noneScheduled": "{what} due by {day}, none scheduled",
        "deadline.monthsInCare": "{months} of {window} months in care {day}",
        "deadline.short": "{what} {day}",
        "followUpKind.deadlineCheckIn": "check-in before a court deadline",
        "invalid.savedTimelineUnreadable": "the saved dependency timeline cannot be read",
        "cli.timelineSaved": "Saved the dependency timeline from {file} to {path}; open follow-ups were re-planned from {day}.",
        "morning.deadlinesAtRisk": "Deadlines not scheduled in time",
        "morning.count.deadlinesAtRisk": "Cases whose next required hearing is not scheduled in time",
        "morning.noDeadlinesAtRisk": "Every case's next required hearing is scheduled in time.",
        "morning.nearTermination": "Near 15 of 22 months",
        "morning.count.nearTermination": "Cases near the termination point (15 of the last 22 months in care)",
        "morning.noNearTermination": "No case is near 15 of 22 months in care.",
        "docket.due": "Due",
    ]
}
