import Foundation
import Testing

/// The real binary in a real terminal, in Spanish at 80x24, as a screen reader meets it: the
/// terminal's cursor follows the selected row, the chosen option and the line being read.
@Suite(.serialized) struct ScreenReaderInTmuxTests {
    @Test(.enabled(if: Tmux.isAvailable)) func theCursorFollowsTheSelectionInSpanish() throws {
        let (_, db) = try Binary.demo()
        let tmux = try Tmux(command: "env LANG=C.UTF-8 P4P_LANG=es TERM=xterm-256color \(Binary.url.path) --db \(db) "
                                + "--today 2026-11-23; echo EXITED $?; sleep 30", columns: 80, rows: 24)
        try tmux.waitFor("Iniciar sesión")
        try tmux.signIn(name: "Dana", pin: "246810")
        let dashboard = try tmux.waitFor("Sin asignar (")
        #expect(dashboard.contains("Audiencias (") && dashboard.contains("Atrasados ("))
        #expect(try tmux.cursor() == (2, 2), "on the docket's first row")
        try tmux.send("Down", "Down")
        try tmux.waitForCursor(row: 4)
        // The outcome form: the cursor goes to the option chosen.
        try tmux.send("o")
        try tmux.waitFor("Resultado:")
        try tmux.send("Right")
        let form = try tmux.waitFor("> atendida")
        let row = try tmux.cursor().row
        #expect(form.split(separator: "\n", omittingEmptySubsequences: false)[row].contains("> atendida"))
        try tmux.send("Escape")
        try tmux.send("y")
        try tmux.waitUntilGone("Resultado:")
        // The morning review arrives after the key that asked for it; End still reads its last line.
        try tmux.send("M")
        try tmux.waitFor("De un vistazo")
        try tmux.send("End")
        try tmux.waitForCursor(row: 20)
        // Read after the cursor moved: the screen the cursor is on.
        let note = try tmux.screen().split(separator: "\n")[21]
        #expect(note.range(of: #" ([0-9]+)/\1 "#, options: .regularExpression) != nil, "the last line of the page: \(note)")
        try tmux.send("Escape")
        try tmux.waitFor("Sin asignar (")
        try tmux.send("F10")
        try tmux.waitFor("EXITED 0")
    }
}

/// Why the dashboard cannot start on a terminal is said in the user's language too.
@Suite(.serialized) struct TerminalRefusalInTmuxTests {
    @Test(.enabled(if: Tmux.isAvailable)) func aTerminalThatCannotMoveTheCursorIsRefusedInSpanish() throws {
        let (_, db) = try Binary.demo()
        let tmux = try Tmux(command: "env LANG=C.UTF-8 P4P_LANG=es TERM=dumb \(Binary.url.path) --db \(db) "
                                + "--today 2026-11-23; echo EXITED $?; sleep 30", columns: 200, rows: 10)
        let screen = try tmux.waitFor("EXITED")
        #expect(screen.contains("TERM=dumb no puede mover el cursor") && screen.contains("defina TERM"), "\(screen)")
        #expect(screen.contains("EXITED 1"))
    }
}
