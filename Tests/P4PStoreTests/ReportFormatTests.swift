import CSV
import Foundation
import Testing
@testable import P4PStore

/// The same report model as text, Markdown and CSV: the same figures in each, and nothing a
/// name holds can break a table, a CSV reader or a spreadsheet.
@Suite struct ReportFormatTests {
    func csvRows(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test(arguments: TestEngine.all)
    func theProgramReportReadsAlikeInEveryFormat(_ engine: TestEngine) throws {
        let document = try ReportWorld(engine).store.programReport(ReportPeriod(month: "2026-10")!).document
        #expect(document.subtitle.text(.english) == "October 2026 (2026-10-01 to 2026-10-31)")

        let text = document.text(in: .english)
        #expect(text.contains("  Reached at first hearing                        3   5   60%  first hearings held"))
        #expect(text.contains("  Median days from removal to permanency      443.5   4        cases reaching permanency"))

        let markdown = document.markdown(in: .english)
        #expect(markdown.contains("## Contacts by mode"))
        #expect(markdown.contains("| figure | value | of | rate | denominator |\n|---|---:|---:|---:|---|"))
        #expect(markdown.contains("| Reached at first hearing | 3 | 5 | 60% | first hearings held |"))

        let rows = try csvRows(try document.csv())
        #expect(rows.first == ["section", "figure", "value", "of", "rate", "denominator", "mode", "kind", "outcome"])
        #expect(rows.allSatisfy { $0.count == rows[0].count }, "every row has every column")
        #expect(rows.contains(["Figures", "Reached at first hearing", "3", "5", "0.600", "first hearings held", "", "", ""]))
        #expect(rows.contains(["Figures", "Dependency 101, of parents first met", "2", "4", "0.500", "parents first met at a hearing", "", "", ""]))
        #expect(rows.contains(["Figures", "Median days from removal to permanency", "443.5", "4", "", "cases reaching permanency", "", "", ""]))
        #expect(rows.contains(["Contacts by mode", "", "2", "", "", "", "phone", "", ""]))
        #expect(rows.contains(["Cases closed by outcome", "", "2", "", "", "", "", "", "reunified"]))
    }

    @Test(arguments: TestEngine.all)
    func theMorningReviewReadsAlikeInEveryFormat(_ engine: TestEngine) throws {
        let review = try ReportWorld(engine).store.morningReview(today: ReportWorld.d("2026-11-02"), limit: 2)
        let document = review.document
        // Training is left out where no hours are required (this world sets none).
        #expect(document.sections.map(\.title) == MorningReview.Part.allCases.filter { $0 != .trainingShort }.map(\.words))

        let text = document.text(in: .english)
        #expect(text.contains("Unassigned parents, longest waiting first (first 2 of 3)"))
        #expect(text.contains("  P8 Father  2026-09-01               62  English   —"))

        let markdown = document.markdown(in: .english)
        #expect(markdown.contains("## Overdue follow\\-ups by Parent Ally (first 2 of 3)") == false)
        #expect(markdown.contains("## Overdue follow-ups by Parent Ally (first 2 of 3)"))
        #expect(markdown.contains("| Ana Ruiz | 2 | 2026-10-20 | 13 |"))

        let rows = try csvRows(try document.csv())
        let header = rows[0]
        #expect(Array(header.prefix(3)) == ["section", "rank", "total"])
        #expect(rows.allSatisfy { $0.count == header.count })
        func row(_ section: MorningReview.Part, _ rank: Int) -> [String: String]? {
            rows.dropFirst().first { $0[0] == section.words.text(.english) && $0[1] == "\(rank)" }
                .map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        }
        #expect(row(.longestWaiting, 1)?["parent"] == "P8 Father" && row(.longestWaiting, 1)?["days waiting"] == "62")
        #expect(row(.longestWaiting, 2)?["total"] == "3" && row(.longestWaiting, 3) == nil)
        #expect(row(.caseloads, 1)?["use"] == "1.000")
        let months = rows.filter { $0[0] == MorningReview.Part.months.words.text(.english) }.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        let reached = months.first { $0["figure"] == Figure.reachedAtFirstHearing.words.text(.english) }
        #expect(reached?["this month rate"] == "" && reached?["last month"] == "3" && reached?["last month of"] == "5"
                && reached?["last month rate"] == "0.600")
    }

