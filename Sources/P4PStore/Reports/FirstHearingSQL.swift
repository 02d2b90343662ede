/// A parent's first hearing in a case, as SQL: no other hearing on the case was held for them
/// before it (since they joined the case). A continued or cancelled hearing was not held, so
/// the hearing after it is still the first. Ties on day and time go to the lower id, so each
/// parent has one first hearing per case.
enum FirstHearingSQL {
    /// True when hearing `h` comes before any other held hearing of case link `cp`.
    static let isFirst = """
        NOT EXISTS (
            SELECT 1 FROM hearings e
            WHERE e.case_id = h.case_id AND e.status = 'held' AND e.id <> h.id
              AND (cp.joined_on IS NULL OR e.date >= cp.joined_on)
              AND (e.date < h.date
                   OR (e.date = h.date AND (COALESCE(e.time, '') < COALESCE(h.time, '')
                        OR (COALESCE(e.time, '') = COALESCE(h.time, '') AND e.id < h.id))))
        )
        """

    /// Case link `cp` is to `h`'s case, and the parent had joined it by `h`'s day.
    static let onTheCaseByThen = "cp.case_id = h.case_id AND (cp.joined_on IS NULL OR cp.joined_on <= h.date)"

    /// Joins the parents who were on `h`'s case by its day, as `cp`.
    static let parentsOnTheCase = "JOIN case_parents cp ON \(onTheCaseByThen)"
}
