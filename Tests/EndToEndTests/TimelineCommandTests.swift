import Foundation
import Testing

/// `p4p timeline`: read and change the dependency timeline; a bad file changes nothing.
@Suite struct TimelineCommandTests {
    private func show(_ db: String) throws -> String {
        let shown = try Binary.run(["timeline", "show", "--db", db])
        #expect(shown.status == 0, "\(shown.stderr)")
        return shown.stdout
    }

    private func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func showPrintsWashingtonsAndSetChangesItAudited() throws {
        let (dir, db) = try Binary.demo()
        let shown = try show(db)
        let t = try #require(JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Int])
        #expect(t["shelterCareCourtDays"] == 3 && t["shelterCareReviewDays"] == 30 && t["factFindingDays"] == 75)
        #expect(t["dispositionDays"] == 14 && t["firstReviewMonthsAfterRemoval"] == 6 && t["firstReviewDaysAfterDisposition"] == 90)
        #expect(t["reviewEveryMonths"] == 6 && t["permanencyMonthsAfterRemoval"] == 12 && t["permanencyEveryMonths"] == 12)
        #expect(t["terminationMonthsInCare"] == 15 && t["terminationWindowMonths"] == 22)

        // Another state's: fact-finding within 60 days. The shown file, edited, is a valid file.
        let edited = shown.replacingOccurrences(of: "\"factFindingDays\" : 75", with: "\"factFindingDays\" : 60")
        let file = try write(edited, "timeline.json", in: dir)
        let refused = try Binary.run(["timeline", "set", file, "--db", db, "--today", "2026-11-23", "--as", "Dana Brooks"])
        #expect(refused.status != 0 && refused.stderr.contains("admin"), "a supervisor may not: \(refused.stderr)")
        let saved = try Binary.run(["timeline", "set", file, "--db", db, "--today", "2026-11-23", "--as", "Sam Rivera"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.contains("Saved the dependency timeline"))
        #expect(try show(db).contains("\"factFindingDays\" : 60"))
        let audit = try Binary.run(["audit", "--db", db])
        #expect(audit.stdout.contains("changed the dependency timeline"), "\(audit.stdout.suffix(400))")
    }

    @Test(arguments: [
        ("negative.json", "\"dispositionDays\" : 14", "\"dispositionDays\" : -14", "dispositionDays must be between 0 and 3650"),
        ("missing.json", "\"reviewEveryMonths\" : 6,", "", "reviewEveryMonths"),
        ("misspelt.json", "\"warningDays\"", "\"warningDay\"", "unknown key \"warningDay\""),
    ])
    func aBadFileIsRefusedWithTheFieldNamedAndChangesNothing(name: String, find: String, replace: String, reason: String) throws {
        let (dir, db) = try Binary.demo()
        let before = try show(db)
        #expect(before.contains(find))
        let file = try write(before.replacingOccurrences(of: find, with: replace), name, in: dir)
        let refused = try Binary.run(["timeline", "set", file, "--db", db, "--today", "2026-11-23"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(file) && refused.stderr.contains(reason), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1, "one line: \(refused.stderr)")
        #expect(try show(db) == before)
    }
}
