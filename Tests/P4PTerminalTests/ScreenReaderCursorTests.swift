import Foundation
import Testing
import P4PController
@testable import P4PStore
@testable import P4PTerminal

/// Screen readers and braille displays follow the terminal's real cursor: it rests on the
/// selected row, field or option of every screen, and the selection is drawn there too.
@Suite struct ScreenReaderCursorTests {
    let golden = GoldenScreenTests()

    func cursor(_ canvas: Canvas) throws -> (row: Int, column: Int) {
        try #require(canvas.cursor.map { ($0.row, $0.column) }, "the cursor is placed")
    }

    /// The text of the cursor's row from the cursor on.
    func atCursor(_ canvas: Canvas) throws -> String {
        let (row, column) = try cursor(canvas)
        return String((column..<canvas.size.columns).map { canvas[row, $0].text }.joined())
    }

    @Test func theCursorAndTheHighlightAreOnTheFocusedPanesSelectedRow() throws {
        for (keys, row) in [("", 2), ("Down", 3), ("Down Down Up", 3)] {
            let screen = try golden.canvas("80x24", keys: keys)
            let (cursorRow, column) = try cursor(screen)
            #expect(cursorRow == row && column == 2, "\(keys): on the marker of row \(row)")
            #expect(try atCursor(screen).hasPrefix(">"))
            // The highlight spans the docket pane's inside, and only the selected row has it.
            let inside = 1..<(Layout(screen.size).paneFrames()[0].width - 1)
            #expect(inside.allSatisfy { screen[row, $0].style == .selected }, "\(keys): row \(row) is highlighted")
            for other in 2...5 where other != row {
                #expect(!inside.contains { screen[other, $0].style == .selected }, "\(keys): row \(other) is not")
            }
        }
    }

    @Test func focusTakesTheCursorAndLeavesAQuieterMarkBehind() throws {
        let screen = try golden.canvas("80x24", keys: "2")
        let frames = Layout(screen.size).paneFrames()
        let (row, column) = try cursor(screen)
        #expect(row == 2 && column == frames[1].column + 2, "on the unassigned pane's marker")
        #expect(screen[2, frames[1].column + 3].style == .selected)
        #expect(screen[2, 3].style == .selectedUnfocused, "the docket keeps its place, unfocused")
    }

    @Test func anEmptyPaneHasTheCursorOnWhyItIsEmpty() throws {
        let screen = try golden.canvas("80x24", keys: "] ]")
        #expect(try atCursor(screen).hasPrefix("No hearings on this day"))
    }

    @Test func aChoiceHasTheCursorOnItsChosenOption() throws {
        let chosen = try golden.canvas("100x30", keys: "o Right")
        #expect(try atCursor(chosen).hasPrefix("> met"))
        let next = try golden.canvas("100x30", keys: "o Right Right")
        #expect(try atCursor(next).hasPrefix("> declined"))
        #expect(try cursor(next).row == cursor(chosen).row + 1, "one option further down")
        let none = try golden.canvas("100x30", keys: "o")
        #expect(try atCursor(none).hasPrefix("— ›"), "nothing chosen yet: on the field's value")
    }

    @Test func aTwoWayChoiceHasTheCursorOnItsWord() throws {
        // The contact form's "Reached": yes or no, shown in place.
        let screen = try golden.canvas("100x30", keys: "3 c BTab BTab BTab BTab")
        #expect(try atCursor(screen).hasPrefix("yes ›"))
    }

    @Test func aPickerHasTheCursorOnThePickedOne() throws {
        let screen = try golden.canvas("100x30", keys: "2 a")
        let line = try atCursor(screen)
        #expect(line.hasPrefix("> Ana Ruiz") || line.hasPrefix("> Tom Sampson"), "\(line)")
    }

    @Test func aListOfTicksHasTheCursorOnTheHighlightedOption() throws {
        let first = try golden.canvas("100x30", keys: "3 c BTab BTab")
        #expect(try atCursor(first).hasPrefix("> [ ] treatment"))
        let ticked = try golden.canvas("100x30", keys: "3 c BTab BTab Right Space")
        #expect(try atCursor(ticked).hasPrefix("> [x] housing"))
    }

    @Test func typingPutsTheCursorWhereTheNextLetterGoes() throws {
        // The edit form's name, "María José Núñez": accents take one column each.
        let end = try golden.canvas("80x24", keys: "2 e")
        let home = try golden.canvas("80x24", keys: "2 e Home")
        #expect(try cursor(end).column - cursor(home).column == TextWidth.of("María José Núñez"))
        #expect(try atCursor(home).hasPrefix("María José Núñez"))
        // A note's second line: the cursor is on it, after what was typed there.
        let note = try golden.canvas("100x30", keys: "3 c first Enter sé")
        #expect(try cursor(note).row == cursor(golden.canvas("100x30", keys: "3 c first")).row + 1)
        let (row, column) = try cursor(note)
        #expect(note[row, column - 2].text == "s" && note[row, column - 1].text == "é")
    }

    @Test func aPageHasTheCursorOnTheLineBeingRead() throws {
        let top = try golden.canvas("80x24", keys: "Enter")
        #expect(try cursor(top).row == 1 && cursor(top).column == 2)
        #expect(try atCursor(top).hasPrefix("María José Núñez"))
        let end = try golden.canvas("80x24", keys: "Enter End")
        #expect(try atCursor(end).hasPrefix("none yet"), "End reads the last line, in the last row of the page")
        let up = try golden.canvas("80x24", keys: "Enter End Up")
        #expect(try cursor(up).row == cursor(end).row - 1)
        let help = try golden.canvas("80x24", keys: "? End")
        #expect(try cursor(help).row > 1, "help too")
    }

    @Test func theTooSmallNoticeHasTheCursorOnItsFirstLine() throws {
        let screen = try golden.canvas("50x10")
        #expect(try cursor(screen).row == 0 && cursor(screen).column == 0)
    }

    /// Wherever the user is, the cursor is placed, inside the frame, never on a border.
    @Test func theCursorIsNeverLeftOnAFrame() throws {
        let borders: Set<String> = ["│", "─", "┌", "┐", "└", "┘"]
        for keys in ["", "2", "3", "Enter", "Enter End", "M", "M End", "?", "o", "2 a", "3 c", "3 s", "n", "n Enter",
                     "2 e", "/ jos", "2 n Right Enter"] {
            for language in [Language.english, .spanish] {
                let screen = try golden.canvas("80x24", keys: keys, language: language)
                let (row, column) = try cursor(screen)
                #expect(!borders.contains(screen[row, column].text), "\(keys) in \(language): \(screen.line(row))")
            }
        }
    }
}
