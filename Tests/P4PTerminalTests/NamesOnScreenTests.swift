import Foundation
import GRDB
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// Names with emoji sequences, accents and other scripts on the real screens: every line as
/// wide as the terminal, as ncurses places it, and the same in ASCII for a LANG=C terminal.
@Suite struct NamesOnScreenTests {
    static let names = ["👨‍👩‍👧 Núñez Family", "Ana 👍🏽 Ibáñez ❤️", "Шевченко Ольга", "Weiß Zoë"]

    /// The fixture, with parents named as above on a hearing today (docket) and waiting for an
    /// ally (unassigned), and the ally covering one of them named with an emoji too.
    func session() throws -> DeskSession {
        let store = try Fixture.makeStore()
        try store.pool.write { db in
            let type = try ID.fetchOne(db, sql: "SELECT id FROM hearing_types WHERE code = 'shelter-72'")!
            var ally = Ally(name: "Dee 🌻 Okafor", languages: ["English"], county: "King")
            try ally.insert(db)
            for (index, name) in Self.names.enumerated() {
                var parent = Parent(name: name, waitingSince: Fixture.day(-index))
                try parent.insert(db)
                var dependencyCase = DependencyCase(caseNumber: "26-7-0200\(index)-1", removalDate: Fixture.day(-3))
                try dependencyCase.insert(db)
                try CaseParent(caseId: dependencyCase.id!, parentId: parent.id!, role: .mother).insert(db)
                var hearing = Hearing(caseId: dependencyCase.id!, typeId: type, date: Fixture.today,
                                      time: Fixture.time(8, index), courtroom: "Dept 5", allyId: index == 0 ? ally.id : nil)
                try hearing.insert(db)
            }
        }
        return DeskSession(store: store, today: Fixture.today)
    }

    func canvas(_ size: String, keys: String = "") throws -> Canvas {
        Headless.run(try session(), size: Size(size)!, keys: try KeyScript.parse(keys))
    }

    static let screens: [(size: String, keys: String)] = [
        ("80x24", ""), ("120x40", ""), ("200x40", ""), ("80x24", "2 / a"), ("100x30", "2 Enter"), ("100x30", "2 a"),
    ]

    @Test func everyLineIsAsWideAsTheTerminalAsNcursesDrawsIt() throws {
        for (size, keys) in Self.screens {
            let screen = try canvas(size, keys: keys)
            #expect(screen.text.contains("Núñez") || keys != "", "\(size) \(keys)")
            for row in 0..<screen.size.rows {
                let line = screen.line(row)
                #expect(SystemWidth.of(line) == screen.size.columns, "\(size) \(keys) row \(row): \(line)")
            }
        }
    }

    @Test func bordersStayInTheirColumnsAsNcursesPlacesThem() throws {
        let screen = try canvas("120x40")
        let layout = Layout(screen.size)
        let frames = (0..<3).map { layout.paneFrame($0) }
        let expected = frames.flatMap { [$0.column, $0.column + $0.width - 1] }
        for row in 1..<(layout.paneHeight - 1) {
            // The column each code point lands in, counted as wcwidth counts.
            var column = 0
            var borders: [Int] = []
            for scalar in screen.line(row).unicodeScalars {
                if scalar == "│" { borders.append(column) }
                column += max(0, Int(SystemWidth.of(scalar)))
            }
            #expect(borders == expected, "row \(row): \(screen.line(row))")
        }
    }

    @Test func aLineWithAWideSequenceCutAtTheEdgeDropsItWhole() {
        var canvas = Canvas(size: Size(columns: 7, rows: 1))
        #expect(canvas.put("abc👨‍👩‍👧", row: 0, column: 0) == 3, "six columns do not fit in four")
        #expect(canvas.put("👨‍👩‍👧", row: 0, column: 1) == 6)
        #expect(SystemWidth.of(canvas.line(0)) == 7)
        canvas.put("x", row: 0, column: 4)
        #expect(canvas.line(0) == "a   x  ", "overwriting part of a wide sequence blanks the rest of it")
    }

    @Test func asciiScreensKeepTheLayoutAndSpellNamesInLatinLetters() throws {
        for (size, keys) in Self.screens {
            let screen = try canvas(size, keys: keys)
            var ascii = AsciiFallback()
            let lines = (0..<screen.size.rows).map { ascii.line($0, of: screen) }
            for (row, line) in lines.enumerated() {
                #expect(line.count == screen.size.columns && line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F },
                        "\(size) \(keys) row \(row): \(line)")
                // Where the screen has a vertical border, the ASCII one is in the same column.
                let unicode = (0..<screen.size.columns).map { screen[row, $0] }
                let borders = unicode.indices.filter { unicode[$0].text == "│" }
                #expect(borders.allSatisfy { Array(line)[$0] == "|" }, "\(size) \(keys) row \(row): \(line)")
                #expect(!line.contains("?") || screen.line(row).contains("?"), "\(line)")
            }
            if size == "200x40" {
                let text = lines.joined(separator: "\n")
                for name in ["_      Nunez Family", "Ana _    Ibanez _", "Weis Zoe", "Sevcenko Ol'ga", "Maria Jose Nunez"] {
                    #expect(text.contains(name), "\(size): \(name) in\n\(text)")
                }
            }
        }
    }

    @Test func asciiTwinsForBoxDrawingAndMarks() {
        var ascii = AsciiFallback()
        var canvas = Canvas(size: Size(columns: 12, rows: 3))
        canvas.box(row: 0, column: 0, width: 12, height: 3, title: "Docket", focused: false)
        canvas.put("é…→王", row: 1, column: 1)
        #expect((0..<3).map { ascii.line($0, of: canvas) } == ["+ Docket --+", "|e~>wa     |", "+----------+"])
    }
}
