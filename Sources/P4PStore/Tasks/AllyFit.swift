
/// How well an ally suits a parent: the reasons shown in the assign picker ("Spanish · King ·
/// recovery · 7/12") and a score to rank by.
public struct AllyFit: Equatable, Sendable {
    public var ally: Ally
    public var openCaseload: Int
    public var score: Int
    /// Why, in words from the catalogues: the parent's language and county when the ally has
    /// them, the lived experience they share, and the caseload against the limit.
    public var reasons: [Phrase]
    public var hasRoom: Bool { openCaseload < ally.caseloadLimit }
}

/// The assign picker's order, one rule for every store. Best first: an ally with room under
/// their limit before any without; then speaking the parent's language (first of all: a parent
/// who cannot talk with their ally is not supported), then serving their county, then the
/// number of circumstances the ally has lived through; then the most room left; then by name.
/// The weights keep that order whatever the counts below them add up to.
public enum AllyMatching {
    static let languageWeight = 10_000, countyWeight = 100, experienceWeight = 1

    /// `circumstances` are the parent's, empty when the reader may not see them (then nothing
    /// about them shows in the reasons either).
    public static func rank(parent: Parent, circumstances: [String], experiences: [Experience],
                            allies: [(ally: Ally, openParents: Int)]) -> [AllyFit] {
        let fits = allies.filter(\.ally.active).map { entry -> AllyFit in
            let ally = entry.ally
            var score = 0
            var reasons: [Phrase] = []
            if ally.languages.contains(where: { same($0, parent.language) }) {
                score += languageWeight; reasons.append(.languageName(parent.language))
            }
            if let county = parent.county, ally.counties.contains(where: { same($0, county) }) {
                score += countyWeight; reasons.append(.asIs(county))
            }
            for code in circumstances.prefix(countyWeight - 1) where ally.livedExperience.contains(code) {
                score += experienceWeight
                reasons.append(experiences.first { $0.code == code }?.words ?? Experience(code: code).words)
            }
            reasons.append(Phrase("fit.caseload", ["open": .number(entry.openParents), "limit": .number(ally.caseloadLimit)]))
            return AllyFit(ally: ally, openCaseload: entry.openParents, score: score, reasons: reasons)
        }
        return fits.sorted { a, b in
            if a.hasRoom != b.hasRoom { return a.hasRoom }
            if a.score != b.score { return a.score > b.score }
            let roomA = a.ally.caseloadLimit - a.openCaseload, roomB = b.ally.caseloadLimit - b.openCaseload
            if roomA != roomB { return roomA > roomB }
            return a.ally.name < b.ally.name
        }
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(b.trimmingCharacters(in: .whitespaces)) == .orderedSame
    }
}

extension ProgramStore {
    public func allyFit(for parentId: ID) throws -> [AllyFit] {
        try engine.read { db in
            guard let parent = try Parent.fetchOne(db, key: parentId) else { throw StoreError.notFound("notFound.parent") }
            let maySee = (try? authorize(.seeCircumstances(parentId: parentId), db)) != nil
            let allies = try SQLRow.fetchAll(db, sql: """
                SELECT a.*, (SELECT count(*) FROM parents p WHERE p.ally_id = a.id AND p.status = 'open') AS open_parents
                FROM allies a WHERE a.active = 1
                """).map { (ally: try Ally(row: $0), openParents: $0["open_parents"] as Int) }
            return AllyMatching.rank(parent: parent,
                                     circumstances: maySee ? try Self.circumstances(ofParent: parentId, db) : [],
                                     experiences: try Self.experiences(db), allies: allies)
        }
    }
}
