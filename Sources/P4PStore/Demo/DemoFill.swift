import GRDB

extension DemoWorld {
    /// The whole program, stage by stage; each stage draws from its own random stream.
    static func generate(_ options: DemoOptions) -> DemoWorld {
        var w = DemoWorld(options: options)
        w.buildAllies()
        w.buildCases()
        w.fillTodaysDocket()
        w.planCoverage()
        w.enrollParents()
        w.assignCoveringAllies()
        w.recordEngagement()
        w.buildFollowUps()
        w.buildClasses()
        return w
    }
}

extension SQLiteStore {
    /// Fills an empty database (just created with SQLiteStore.create) with a realistic, repeatable program.
    @discardableResult
    public func fillWithDemoData(_ options: DemoOptions) throws -> DemoSummary {
        let detail = "scale \(options.scale.rawValue), seed \(options.seed), today \(options.today.iso)"
        return try write(action: "demo data generated", detail: detail) { db in
            // Invented parents must never mix with real ones.
            let rows = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM allies) + (SELECT count(*) FROM parents) + (SELECT count(*) FROM cases)
                """) ?? 0
            guard rows == 0 else {
                throw StoreError.invalid(field: .program, reason: "invalid.programNotEmpty")
            }
            var typeIds: [String: ID] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT code, id FROM hearing_types") { typeIds[row["code"]] = row["id"] }
            try DemoWriter(db: db, typeIds: typeIds).write(DemoWorld.generate(options))
            return try DemoSummary.count(db, today: options.today)
        }
    }
}

extension DemoSummary {
    /// Counted from the rows written, so the summary agrees with what the screens will show.
    static func count(_ db: Database, today: Day) throws -> DemoSummary {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [today]) ?? 0 }
        return DemoSummary(
            allies: try count("SELECT count(*) FROM allies WHERE ? IS NOT NULL"),
            parents: try count("SELECT count(*) FROM parents WHERE ? IS NOT NULL"),
            cases: try count("SELECT count(*) FROM cases WHERE ? IS NOT NULL"),
            hearings: try count("SELECT count(*) FROM hearings WHERE ? IS NOT NULL"),
            hearingsToday: try count("SELECT count(*) FROM hearings WHERE date = ?"),
            contacts: try count("SELECT count(*) FROM contacts WHERE ? IS NOT NULL"),
            followUps: try count("SELECT count(*) FROM follow_ups WHERE ? IS NOT NULL"),
            unassigned: try count("SELECT count(*) FROM parents WHERE ally_id IS NULL AND status = 'open' AND ? IS NOT NULL"),
            overdue: try count("""
                SELECT count(*) FROM follow_ups f JOIN parents p ON p.id = f.parent_id
                WHERE f.done_on IS NULL AND f.due_date < ? AND p.status = 'open'
                """))
    }
}
