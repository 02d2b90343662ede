/// The domain API every store offers: SQLite here, a PostgreSQL server later. Callers speak in
/// days, parents and hearings; no SQL crosses this line.
public protocol DeskStore: AnyObject, Sendable {
    /// A short description of where the data lives, for the status line ("p4p.sqlite").
    var location: String { get }

    /// Today's hearing docket: by time, then courtroom. `matching` filters on name, case number,
    /// courtroom, type or ally, ignoring case.
    func docket(on day: Day, matching: String?, page: PageRequest) throws -> ListPage<DocketEntry>

    /// Open parents with no Parent Ally: next hearing soonest, then longest waiting.
    func unassignedParents(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<UnassignedParent>

    /// Follow-ups not done by `day`: most overdue first, then those due that day.
    func overdueFollowUps(asOf day: Day, matching: String?, page: PageRequest) throws -> ListPage<OverdueFollowUp>

    /// Open parents per ally, with each ally's limit.
    func caseloads() throws -> [Caseload]

    func parentDetail(id: ID) throws -> ParentDetail?

    /// Changes whenever another connection or process commits; cheap enough to poll every second.
    func changeToken() throws -> Int
}
