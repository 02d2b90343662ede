
extension ProgramStore {
    /// The program report for a period, read in one transaction; supervisors and admins only.
    public func programReport(_ period: ReportPeriod) throws -> ProgramReport {
        try engine.read { db in
            try authorize(.readReports, db)
            typealias Q = ProgramFigureSQL
            let contacts = try Q.contacts(db, period)
            return ProgramReport(
                period: period,
                parentsServed: try Q.parentsServed(db, period),
                reachedAtFirstHearing: try Q.reachedAtFirstHearing(db, period),
                dependency101: try Q.dependency101(db, period),
                dependency101AmongFirstMet: try Q.dependency101AmongFirstMet(db, period),
                contactsByMode: contacts.byMode,
                contactsReached: contacts.reached,
                referralsByKind: try Q.referralsByKind(db, period),
                hearingsCovered: try Q.hearingsCovered(db, period),
                casesClosedByOutcome: try Q.casesClosedByOutcome(db, period),
                reunifiedWithin12Months: try Q.reunifiedWithin12Months(db, period),
                daysToPermanency: try Q.daysToPermanency(db, period),
                reentryWithin12Months: try Q.reentryWithin12Months(db, period))
        }
    }
}
