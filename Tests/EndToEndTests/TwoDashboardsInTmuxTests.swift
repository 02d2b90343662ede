import Foundation
import Testing

/// Two real dashboards on one file, in two terminals: both open `2 a` on the same parent; one
/// saves, then the other: the second is refused in words, and the first one's save stands.
@Suite(.serialized) struct TwoDashboardsInTmuxTests {
    let today = "2026-12-01"

    @Test(.enabled(if: Tmux.isAvailable)) func aStaleSaveIsRefusedNotWrittenOver() throws {
        let (_, db) = try Binary.demo(today: today)
        func dashboard(_ name: String, _ pin: String) throws -> Tmux {
            let tmux = try Tmux(command: "env LANG=C.UTF-8 \(Binary.url.path) --db \(db) --today \(today); echo EXITED $?; sleep 30",
                                columns: 120, rows: 30)
            try tmux.waitFor("Sign in")
            try tmux.signIn(name: name, pin: pin)
            try tmux.waitFor("Docket (", timeout: 20)
            return tmux
        }
        let sam = try dashboard("Sam", "975310")
        let dana = try dashboard("Dana", "246810")
        for tmux in [sam, dana] {
            try tmux.send("2")
            try tmux.send("a")
            try tmux.waitFor("Assign a Parent Ally to")
        }
        try sam.send("C-s")
        let saved = try sam.waitFor("Parent Ally assigned")
        #expect(!saved.contains("Not saved"))
        try dana.send("C-s")
        let refused = try dana.waitFor("Not saved: Sam Rivera assigned this parent to")
        #expect(refused.contains("Assign a Parent Ally to"), "the form stays open")
        #expect(!refused.contains("Parent Ally assigned"))
        for tmux in [sam, dana] {
            try tmux.send("Escape")
            try tmux.send("F10")
            try tmux.waitFor("EXITED 0", timeout: 20)
        }
    }
}
