import Foundation
import Testing

/// `p4p report` on a demo database, as a supervisor's script would run it.
@Suite struct ReportCommandTests {
    /// RFC 4180 read by hand, so the check does not share the writer's library: fields split on
    /// commas outside quotes, "" inside quotes is a quote, a line ends a record outside quotes.
    static func parseCSV(_ text: String) -> [[String]]? {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false, atFieldStart = true
        var chars = Array(text)[...]
        while let ch = chars.popFirst() {
            if quoted {
                if ch == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(ch) }
            } else if ch == "\"" {
                guard atFieldStart else { return nil }  // a stray quote: not CSV
                quoted = true
            } else if ch == "," {
                record.append(field); field = ""; atFieldStart = true; continue
            } else if ch == "\n" {
                record.append(field); records.append(record); record = []; field = ""; atFieldStart = true; continue
            } else { field.append(ch) }
            atFieldStart = false
        }
        guard !quoted else { return nil }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    func demo() throws -> String {
        let db = try Binary.temporaryDirectory().appendingPathComponent("demo.sqlite").path
        let made = try Binary.run(["demo", "--db", db, "--today", "2026-11-23"])
        #expect(made.status == 0, "\(made.stderr)")
        return db
    }

    @Test func theMorningReviewAsCSVIsOneValidTable() throws {
        let db = try demo()
        let result = try Binary.run(["report", "morning", "--db", db, "--today", "2026-11-23", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        guard let rows = Self.parseCSV(result.stdout), let header = rows.first else {
            Issue.record("not CSV:\n\(result.stdout)"); return
        }
        #expect(Array(header.prefix(3)) == ["section", "rank", "total"])
        #expect(rows.allSatisfy { $0.count == header.count }, "every record has every column")
        let sections = rows.dropFirst().map(\.[0])
        for title in ["At a glance", "Today's hearings with no Parent Ally covering", "First hearings today",
                      "Unassigned parents, longest waiting first", "Overdue follow-ups by Parent Ally",
                      "Caseload against limit, fullest first", "This month so far beside last month"] {
            #expect(sections.contains(title), "\(title)")
        }
        #expect(sections.filter { $0 == "At a glance" }.count == 9)
        // Lists stop at 20 rows and say how many there are.
        let caseloads = rows.filter { $0[0] == "Caseload against limit, fullest first" }
        #expect(!caseloads.isEmpty && caseloads.count <= 20 && caseloads.allSatisfy { Int($0[2]) ?? 0 >= caseloads.count })

        let log = try Binary.run(["audit", "--db", db, "--limit", "5"])
        #expect(log.stdout.contains("\tprinted the morning review"), "\(log.stdout)")
    }

    @Test func theSameDayGivesTheSameReviewInEveryFormat() throws {
        let db = try demo()
        func run(_ format: String) throws -> String {
            try Binary.run(["report", "morning", "--db", db, "--today", "2026-11-23", "--format", format, "--as", "Dana Brooks"]).stdout
        }
        let text = try run("text"), markdown = try run("markdown")
        #expect(text.hasPrefix("Morning review\nMon 23 Nov 2026\n"))
        #expect(markdown.hasPrefix("# Morning review\n\nMon 23 Nov 2026\n"))
        let glance = try #require(Self.parseCSV(try run("csv"))).filter { $0[0] == "At a glance" }
        for row in glance {
            let figure = row[3], count = row[4]
            #expect(text.contains(figure) && markdown.contains("| \(figure) | \(count) |"), "\(figure)")
        }
    }

    @Test func monthlyAndRangeReportsAndTheirMistakes() throws {
        let db = try demo()
        let monthly = try Binary.run(["report", "monthly", "--db", db, "--month", "2026-10", "--format", "markdown"])
        #expect(monthly.status == 0, "\(monthly.stderr)")
        #expect(monthly.stdout.contains("# Program report") && monthly.stdout.contains("| Parents served |"))
        let range = try Binary.run(["report", "range", "--db", db, "--from", "2026-10-01", "--to", "2026-10-31"])
        #expect(range.status == 0 && range.stdout.contains("2026-10-01 to 2026-10-31"))
        let monthText = try Binary.run(["report", "monthly", "--db", db, "--month", "2026-10"]).stdout
        // Below the title and the period, a range over a whole month counts what the month does.
        #expect(range.stdout.split(separator: "\n").dropFirst(2) == monthText.split(separator: "\n").dropFirst(2))

        let month = try Binary.run(["report", "monthly", "--db", db, "--month", "October"])
        #expect(month.status != 0 && month.stderr.contains("--month: \"October\" is not a month"))
        let backwards = try Binary.run(["report", "range", "--db", db, "--from", "2026-10-31", "--to", "2026-10-01"])
        #expect(backwards.status != 0 && backwards.stderr.contains("comes before --from"))
        let ally = try Binary.run(["report", "morning", "--db", db, "--today", "2026-11-23", "--as", "Rosa Delgado"])
        #expect(ally.status != 0 && ally.stdout.isEmpty)
        #expect(ally.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == "Error: Only a supervisor reads the reports")
    }

    @Test func inSpanishTheReportsSpeakSpanishAndTheCSVStaysEnglish() throws {
        let db = try demo()
        let spanish = ["P4P_LANG": "es"]
        func run(_ arguments: [String], _ environment: [String: String]) throws -> Binary.Result {
            try Binary.run(arguments + ["--db", db], environment: environment)
        }
        let morning = try run(["report", "morning", "--today", "2026-11-23", "--as", "Dana Brooks"], spanish)
        #expect(morning.status == 0, "\(morning.stderr)")
        #expect(morning.stdout.hasPrefix("Revisión de la mañana\nlun 23 nov 2026\n\nDe un vistazo\n"), "\(morning.stdout)")
        for words in ["Audiencias de hoy sin aliado o aliada que acompañe", "Primeras audiencias de hoy",
                      "Seguimientos atrasados por aliado o aliada", "Este mes hasta hoy comparado con el mes pasado"] {
            #expect(morning.stdout.contains(words), "\(words)")
        }
        #expect(!morning.stdout.contains("Morning review") && !morning.stdout.contains("At a glance"))
        // The locale says Spanish too, when P4P_LANG says nothing.
        let byLocale = try run(["report", "morning", "--today", "2026-11-23"], ["P4P_LANG": "", "LC_ALL": "", "LANG": "es_US.UTF-8"])
        #expect(byLocale.stdout == morning.stdout)

        let monthly = try run(["report", "monthly", "--month", "2026-10", "--format", "markdown"], spanish)
        #expect(monthly.stdout.hasPrefix("# Informe del programa\n\noctubre de 2026 (del 2026-10-01 al 2026-10-31)\n"))
        #expect(monthly.stdout.contains("| Madres y padres atendidos |"))

        // Scripts read CSV: English section and column names, whatever the language.
        let csv = try run(["report", "morning", "--today", "2026-11-23", "--format", "csv"], spanish).stdout
        #expect(csv == (try run(["report", "morning", "--today", "2026-11-23", "--format", "csv"], [:]).stdout))

        // Mistakes and refusals are said in Spanish too.
        let month = try run(["report", "monthly", "--month", "octubre"], spanish)
        #expect(month.status != 0 && month.stderr.contains("--month: \"octubre\" no es un mes; escríbalo como AAAA-MM"))
        let ally = try run(["report", "morning", "--today", "2026-11-23", "--as", "Rosa Delgado"], spanish)
        #expect(ally.status != 0 && ally.stderr.contains("Solo un supervisor lee los informes"), "\(ally.stderr)")
        let log = try run(["audit", "--limit", "20"], spanish).stdout
        #expect(log.contains("\timprimió la revisión de la mañana\n") && log.contains("\timprimió el informe mensual de octubre de 2026\n"),
                "\(log)")
    }

    @Test func theActivityReportInTextAndCSV() throws {
        let db = try demo()
        let text = try Binary.run(["report", "activity", "--db", db, "--month", "2026-10"])
        #expect(text.status == 0 && text.stderr.isEmpty, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Parent Ally activity\nOctober 2026 (2026-10-01 to 2026-10-31)\n\nBy Parent Ally\n"), "\(text.stdout)")
        #expect(text.stdout.contains("Contacts and minutes by mode"))

        let result = try Binary.run(["report", "activity", "--db", db, "--month", "2026-10", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        guard let rows = Self.parseCSV(result.stdout), let header = rows.first else {
            Issue.record("not CSV:\n\(result.stdout)"); return
        }
        #expect(header == ["section", "ally", "parents served", "new parents", "contacts", "minutes", "hearings covered",
                           "classes taught", "referrals", "mode"])
        #expect(rows.allSatisfy { $0.count == header.count }, "every record has every column")
        let byAlly = rows.filter { $0[0] == "By Parent Ally" }
        let total = try #require(byAlly.last)
        #expect(total[1] == "All" && byAlly.count > 2)
        // The demo's allies did something in October, and "All" adds up their rows (parents
        // served aside: a parent seen by two allies counts once there).
        let counts = byAlly.dropLast().map { $0[2...8].map { Int($0) ?? -1 } }
        for column in [1, 2, 3, 4, 5, 6] {
            #expect(counts.reduce(0) { $0 + $1[column] } == Int(total[2 + column]), "\(header[2 + column])")
        }
        #expect(Int(total[4])! > 0 && Int(total[5])! > 0)
        #expect(Int(total[2])! <= counts.reduce(0) { $0 + $1[0] })
        // The text ends its first table with the same totals row.
        let textTotal = text.stdout.split(separator: "\n").first { $0.hasPrefix("  All ") }.map { $0.split(separator: " ").map(String.init) }
        #expect(textTotal == ["All"] + Array(total[2...8]), "\(text.stdout)")
        // The modes table adds up to the same contacts.
        let modeTotals = rows.filter { $0[0] == "Contacts and minutes by mode" && $0[1] == "All" }
        #expect(modeTotals.reduce(0) { $0 + (Int($1[4]) ?? 0) } == Int(total[4]))

        let log = try Binary.run(["audit", "--db", db, "--limit", "5"])
        #expect(log.stdout.contains("\tprinted the activity report for October 2026"), "\(log.stdout)")
        let month = try Binary.run(["report", "activity", "--db", db, "--month", "Oct"])
        #expect(month.status != 0 && month.stderr.contains("--month: \"Oct\" is not a month"))
        let ally = try Binary.run(["report", "activity", "--db", db, "--month", "2026-10", "--as", "Rosa Delgado"])
        #expect(ally.status != 0 && ally.stdout.isEmpty && ally.stderr.contains("Only a supervisor reads the reports"))
        let spanish = try Binary.run(["report", "activity", "--db", db, "--month", "2026-10"], environment: ["P4P_LANG": "es"])
        #expect(spanish.stdout.hasPrefix("Actividad de aliados y aliadas\noctubre de 2026"), "\(spanish.stdout)")
    }

    @Test func theOutcomesReportInTextAndCSV() throws {
        let db = try demo()
        let args = ["report", "outcomes", "--db", db, "--today", "2026-11-23", "--from", "2026-01-01", "--to", "2026-11-23"]
        let text = try Binary.run(args)
        #expect(text.status == 0 && text.stderr.isEmpty, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Outcomes: the program's evaluation figures\n2026-01-01 to 2026-11-23\n\nParents in each group\n"),
                "\(text.stdout)")
        for title in ["Court attendance at held hearings", "Children reunified within 12 months of removal",
                      "Days from removal to permanency (children)", "Left out of the rates"] {
            #expect(text.stdout.contains(title), "\(title)")
        }

        let result = try Binary.run(args + ["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        guard let rows = Self.parseCSV(result.stdout), let header = rows.first else {
            Issue.record("not CSV:\n\(result.stdout)"); return
        }
        #expect(header == ["section", "group", "parents", "count", "of", "rate", "median days", "figure"])
        #expect(rows.allSatisfy { $0.count == header.count }, "every record has every column")
        // Every published number is 11 or more; anything smaller reads "< 11".
        let numbers = rows.dropFirst().flatMap { $0[2...6] }.filter { !$0.isEmpty && !$0.hasPrefix("0.") && $0 != "< 11" }
        #expect(numbers.allSatisfy { Int($0).map { $0 >= 11 } ?? (Double($0) != nil) }, "\(numbers)")
        #expect(rows.filter { $0[0] == "Parents in each group" }.map { $0[1] } ==
                ["Served", "Never served (none)", "Dependency 101 attended", "Dependency 101 offered, not attended",
                 "Mentored", "Full model"])

        let log = try Binary.run(["audit", "--db", db, "--limit", "5"])
        #expect(log.stdout.contains("\tprinted the outcomes report from 2026-01-01 to 2026-11-23"), "\(log.stdout)")
        let backwards = try Binary.run(["report", "outcomes", "--db", db, "--from", "2026-11-23", "--to", "2026-01-01"])
        #expect(backwards.status != 0 && backwards.stdout.isEmpty)
        let ally = try Binary.run(args + ["--as", "Rosa Delgado"])
        #expect(ally.status != 0 && ally.stdout.isEmpty && ally.stderr.contains("Only a supervisor reads the reports"))
        let county = try Binary.run(args + ["--county", "Nowhere", "--format", "csv"])
        #expect(county.status == 0 && county.stdout.contains("Parents in each group,Served,< 11"), "\(county.stdout)")
    }
}
