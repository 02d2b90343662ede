/// The English catalogue: every area's words.
enum EnglishCatalogue {
    static let areas: [[W: String]] = [general, store, fields, codes, forms, screens, reports, languageNames, audit, auditCounts, commands, files, keys, panes, pages, courtRecord, outcomes, outcomesReport, courtEvents, coverage, allies, timeline, server]

    static let general: [W: String] = [
        "verbatim": "{text}",
        "choice.yes": "yes",
        "choice.no": "no",
        "time.minutes": "{count} minutes",
        "time.seconds": "{count} seconds",
    ]

    /// The program's stored codes, in words.
    static let codes: [W: String] = [
        "engagement.met": "met", "engagement.declined": "declined", "engagement.notPresent": "not present",
        "engagement.notApproached": "not approached",
        "hearingStatus.scheduled": "scheduled", "hearingStatus.held": "held", "hearingStatus.continued": "continued",
        "hearingStatus.cancelled": "cancelled",
        "contactMode.court": "in person at court", "contactMode.phone": "phone", "contactMode.text": "text",
        "contactMode.video": "video", "contactMode.meeting": "meeting", "contactMode.homeVisit": "home visit",
        "role.mother": "mother", "role.father": "father", "role.guardian": "guardian",
        "parentStatus.open": "open", "parentStatus.closed": "closed",
        "userRole.ally": "ally", "userRole.supervisor": "supervisor", "userRole.admin": "admin",
        "caseOutcome.reunified": "reunified", "caseOutcome.adoption": "adoption", "caseOutcome.guardianship": "guardianship",
        "caseOutcome.dismissed": "dismissed", "caseOutcome.other": "other",
        "placement.home": "at home", "placement.relative": "relative", "placement.foster": "foster care",
        "placement.group": "group care", "placement.other": "other",
        "followUpKind.firstCall": "first call", "followUpKind.hearingReminder": "hearing reminder",
        "followUpKind.checkIn": "check-in", "followUpKind.classInvitation": "Dependency 101 invitation",
        "referral.treatment": "treatment", "referral.housing": "housing", "referral.visitation": "visitation",
        "referral.parenting_class": "parenting class", "referral.legal_aid": "legal aid",
        "referral.domestic_violence_services": "domestic violence services",
        "hearingType.shelter-72": "72-hour shelter care", "hearingType.shelter-30": "30-day shelter care review",
        "hearingType.fact-finding": "Fact-finding", "hearingType.disposition": "Disposition",
        "hearingType.review": "Dependency review", "hearingType.permanency": "Permanency planning",
        "hearingType.termination": "Termination (TPR)", "hearingType.other": "Other",
        "hearingTypeShort.shelter-72": "Shelter 72h", "hearingTypeShort.shelter-30": "Shelter 30d",
        "hearingTypeShort.fact-finding": "Fact-find", "hearingTypeShort.disposition": "Disposition",
        "hearingTypeShort.review": "Review", "hearingTypeShort.permanency": "Permanency",
        "hearingTypeShort.termination": "Termination", "hearingTypeShort.other": "Other",
        "newKind.case": "case: parents and first hearing", "newKind.hearing": "hearing on this case",
        "newKind.parent": "parent joining this case", "newKind.dependency101": "Dependency 101 or another class",
        "pane.docket": "Docket", "pane.unassigned": "Unassigned", "pane.overdue": "Overdue",
        "fit.caseload": "{open}/{limit}",
    ]
}
