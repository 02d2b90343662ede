/// A column a list's filter looks in, and the same value on a row already read: one list for
/// the query's SQL and for narrowing rows in memory as more is typed (`ListPage.narrowed`).
public struct SearchedField<Row>: Sendable {
    let column: String
    let value: @Sendable (Row) -> String?
}

extension SearchPattern {
    /// SQL that is true when any of `fields` contains the pattern bound as `:p`.
    static func containsAny<Row>(_ fields: [SearchedField<Row>]) -> String {
        "(" + fields.map { contains($0.column) }.joined(separator: " OR ") + ")"
    }
}

extension ListPage {
    /// The rows a longer filter keeps, in the same order, found among these without asking the
    /// database: when this page holds every row `earlier` found (or, unfiltered, the whole
    /// list), `filter` narrows it ("cor" after "co"), and the page wanted starts at the top.
    /// Nil when the database must be asked.
    public func narrowed(from earlier: String?, to filter: String?, page: PageRequest,
                         by fields: [SearchedField<Row>]) -> ListPage? {
        guard offset == 0, rows.count == total, page.offset == 0, let pattern = SearchPattern(filter) else { return nil }
        if let before = SearchPattern(earlier), !pattern.narrows(before) { return nil }
        let kept = rows.filter { row in fields.contains { pattern.matches($0.value(row)) } }
        return ListPage(total: kept.count, offset: 0, rows: Array(kept.prefix(page.limit)))
    }
}
