import Foundation
import GRDB
import Testing
@testable import P4PStore

private func day(_ iso: String) -> Day { StoreFixture.day(iso) }
private let today = day("2026-11-23")
private let header = "Hearing Date,Time,Dept,Case No.,Event,Party Name,Party Type,Judicial Officer,Interpreter"

private func parse(_ text: String) throws -> DocketFile { try DocketFile.parse(Data(text.utf8)) }

/// A calendar with the usual header and these rows, LF line ends.
private func calendar(_ rows: [String]) throws -> DocketFile { try parse(([header] + rows).joined(separator: "\n") + "\n") }

/// Two cases over two days: a new case at its shelter care hearing with both parents, a child
/// and an attorney; an older case at review with one parent.
private let twoCases = [
    #"11/23/2026,9:00 AM,Dept 1,26-7-02311-4 SEA,72 Hour Shelter Care,"Núñez, María José",Mother,Cmsr. Lee,Spanish"#,
    #"11/23/2026,9:00 AM,Dept 1,26-7-02311-4 SEA,72 Hour Shelter Care,"Tran, Minh",Alleged Father,Cmsr. Lee,"#,
    #"11/23/2026,9:00 AM,Dept 1,26-7-02311-4 SEA,72 Hour Shelter Care,T.T.,Child,Cmsr. Lee,"#,
    #"11/23/2026,9:00 AM,Dept 1,26-7-02311-4 SEA,72 Hour Shelter Care,"Okafor, Chidi",Attorney for Mother,Cmsr. Lee,"#,
    #"11/24/2026,1:30 PM,Dept 4,25-7-03120-6 SEA,Dependency Review Hearing,Latoya Johnson,Mother,Cmsr. Nakamura,"#,
]

// MARK: - Reading the file

