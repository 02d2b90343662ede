import CSV
import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Every CSV the program writes is safe to open in a spreadsheet: text that would run as a
/// formula is written as text, by one function, in exports and reports alike.
@Suite struct SpreadsheetCellTests {
    static let hostile: [(String, String)] = [
        ("=HYPERLINK(\"http://x\",\"Dept 1\")", "'=HYPERLINK(\"http://x\",\"Dept 1\")"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'=1+1"),
        ("\r=1+1", "'=1+1"),
        ("\tDept 1", "'Dept 1"),
        ("  =1+1", "'  =1+1"),
        ("Dept\u{1B}[2J 1", "Dept[2J 1"),
        ("Dept 1", "Dept 1"),
        ("Courtroom = 3", "Courtroom = 3"),
        ("", ""),
    ]

    @Test func formulasAreWrittenAsText() {
        for (given, written) in Self.hostile {
            #expect(SpreadsheetCell.text(given) == written, "\(given.debugDescription)")
            // The export's path, from the bytes SQLite holds, makes the same cell.
            var bytes = given
            let lent = bytes.withUTF8 { SpreadsheetCell.withSafe($0) { String(decoding: $0, as: UTF8.self) } }
            #expect(lent == written, "\(given.debugDescription) from bytes")
        }
    }

    @Test func aReportWritesTextAsTheExportDoes() throws {
        let document = ReportDocument(title: "T", subtitle: "S", sections: [
            ReportSection(title: "Rows", columns: ["text"], rows: Self.hostile.map { [.text($0.0)] }),
        ])
        let reader = try CSVReader(string: try document.csv())
        var cells: [String] = []
        while let row = reader.next() { cells.append(row[1]) }
        #expect(Array(cells.dropFirst()) == Self.hostile.map(\.1))
    }

    /// The issue's repro: a calendar whose courtroom is a formula, imported, then exported.
    @Test func aFormulaImportedFromACalendarIsExportedAsText() throws {
        let f = try StoreFixture()
        let courtroom = #"=HYPERLINK(""http://evil.example"",""Dept 1"")"#
        let calendar = try DocketFile.parse(Data("""
            Hearing Date,Time,Dept,Case No.,Event,Party Name,Party Type
            11/23/2026,9:00 AM,"\(courtroom)",26-7-1,Review,Ana Ruiz,Mother
            11/23/2026,9:30 AM,-1+2,26-7-2,Review,Bo Lee,Father

            """.utf8))
        #expect(calendar.rejected.isEmpty)
        _ = try f.file.importDocket(calendar, today: StoreFixture.day("2026-11-23"), dryRun: false)
        var rows: [[String]] = []
        try f.file.export(.hearings, deidentified: false) { rows.append($0) }
        let column = try #require(rows.first?.firstIndex(of: "courtroom"))
        #expect(rows.dropFirst().map { $0[column] } == ["'=HYPERLINK(\"http://evil.example\",\"Dept 1\")", "'-1+2"])
        let stored = try f.file.read { db in try String.fetchAll(db, sql: "SELECT courtroom FROM hearings ORDER BY id") }
        #expect(stored.first == "=HYPERLINK(\"http://evil.example\",\"Dept 1\")", "stored as it came; only the CSV changes it")
    }
}
