import Foundation
import Testing

/// `p4p policy`: read and change the follow-up policy; bad files change nothing.
@Suite struct PolicyCommandTests {
    private func demo() throws -> (dir: URL, db: String) { try Binary.demo() }

    private func show(_ db: String) throws -> String {
        let shown = try Binary.run(["policy", "show", "--db", db, "--today", "2026-11-23"])
        #expect(shown.status == 0, "\(shown.stderr)")
        return shown.stdout
    }

    private func policy(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func showPrintsTheDefaults() throws {
        let (_, db) = try demo()
        let shown = try show(db)
        #expect(shown.contains("\"firstCallCourtDays\" : 2"), "pretty-printed like the example file")
        let p = try policy(shown)
        #expect(p["firstCallCourtDays"] as? Int == 2 && p["reminderCourtDaysBefore"] as? Int == 2)
        #expect(p["weeklyPeriodDays"] as? Int == 90 && p["weeklyInterval"] as? Int == 7)
        #expect(p["laterInterval"] as? Int == 14 && p["classInvitationDays"] as? Int == 14)
        // Washington's court holidays for 2026 and 2027 (CourtHolidaysTests has them by hand).
        let holidays = try #require(p["holidays"] as? [String])
        #expect(holidays.count == 23 && holidays.first == "2026-01-01" && holidays.last == "2027-12-31")
        #expect(holidays.contains("2026-11-26") && holidays.contains("2026-11-27"), "Thanksgiving and the day after")
    }

    @Test func aPartialFileChangesOnlyWhatItNames() throws {
        let (dir, db) = try demo()
        let file = try write(#"{"firstCallCourtDays": 3, "holidays": ["2026-12-25", "2026-11-26"]}"#,
                             "policy.json", in: dir)
        let saved = try Binary.run(["policy", "set", file, "--db", db, "--today", "2026-11-23"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.contains("Saved") && saved.stdout.contains("re-planned"))
        let p = try policy(try show(db))
        #expect(p["firstCallCourtDays"] as? Int == 3)
        #expect((p["holidays"] as? [String]) == ["2026-11-26", "2026-12-25"], "sorted")
        #expect(p["reminderCourtDaysBefore"] as? Int == 2 && p["weeklyInterval"] as? Int == 7)
        #expect(p["laterInterval"] as? Int == 14 && p["classInvitationDays"] as? Int == 14)
    }

    @Test(arguments: [
        ("broken.json", #"{"firstCallCourtDays": 3,, }"#, "not valid JSON"),
        ("negative.json", #"{"weeklyInterval": -7}"#, "weeklyInterval must be between 1 and 90"),
        ("words.json", #"{"laterInterval": "two weeks"}"#, "laterInterval"),
        ("date.json", #"{"holidays": ["12/25/2026"]}"#, "holidays"),
        ("misspelt.json", #"{"firstCallCourtDay": 3}"#, "unknown key \"firstCallCourtDay\""),
    ])
    func aBadFileIsRefusedAndChangesNothing(name: String, text: String, reason: String) throws {
        let (dir, db) = try demo()
        let before = try show(db)
        let file = try write(text, name, in: dir)
        let refused = try Binary.run(["policy", "set", file, "--db", db, "--today", "2026-11-23"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(file) && refused.stderr.contains(reason), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1, "one line: \(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try show(db) == before)
    }

    @Test func aMissingFileIsNamed() throws {
        let (dir, db) = try demo()
        let file = dir.appendingPathComponent("nowhere.json").path
        let refused = try Binary.run(["policy", "set", file, "--db", db])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(file) && refused.stderr.contains("no such file"))
    }
}
