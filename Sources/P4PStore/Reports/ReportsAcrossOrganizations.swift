/// A report across several organizations (a state office's), added up from each one's: the
/// same SQL counts each organization's records apart, and the counts, denominators and day
/// lists are added here, so a rate across the state is its counts' rate, never an average of
/// rates, and a median is taken again from every case's days.
extension ProgramReport {
    public static func combined(_ reports: [ProgramReport]) -> ProgramReport? {
        guard var sum = reports.first else { return nil }
        for report in reports.dropFirst() {
            sum.parentsServed += report.parentsServed
            sum.reachedAtFirstHearing = sum.reachedAtFirstHearing + report.reachedAtFirstHearing
            sum.dependency101 = sum.dependency101 + report.dependency101
            sum.dependency101AmongFirstMet = sum.dependency101AmongFirstMet + report.dependency101AmongFirstMet
            sum.contactsByMode = sum.contactsByMode.adding(report.contactsByMode)
            sum.contactsReached = sum.contactsReached + report.contactsReached
            sum.referralsByKind = sum.referralsByKind.adding(report.referralsByKind)
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
            sum.hearingsCovered = sum.hearingsCovered + report.hearingsCovered
            sum.casesClosedByOutcome = sum.casesClosedByOutcome.adding(report.casesClosedByOutcome)
            sum.reunifiedWithin12Months = sum.reunifiedWithin12Months + report.reunifiedWithin12Months
            sum.daysToPermanency = MedianDays(days: sum.daysToPermanency.days + report.daysToPermanency.days)
            sum.reentryWithin12Months = sum.reentryWithin12Months + report.reentryWithin12Months
        }
        return sum
    }
}

extension OutcomesReport {
    public static func combined(_ reports: [OutcomesReport]) -> OutcomesReport? {
        guard var sum = reports.first else { return nil }
        for report in reports.dropFirst() {
            sum.unrecordedHearings += report.unrecordedHearings
            sum.childrenWithoutRemoval += report.childrenWithoutRemoval
            for (at, group) in sum.groups.enumerated() {
                guard let other = report.groups.first(where: { $0.group == group.group }) else { continue }
                sum.groups[at].parents += other.parents
                sum.groups[at].attendance = group.attendance + other.attendance
                sum.groups[at].services = group.services + other.services
                sum.groups[at].visitation = group.visitation + other.visitation
                sum.groups[at].reunifiedChildren = group.reunifiedChildren + other.reunifiedChildren
                sum.groups[at].reunifiedCases = group.reunifiedCases + other.reunifiedCases
                sum.groups[at].daysToPermanency = (group.daysToPermanency + other.daysToPermanency).sorted()
                sum.groups[at].reentry = group.reentry + other.reentry
            }
        }
        return sum
    }
}
