import GRDB

/// How well an ally suits a parent, best first: same language, same county, room under the
/// ally's own caseload limit. An ally at or over the limit ranks below every ally with room.
public struct AllyFit: Sendable {
    public var ally: Ally
    public var openCaseload: Int
    public var score: Int
    /// Why, for the picker: "speaks Spanish", "King County", "4 of 12".
    public var reasons: [Phrase]
    public var hasRoom: Bool { openCaseload < ally.caseloadLimit }
}

extension SQLiteStore {
    public func allyFit(for parentId: ID) throws -> [AllyFit] {
        try pool.read { db in
            guard let parent = try Parent.fetchOne(db, key: parentId) else { throw StoreError.notFound("notFound.parent") }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, (SELECT count(*) FROM parents p WHERE p.ally_id = a.id AND p.status = 'open') AS open_parents
                FROM allies a WHERE a.active = 1
                """)
            let fits = try rows.map { row -> AllyFit in
                let ally = try Ally(row: row)
                let open: Int = row["open_parents"]
                var score = 0
                var reasons: [Phrase] = []
                if ally.languages.contains(where: { $0.caseInsensitiveCompare(parent.language) == .orderedSame }) {
                    score += 4; reasons.append(Phrase("fit.speaks", ["language": .text(parent.language)]))
                }
                if let county = parent.county, ally.county == county { score += 2; reasons.append(Phrase("fit.county", ["county": .text(county)])) }
                reasons.append(Phrase("fit.caseload", ["open": .number(open), "limit": .number(ally.caseloadLimit)]))
                return AllyFit(ally: ally, openCaseload: open, score: score, reasons: reasons)
            }
            return fits.sorted { a, b in
                if a.hasRoom != b.hasRoom { return a.hasRoom }
                if a.score != b.score { return a.score > b.score }
                if a.openCaseload != b.openCaseload { return a.openCaseload < b.openCaseload }
                return a.ally.name < b.ally.name
            }
        }
    }
}