    /// Columns line up with runs of spaces; the words are what is checked here.
    func squeezed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: "\n")
    }

    @Test(arguments: TestEngine.all)
    func theProgramReportInSpanish(_ engine: TestEngine) throws {
        let document = try ReportWorld(engine).store.programReport(ReportPeriod(month: "2026-10")!).document
        let text = squeezed(document.text(in: .spanish))
        #expect(text.hasPrefix("Informe del programa\noctubre de 2026 (del 2026-10-01 al 2026-10-31)\n\nCifras\n"), "\(text)")
        #expect(text.contains("\ncifra valor de tasa denominador\n"))
        #expect(text.contains("\nAtendidos en la primera audiencia 3 5 60% primeras audiencias celebradas\n"))
        #expect(text.contains("\nMediana de días de la separación a la permanencia 443.5 4 casos que llegaron a la permanencia\n"))
        #expect(text.contains("\nContactos por modo\nmodo valor\n") && text.contains("\nteléfono 2\n"))
        #expect(text.contains("\nCasos cerrados por resultado\nresultado valor\n") && text.contains("\nreunificación 2\n"))
        for english in ["Figures", "Reached", "first hearings held", "phone", "reunified", "October"] {
            #expect(!text.contains(english), "\(english) left in English")
        }
        let markdown = document.markdown(in: .spanish)
        #expect(markdown.contains("# Informe del programa\n") && markdown.contains("## Referidos por tipo\n"))
        #expect(markdown.contains("| cifra | valor | de | tasa | denominador |\n|---|---:|---:|---:|---|"))
        // CSV is for scripts: English names and stored codes, whoever reads it.
        #expect(try document.csv() == (try ReportWorld(engine).store.programReport(ReportPeriod(month: "2026-10")!).document.csv()))
        #expect(try csvRows(try document.csv()).contains(["Contacts by mode", "", "2", "", "", "", "phone", "", ""]))
    }

    @Test(arguments: TestEngine.all)
    func theMorningReviewInSpanish(_ engine: TestEngine) throws {
        let review = try ReportWorld(engine).store.morningReview(today: ReportWorld.d("2026-11-02"), limit: 2)
        let text = squeezed(review.document.text(in: .spanish))
        #expect(text.hasPrefix("Revisión de la mañana\nlun 2 nov 2026\n\nDe un vistazo\ncifra cantidad\n"), "\(text)")
        #expect(text.contains("\nMadres y padres sin asignar, primero quienes más esperan (primeros 2 de 3)\n"))
        #expect(text.contains("\nmadre o padre espera desde días de espera idioma próxima audiencia\n"))
        #expect(text.contains("\nP8 Father 2026-09-01 62 inglés —\n"), "a parent's language in the reader's words")
        #expect(text.contains("\nSeguimientos atrasados por aliado o aliada (primeros 2 de 3)\n"))
        #expect(text.contains("\ndesde 2026-11-01 2026-10-01\n") && text.contains("\nhasta 2026-11-02 2026-10-31\n"))
        for english in ["At a glance", "first 2 of 3", "English", "none", "from", "Monday", "Nov"] {
            #expect(!text.contains(english), "\(english) left in English")
        }
        let markdown = review.document.markdown(in: .spanish)
        #expect(markdown.contains("## Carga de casos frente al límite, de mayor a menor"))
    }

    @Test(arguments: TestEngine.all)
    func namesCannotBreakATableOrRunInASpreadsheet(_ engine: TestEngine) throws {
        let document = ReportDocument(title: .asIs("T"), subtitle: .asIs("S"), sections: [
            ReportSection(title: .asIs("People"), columns: ["name", "n"], rows: [
                [.text("=HYPERLINK(\"http://x\")"), .count(1)],
                [.text("Pipe | Star*, \"Quoted\""), .count(2)],
                [.text("Esc\u{1B}[31mRed"), .rate(nil)],
            ]),
        ])
        let rows = try csvRows(try document.csv())
        #expect(rows[1] == ["People", "'=HYPERLINK(\"http://x\")", "1"])
        #expect(rows[2] == ["People", "Pipe | Star*, \"Quoted\"", "2"])
        #expect(rows[3] == ["People", "Esc[31mRed", ""])
        let markdown = document.markdown(in: .english)
        #expect(markdown.contains("| Pipe \\| Star\\*, \"Quoted\" | 2 |"))
        #expect(!markdown.contains("\u{1B}") && !document.text(in: .english).contains("\u{1B}"))
        #expect(document.text(in: .english).contains("  Esc[31mRed              —"))
    }
}