@Suite("Docket import: reading a calendar")
struct DocketFileTests {
    @Test("headers by alias, any case, any order; extra columns ignored", arguments: TestEngine.all)
    func headers(_ engine: TestEngine) throws {
        let file = try parse("""
            notes,PARTY TYPE,party,Case #,hearing,DEPARTMENT,date,time,judge,language
            "first, of two",mother,Ana Ruiz,26-7-1,Review,Room 5,2026-11-23,13:30,Cmsr. Vu,
            """)
        let row = try #require(file.rows.first)
        #expect(file.rowCount == 1 && file.rejected.isEmpty)
        #expect(row.partyName == "Ana Ruiz" && row.role == .mother && row.caseNumber == "26-7-1")
        #expect(row.hearingType == "Review" && row.courtroom == "Room 5" && row.judicialOfficer == "Cmsr. Vu")
        #expect(row.date == today && row.time == StoreFixture.time("13:30") && row.line == 2)
        #expect(CalendarHeader(["Hearing_Date", "CaseNumber", "Cause No.", "Party Role"]).index ==
                [.date: 0, .caseNumber: 1, .partyRole: 3], "the column's own name wins over an alias")
    }

    @Test("a byte-order mark and CRLF line ends", arguments: TestEngine.all)
    func bomAndCRLF(_ engine: TestEngine) throws {
        let text = "\u{FEFF}" + ([header] + twoCases).joined(separator: "\r\n") + "\r\n"
        let file = try DocketFile.parse(Data(text.utf8))
        #expect(file.rowCount == 5 && file.rows.count == 3 && file.skipped.count == 2)
        #expect(file.rows.map(\.line) == [2, 3, 6])
        #expect(file.rows[0].date == today, "the first header is found despite the mark")
        #expect(!file.rows.contains { $0.partyName.contains("\r") || $0.caseNumber.contains("\r") })
    }

    @Test("quoted fields hold commas, quotes and line breaks; later line numbers still count file lines", arguments: TestEngine.all)
    func quotedFields(_ engine: TestEngine) throws {
        let file = try parse("""
            Date,Case Number,Hearing Type,Party Name,Party Role,Notes
            2026-11-23,26-7-1,"Review, Dependency","O'Neil, ""Red"" Ann",Mother,"two
            lines"
            2026-11-23,26-7-1,"Review, Dependency",Bo Lee,Father,
            """)
        #expect(file.rows.map(\.line) == [2, 4])
        #expect(file.rows[0].hearingType == "Review, Dependency")
        #expect(file.rows[0].partyName == "\"Red\" Ann O'Neil")
    }

    @Test("blank lines are skipped and still counted", arguments: TestEngine.all)
    func blankLines(_ engine: TestEngine) throws {
        let file = try parse("\n" + header + "\n\n" + twoCases[0] + "\n,,,,,,,,\n   \n" + twoCases[4] + "\n\n")
        #expect(file.rowCount == 2)
        #expect(file.rows.map(\.line) == [4, 7])
    }

    @Test("a bad date, a bad time and a missing case number are rejected by line, with reasons", arguments: TestEngine.all)
    func rejectedRows(_ engine: TestEngine) throws {
        let file = try calendar([
            twoCases[0],
            #"11/31/2026,9:00 AM,Dept 1,26-7-9,Review,"Ruiz, Ana",Mother,,"#,
            #"11/23/2026,25:00,Dept 1,,Review,"Ruiz, Ana",Mother,,"#,
            #"Ana Ruiz,9:00 AM,Dept 1,26-7-9,Review,,Mother,,"#,
        ])
        #expect(file.rows.map(\.line) == [2])
        #expect(english(file.rejected) == [
            EnglishReject(line: 3, reasons: ["bad date \"11/31/2026\""]),
            EnglishReject(line: 4, reasons: ["missing case number", "bad time \"25:00\""]),
            EnglishReject(line: 5, reasons: ["bad date", "missing party name"]),
        ], "a name in the date column is not repeated")
    }

    @Test("the summary speaks the reader's language: rejects still say line, field and what is wrong", arguments: TestEngine.all)
    func summaryInSpanish(_ engine: TestEngine) throws {
        let file = try calendar([
            twoCases[0],
            #"11/31/2026,9:00 AM,Dept 1,,Review,"Ruiz, Ana",Mother,,"#,
            #"11/23/2026,9:00 AM,Dept 1,26-7-9,Review,Kim,Child,,"#,
        ])
        var summary = ImportSummary()
        (summary.rows, summary.rejected, summary.skipped, summary.dryRun) = (file.rowCount, file.rejected, file.skipped, true)
        let spanish = ImportReport.lines(summary, file: .asIs("calendario.csv"), in: .spanish)
        #expect(spanish.first == "calendario.csv: 3 filas.")
        #expect(spanish.contains("No son madres ni padres, se omitieron: 1 fila (niño/a 1)."))
        #expect(spanish.contains("Rechazadas: 1 fila, no importadas:"))
        #expect(spanish.contains("  línea 3: sin número de caso; fecha: valor no válido \"11/31/2026\""), "\(spanish)")
        #expect(spanish.last == "Prueba: no se escribió nada.")
        let english = ImportReport.lines(summary, file: .asIs("calendar.csv"), in: .english)
        #expect(english.contains("  line 3: missing case number; bad date \"11/31/2026\""), "\(english)")
        #expect(english.last == "Dry run: nothing was written.")
    }

    @Test("a quote never closed rejects its own line, by number, and the rows after it still come in", arguments: TestEngine.all)
    func unclosedQuote(_ engine: TestEngine) throws {
        let file = try calendar([
            twoCases[0],
            #"11/23/2026,9:00 AM,Dept 1,26-7-9,Review,"Ruiz, Ana,Mother,,"#,
            twoCases[1],
            twoCases[4],
        ])
        #expect(english(file.rejected) == [EnglishReject(line: 3, reasons: ["a quote is not closed"])])
        #expect(file.rows.map(\.line) == [2, 4, 5], "the row after the broken one is not swallowed")
        #expect(file.rowCount == 4)

        // At the end of the file, with nothing after it to swallow.
        let last = try calendar([twoCases[0], #"11/23/2026,9:00 AM,Dept 1,26-7-9,Review,"Ruiz, Ana,Mother,,"#])
        #expect(english(last.rejected) == [EnglishReject(line: 3, reasons: ["a quote is not closed"])] && last.rows.map(\.line) == [2])

        // A quote closed mid-field, and a quote that closes only on a later line, after which
        // the rows run on normally: the record would otherwise hold the next row's fields.
        let stray = try calendar([#"11/23/2026,9:00 AM,Dept 1,26-7-9,Review,"Ruiz" Ana,Mother,,"#, twoCases[4]])
        #expect(english(stray.rejected) == [EnglishReject(line: 2, reasons: [CalendarRecords.textAfterQuote.text(.english)])] && stray.rows.map(\.line) == [3])
        let runOn = try calendar([#"11/23/2026,9:00 AM,"Dept 1,26-7-9,Review,Ana Ruiz,Mother,,"#,
                                  #"11/24/2026,9:00 AM,Dept 4",26-7-8,Review,Bo Lee,Father,,"#, twoCases[4]])
        #expect(english(runOn.rejected) == [EnglishReject(line: 2, reasons: ["courtroom runs on to line 3 (a quote is not closed?)"])])
        #expect(runOn.rows.map(\.line) == [4])
    }

    @Test("a line break in a quoted note is still fine, CR alone ends a line, and a header that cannot be read refuses the file", arguments: TestEngine.all)
    func lineBreaks(_ engine: TestEngine) throws {
        let file = try parse("Date,Case Number,Hearing Type,Party Name,Party Role,Notes\r"
                             + "2026-11-23,26-7-1,Review,Ana Ruiz,Mother,\"one\r\ntwo\"\r2026-11-23,26-7-1,Review,Bo Lee,Father,\r")
        #expect(file.rows.map(\.line) == [2, 4] && file.rejected.isEmpty)
        #expect(throws: DocketFileError.malformedHeader(line: 2, reason: CalendarRecords.unclosedQuote)) {
            try parse("\n\"Date,Case Number,Hearing Type,Party Name,Party Role\n2026-11-23,26-7-1,Review,Ana Ruiz,Mother\n")
        }
    }

    @Test("every field has a length limit: a longer one rejects the row and names the field", arguments: TestEngine.all)
    func lengthLimits(_ engine: TestEngine) throws {
        func row(caseNumber: String = "26-7-1", courtroom: String = "Dept 1", hearing: String = "Review",
                 officer: String = "Cmsr. Lee", interpreter: String = "", role: String = "Mother") -> String {
            "11/23/2026,9:00 AM,\(courtroom),\(caseNumber),\(hearing),Ana Ruiz,\(role),\(officer),\(interpreter)"
        }
        let long = { (n: Int) in String(repeating: "x", count: n) }
        let file = try calendar([
            row(caseNumber: long(40), courtroom: long(60), hearing: long(80), officer: long(80), interpreter: long(40)),
            row(caseNumber: long(41)),
            row(courtroom: long(61)),
            row(hearing: long(81), officer: long(81)),
            row(interpreter: long(41)),
            row(role: "Mother " + long(80)),
            "11/23/2026,9:00 AM,Dept 1,26-7-1,Review,\"Ruiz, \(long(80))\",Mother,,",
        ])
        #expect(file.rows.map(\.line) == [2], "at the limit is fine")
        #expect(english(file.rejected) == [
            EnglishReject(line: 3, reasons: ["case number longer than 40 characters"]),
            EnglishReject(line: 4, reasons: ["courtroom longer than 60 characters"]),
            EnglishReject(line: 5, reasons: ["hearing type longer than 80 characters", "judicial officer longer than 80 characters"]),
            EnglishReject(line: 6, reasons: ["interpreter longer than 40 characters"]),
            EnglishReject(line: 7, reasons: ["party role longer than 80 characters"]),
            EnglishReject(line: 8, reasons: ["party name longer than 80 characters"]),
        ])
        #expect(CalendarColumn.allCases.filter { $0.maxLength == nil } == [.date, .time], "dates and times must read as such")
    }

    @Test("a duplicate row is noted, not imported twice", arguments: TestEngine.all)
    func duplicates(_ engine: TestEngine) throws {
        let again = twoCases[0].replacingOccurrences(of: "Núñez, María José", with: "NUNEZ, MARIA JOSE")
        let file = try calendar([twoCases[0], twoCases[1], again])
        #expect(file.rows.count == 2)
        #expect(file.duplicates == [DuplicateRow(line: 4, sameAs: 2)])
    }

    @Test("only parents come in: children, attorneys, GAL, CASA, social workers and caregivers are skipped", arguments: TestEngine.all)
    func roles(_ engine: TestEngine) throws {
        let parents: [(String, ParentRole)] = [("Mother", .mother), ("Alleged Father", .father), ("Respondent Mother", .mother),
                                               ("Father (Presumed)", .father), ("Guardian", .guardian), ("Parent", .guardian),
                                               ("Legal Guardian", .guardian)]
        for (text, role) in parents { #expect(PartyKind.of(text) == .parent(role), "\(text)") }
        let others: [(String, String)] = [("Child", "child"), ("Attorney for Mother", "attorney"), ("Mother's Attorney", "attorney"),
                                           ("AAG", "attorney"), ("Guardian ad Litem", "GAL"), ("GAL", "GAL"), ("CASA", "CASA"),
                                           ("DCYF Social Worker", "social worker"), ("Foster Parent", "caregiver"),
                                           ("Tribal Representative", "tribe")]
        for (text, label) in others { #expect(PartyKind.of(text) == .other(label), "\(text)") }
        #expect(PartyKind.of("Respondent Mom's friend") == .unrecognised)
        let file = try calendar(twoCases)
        #expect(file.skipped == [SkippedParty(line: 4, role: "child"), SkippedParty(line: 5, role: "attorney")])
    }

    @Test("names: \"Last, First Middle\" turns round; capitals are written as names are", arguments: TestEngine.all)
    func names(_ engine: TestEngine) throws {
        #expect(try CalendarValues.personName("Núñez, María José") == "María José Núñez")
        #expect(try CalendarValues.personName("  Jasmine   Carter ") == "Jasmine Carter")
        #expect(try CalendarValues.personName("O'BRIEN-SMITH, SIOBHÁN") == "Siobhán O'Brien-Smith")
        #expect(try CalendarValues.personName("King, Martin, Jr.") == "Martin King Jr.")
        #expect(try CalendarValues.personName("Ruiz,\u{1B}[2J Ana") == "[2J Ana Ruiz", "no escape reaches a terminal")
        #expect(throws: StoreError.self) { try CalendarValues.personName(String(repeating: "a", count: 81)) }
    }

    @Test("dates and times as court systems write them")
    func datesAndTimes() {
        #expect(CalendarValues.date("2026-11-23") == today && CalendarValues.date("11/23/2026") == today)
        #expect(CalendarValues.date("1/5/2026") == day("2026-01-05"))
        for bad in ["2026-11-31", "23/11/2026", "11/23/26", "tomorrow", ""] { #expect(CalendarValues.date(bad) == nil, "\(bad)") }
        let times = ["13:30": "13:30", "1:30 PM": "13:30", "1:30pm": "13:30", "1:30 p.m.": "13:30", "9:05 AM": "09:05",
                     "12:00 PM": "12:00", "12:15 AM": "00:15", "09:00:00": "09:00", "9 AM": "09:00"]
        for (text, hhmm) in times { #expect(CalendarValues.time(text)?.hhmm == hhmm, "\(text)") }
        for bad in ["25:00", "13:30 PM", "9", "nine", "9:5"] { #expect(CalendarValues.time(bad) == nil, "\(bad)") }
    }

    @Test("a file that is not a calendar is refused whole, naming the missing columns", arguments: TestEngine.all)
    func notACalendar(_ engine: TestEngine) throws {
        #expect(throws: DocketFileError.missingColumns([.caseNumber, .partyRole])) {
            try parse("Date,Time,Hearing,Name\n2026-11-23,9:00,Review,Ana Ruiz\n")
        }
        let refusal = DocketFileError.missingColumns([.caseNumber, .partyRole]).phrase.text(.english)
        #expect(refusal.contains("no column for case number, party role"))
        #expect(throws: DocketFileError.empty) { try parse("\n\n") }
        #expect(throws: DocketFileError.notText) { try DocketFile.parse(Data([0x44, 0x61, 0xFF, 0xFE, 0x0A])) }
    }

    @Test("hearing words: built-in aliases, the program's first, then the types' own names")
    func hearingTypes() {
        let types = Schema.washingtonHearingTypes
        func code(_ text: String, _ program: [String: String] = [:]) -> String? {
            HearingTypeAliases.code(for: text, program: program, types: types)
        }
        let cases = ["72 Hour Shelter Care": "shelter-72", "Shelter Care Hearing": "shelter-72", "SC": "shelter-72",
                     "30-Day Shelter Care": "shelter-30", "Fact Finding": "fact-finding", "FF": "fact-finding",
                     "Dispo": "disposition", "Review Hearing": "review", "Dependency Review": "review",
                     "Permanency Planning Hearing": "permanency", "PPH": "permanency", "TPR Trial": "termination",
                     "Termination": "termination", "Fact-finding": "fact-finding", "Termination (TPR)": "termination"]
        for (text, expected) in cases { #expect(code(text) == expected, "\(text)") }
        #expect(code("Motion Hearing") == nil)
        #expect(code("motion hearing", ["Motion Hearing": "review"]) == "review")
        #expect(code("SC", ["sc": "shelter-30"]) == "shelter-30", "the program's alias comes first")
    }
}

// MARK: - Writing it

@Suite("Docket import: the database")
struct DocketImportTests {
    /// Rows in the tables an import may touch, and the audit log.
    func counts(_ f: StoreFixture) throws -> [String: Int] {
        try f.store.engine.read { db in
            var result: [String: Int] = [:]
            for table in ["cases", "parents", "case_parents", "hearings", "follow_ups", "audit_log", "settings"] {
                result[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
            }
            return result
        }
    }

    func hearings(_ f: StoreFixture) throws -> [Hearing] {
        try f.store.engine.read { db in try Hearing.fetchAll(db, sql: "SELECT * FROM \(Hearing.table) ORDER BY date, time, id") }
    }

    @Test("new cases come with their parents, unassigned and waiting since the import day; follow-ups planned; one audit entry of counts", arguments: TestEngine.all)
    func importsNewCases(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let summary = try f.store.importDocket(try calendar(twoCases), today: today, dryRun: false)
        #expect(summary.casesAdded == 2 && summary.parentsAdded == 3 && summary.hearingsAdded == 2)
        #expect(summary.hearingsUpdated == 0 && summary.casesReplanned == 2 && summary.skipped.count == 2)
        let parents = try f.store.engine.read { db in try Parent.fetchAll(db, sql: "SELECT * FROM \(Parent.table) ORDER BY id") }
        #expect(parents.map(\.name) == ["María José Núñez", "Minh Tran", "Latoya Johnson"])
        #expect(parents.allSatisfy { $0.allyId == nil && $0.waitingSince == today && $0.status == .open })
        #expect(parents[0].language == "Spanish" && parents[0].interpreterNeeded && !parents[1].interpreterNeeded)
        let roles = try f.store.engine.read { db in try String.fetchAll(db, sql: "SELECT role FROM case_parents ORDER BY parent_id") }
        #expect(roles == ["mother", "father", "mother"])
        let shelter = try #require(try hearings(f).first)
        #expect(shelter.typeId == (try f.hearingTypeId("shelter-72")) && shelter.time == StoreFixture.time("09:00"))
        #expect(shelter.courtroom == "Dept 1" && shelter.judicialOfficer == "Cmsr. Lee" && shelter.status == .scheduled)
        #expect(try counts(f)["follow_ups"]! > 0, "first calls and reminders planned")
        let audit = try f.store.engine.read { db in try AuditEntry.fetchAll(db, sql: "SELECT * FROM \(AuditEntry.table)") }
        #expect(audit.map(\.action) == ["docket imported"])
        let detail = try #require(audit.first?.detail)
        #expect(detail.contains("added cases 2, parents 3, hearings 2"))
        for secret in ["Núñez", "Tran", "Johnson", "26-7", "25-7"] { #expect(!detail.contains(secret)) }
    }

    @Test("importing the same file again changes nothing: rows, audit, summary", arguments: TestEngine.all)
    func reimport(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let file = try calendar(twoCases)
        _ = try f.store.importDocket(file, today: today, dryRun: false)
        let before = try counts(f)
        let snapshot = try hearings(f)
        let again = try f.store.importDocket(file, today: day("2026-11-24"), dryRun: false)
        #expect(try counts(f) == before)
        #expect(try hearings(f) == snapshot)
        #expect(!again.changesAnything)
        #expect(again.hearingsUnchanged == 2 && again.parentsUnchanged == 3 && again.casesReplanned == 0)
    }

    @Test("a known parent is found by case and name, whatever the case and accents; a new one joins the case", arguments: TestEngine.all)
    func knownParents(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let maria = try f.parent("María José Núñez", waitingSince: day("2026-11-02"))
        let caseId = try f.caseWithParent("26-7-02311-4 SEA", parent: maria)
        let summary = try f.store.importDocket(try calendar([
            #"11/23/2026,9:00 AM,Dept 1,26-7-02311-4 sea,Shelter Care,"NUNEZ, MARIA J.",Mother,Cmsr. Lee,"#,
            #"11/25/2026,9:00 AM,Dept 1,26-7-02311-4 SEA,30 Day Shelter Care,"Tran, Minh",Father,Cmsr. Lee,"#,
        ]), today: today, dryRun: false)
        #expect(summary.casesAdded == 0 && summary.parentsUnchanged == 1 && summary.parentsAdded == 1)
        let links = try f.store.engine.read { db in
            try CaseParent.fetchAll(db, sql: "SELECT * FROM case_parents WHERE case_id = ? ORDER BY parent_id", arguments: [caseId])
        }
        #expect(links.count == 2 && links[0].parentId == maria)
        #expect(links[1].role == .father && links[1].joinedOn == day("2026-11-25"), "he joins from the hearing he first appears at")
        #expect(try f.store.engine.read { db in try Parent.fetchOne(db, key: maria)?.waitingSince } == day("2026-11-02"), "left alone")
    }

    @Test("a reissued calendar moves a hearing: updated, not duplicated; a change of time updates it; one outside its days stays", arguments: TestEngine.all)
    func movedHearing(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let first = try calendar([
            #"11/23/2026,9:00 AM,Dept 1,26-7-1,Review,Ana Ruiz,Mother,,"#,
            #"11/24/2026,10:00 AM,Dept 2,26-7-2,Review,Bea Cole,Mother,,"#,
            #"11/25/2026,10:00 AM,Dept 2,26-7-3,Fact Finding,Cy Dunn,Father,,"#,
        ])
        _ = try f.store.importDocket(first, today: today, dryRun: false)
        // A hand-typed hearing on case 1 beyond the calendar's days: not the calendar's to move.
        let caseOne = try f.store.engine.read { db in try ID.fetchOne(db, sql: "SELECT id FROM cases WHERE case_number = '26-7-1'")! }
        let december = try f.hearing(case: caseOne, on: day("2026-12-07"), type: "review")
        let reissued = try calendar([
            #"11/23/2026,9:00 AM,Dept 1,26-7-1,Review,Ana Ruiz,Mother,,"#,
            #"11/25/2026,1:30 PM,Dept 3,26-7-2,Review,Bea Cole,Mother,Judge Ortiz,"#,
            #"11/25/2026,11:00 AM,Dept 2,26-7-3,Fact Finding,Cy Dunn,Father,,"#,
        ])
        let before = try counts(f)
        let summary = try f.store.importDocket(reissued, today: today, dryRun: false)
        #expect(summary.hearingsAdded == 0 && summary.hearingsUpdated == 2 && summary.hearingsMoved == 1)
        #expect(summary.hearingsUnchanged == 1 && summary.casesReplanned == 2)
        #expect(try counts(f)["hearings"] == before["hearings"], "nothing duplicated")
        let byCase = try f.store.engine.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT c.case_number, h.date, h.time, h.courtroom, h.judicial_officer FROM hearings h
                JOIN cases c ON c.id = h.case_id WHERE h.id <> ? ORDER BY c.case_number
                """, arguments: [december]).map { row in (0..<5).map { (row[$0] as String?) ?? "-" } }
        }
        #expect(byCase == [["26-7-1", "2026-11-23", "09:00", "Dept 1", "-"],
                           ["26-7-2", "2026-11-25", "13:30", "Dept 3", "Judge Ortiz"],
                           ["26-7-3", "2026-11-25", "11:00", "Dept 2", "-"]])
        #expect(try f.store.engine.read { db in try Hearing.fetchOne(db, key: december)?.date } == day("2026-12-07"))
        #expect(try f.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(AuditEntry.table)")! } == before["audit_log"]! + 1)

        // A weekly calendar that lists case 1's review a week later adds it: 23 Nov is outside
        // these days, so the calendar says nothing about it.
        let nextWeek = try f.store.importDocket(try calendar([#"11/30/2026,9:00 AM,Dept 1,26-7-1,Review,Ana Ruiz,Mother,,"#]),
                                                today: today, dryRun: false)
        #expect(nextWeek.hearingsAdded == 1 && nextWeek.hearingsMoved == 0)
    }

    @Test("a hearing held, continued or cancelled is the program's record and is left as it is", arguments: TestEngine.all)
    func heldHearingStays(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let ana = try f.parent("Ana Ruiz")
        let caseId = try f.caseWithParent("26-7-1", parent: ana)
        let held = try f.hearing(case: caseId, on: today, at: "09:00", courtroom: "Dept 1", type: "review", status: .held)
        let summary = try f.store.importDocket(try calendar([#"11/23/2026,10:00 AM,Dept 9,26-7-1,Review,Ana Ruiz,Mother,,"#]),
                                               today: today, dryRun: false)
        #expect(summary.hearingsUnchanged == 1 && !summary.changesAnything)
        let hearing = try f.store.engine.read { db in try Hearing.fetchOne(db, key: held) }
        #expect(hearing?.time == StoreFixture.time("09:00") && hearing?.courtroom == "Dept 1")
    }

    @Test("an unknown hearing type imports as Other and is listed; an alias the program adds is used next time", arguments: TestEngine.all)
    func unknownType(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let rows = [#"11/23/2026,9:00 AM,Dept 1,26-7-1,Motion Hearing,Ana Ruiz,Mother,,"#,
                    #"11/23/2026,9:00 AM,Dept 1,26-7-1,Motion Hearing,Bo Ruiz,Father,,"#]
        let summary = try f.store.importDocket(try calendar(rows), today: today, dryRun: false)
        #expect(summary.unknownTypes == [UnknownHearingType(text: "Motion Hearing", lines: [2, 3])])
        #expect(try hearings(f).map(\.typeId) == [try f.hearingTypeId("other")])

        #expect(try f.store.setHearingTypeAlias("MOTION  hearing", code: "review") == "motion hearing")
        #expect(try f.store.hearingTypeAliases() == ["motion hearing": "review"])
        #expect(throws: StoreError.self) { try f.store.setHearingTypeAlias("Motion", code: "no-such-type") }
        let next = try f.store.importDocket(try calendar([#"11/24/2026,9:00 AM,Dept 1,26-7-2,Motion Hearing,Cy Dunn,Mother,,"#]),
                                            today: today, dryRun: false)
        #expect(next.unknownTypes.isEmpty)
        #expect(try hearings(f).last?.typeId == (try f.hearingTypeId("review")))
    }

    @Test("a dry run prints the same summary and writes nothing", arguments: TestEngine.all)
    func dryRun(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let file = try calendar(twoCases + [#"11/31/2026,9:00 AM,Dept 1,26-7-9,Review,Ana Ruiz,Mother,,"#])
        let before = try counts(f)
        let dry = try f.store.importDocket(file, today: today, dryRun: true)
        #expect(try counts(f) == before)
        #expect(dry.dryRun && dry.casesAdded == 2 && dry.parentsAdded == 3 && dry.rejected.count == 1)
        var real = try f.store.importDocket(file, today: today, dryRun: false)
        real.dryRun = true
        #expect(real == dry)
    }

    @Test("a Parent Ally may not import; nothing is written", arguments: TestEngine.all)
    func allyRefused(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        try f.ally("Rosa Delgado")
        try f.store.addUser(name: "Rosa Delgado", role: .ally, secret: "111111", parameters: .fastForTests)
        let ally = try #require(try f.store.users().first)
        let store = try f.store.actingStore(as: ally)
        let before = try counts(f)
        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorEdits")) {
            try store.importDocket(try calendar(twoCases), today: today, dryRun: false)
        }
        #expect(throws: StoreError.self) { try store.setHearingTypeAlias("Motion", code: "other") }
        #expect(try counts(f) == before)
    }

    @Test("the sample calendar in Resources imports cleanly, and again changes nothing", arguments: TestEngine.all)
    func sampleCalendar(_ engine: TestEngine) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/sample-court-calendar.csv")
        let file = try DocketFile.parse(try Data(contentsOf: url))
        #expect(file.rejected.isEmpty && file.duplicates.count == 1)
        let f = try StoreFixture(engine)
        let summary = try f.store.importDocket(file, today: today, dryRun: false)
        #expect(summary.casesAdded == 10 && summary.hearingsAdded == 10 && summary.parentsAdded == 16)
        #expect(summary.unknownTypes.map(\.text) == ["Motion Hearing"])
        let names = try f.store.engine.read { db in try String.fetchAll(db, sql: "SELECT name FROM parents") }
        #expect(names.contains("Thị Hồng Nguyễn") && names.contains("Siobhán O'Brien") && names.contains("Jasmine Carter"))
        #expect(!names.contains { $0.contains("Hoffman") || $0.contains("Lindgren") || $0.contains(".") }, "no GAL, worker or child")
        let before = try counts(f)
        #expect(!(try f.store.importDocket(file, today: today, dryRun: false)).changesAnything)
        #expect(try counts(f) == before)
    }
}

/// A rejected row as an English reader is told it: its line and its reasons in words.
private struct EnglishReject: Equatable {
    var line: Int
    var reasons: [String]
}

private func english(_ rows: [RejectedRow]) -> [EnglishReject] {
    rows.map { EnglishReject(line: $0.line, reasons: $0.reasons.map { $0.text(.english) }) }
}
