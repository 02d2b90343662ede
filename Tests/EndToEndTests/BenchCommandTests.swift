import Foundation
import Testing

/// `p4p bench` on a small demo: every action's row is printed (what the timings are is not
/// checked: speed is measured by running the command, never asserted), the file measured is
/// left byte for byte as it was, and --compare prints both databases' columns.
@Suite struct BenchCommandTests {
    let today = "2026-11-23"

    /// Every row of the table, as the command labels them.
    static let rows = [
        "first frame, in-process", "first frame, whole process", "pane (1 2 3 Tab S-Tab)", "move (Up Down)",
        "page (PgDn PgUp Home End)", "day (] [ t)", "filter, per character", "open a parent (Enter)",
        "page in the detail", "parent's audit log (L)", "open a form (c a L)", "save contact, shown",
        "save assignment, shown", "peak memory, PIN sign-in",
    ]

    /// The file's bytes: a demo is small enough to compare whole.
    private func checksum(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private func folder(of db: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (db as NSString).deletingLastPathComponent).sorted()
    }

    @Test func onADemoEveryActionIsMeasuredAndTheFileIsLeftAsItWas() throws {
        let (_, db) = try Binary.demo(today: today)
        let before = try checksum(db)
        let files = try folder(of: db)
        let bench = try Binary.run(["bench", "--db", db, "--today", today, "--runs", "1", "--rounds", "1"])
        #expect(bench.status == 0, "\(bench.stderr)")
        let lines = bench.stdout.split(separator: "\n").map(String.init)
        for row in Self.rows {
            let line = lines.first { $0.hasPrefix(row) }
            #expect(line != nil, "no row \(row) in\n\(bench.stdout)")
            #expect(line?.contains("skipped") == false, "\(row) skipped on a demo:\n\(bench.stdout)")
        }
        #expect(!bench.stdout.contains("skipped:"), "\(bench.stdout)")
        #expect(lines.contains { $0.hasPrefix("action") && $0.contains("p50") && $0.contains("p99") && $0.contains("goal") })
        #expect(try checksum(db) == before, "the database measured was changed")
        #expect(try folder(of: db) == files, "the scratch copy was left behind")
    }

    @Test func comparePrintsBothDatabasesSideBySide() throws {
        let (dir, db) = try Binary.demo(today: today)
        let other = dir.appendingPathComponent("other.sqlite").path
        let made = try Binary.run(["demo", "--db", other, "--today", today, "--seed", "2"])
        #expect(made.status == 0, "\(made.stderr)")
        let bench = try Binary.run(["bench", "--db", db, "--compare", other, "--today", today, "--runs", "1", "--rounds", "1"])
        #expect(bench.status == 0, "\(bench.stderr)")
        let header = try #require(bench.stdout.split(separator: "\n").first { $0.hasPrefix("action") })
        for column in ["A p50", "A p99", "A max", "B p50", "B p99", "B max", "p99 B/A"] {
            #expect(header.contains(column), "no column \(column) in \(header)")
        }
        #expect(bench.stdout.contains("A \(db):") && bench.stdout.contains("B \(other):"), "\(bench.stdout)")
        let audit = try #require(bench.stdout.split(separator: "\n").first { $0.hasPrefix("parent's audit log (L)") })
        #expect(audit.contains("×"), "a ratio on every measured row: \(audit)")
    }

    @Test func onANewDatabaseWhatTheDataLacksIsSkippedWithALine() throws {
        let dir = try Binary.temporaryDirectory()
        let db = dir.appendingPathComponent("new.sqlite").path
        #expect(try Binary.run(["init", "--db", db]).status == 0)
        let before = try checksum(db)
        let bench = try Binary.run(["bench", "--db", db, "--today", today, "--runs", "1", "--rounds", "1"])
        #expect(bench.status == 0, "\(bench.stderr)")
        #expect(bench.stdout.contains("skipped: opening a parent: nobody is on Overdue"), "\(bench.stdout)")
        #expect(bench.stdout.contains("skipped: assigning: no parent waits for an ally"), "\(bench.stdout)")
        // No PIN is known here: the memory is a process checking one with the standard setting.
        #expect(bench.stdout.contains("checking one PIN with the standard setting"), "\(bench.stdout)")
        let lines = bench.stdout.split(separator: "\n")
        for row in ["save contact, shown", "parent's audit log (L)"] {
            #expect(lines.first { $0.hasPrefix(row) }?.contains("skipped") == true, "\(row): \(bench.stdout)")
        }
        for row in ["first frame, whole process", "page (PgDn PgUp Home End)", "peak memory, PIN sign-in"] {
            #expect(lines.first { $0.hasPrefix(row) }?.contains("skipped") == false, "\(row): \(bench.stdout)")
        }
        #expect(try checksum(db) == before)
        #expect(try folder(of: db) == ["new.sqlite"])
    }

    @Test func aMissingFileIsRefusedAndNothingIsMade() throws {
        let dir = try Binary.temporaryDirectory()
        let missing = dir.appendingPathComponent("none.sqlite").path
        let bench = try Binary.run(["bench", "--db", missing, "--today", today, "--runs", "1", "--rounds", "1"])
        #expect(bench.status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }
}
