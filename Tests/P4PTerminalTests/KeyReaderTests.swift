import Testing
import P4PController
@testable import P4PTerminal

/// Raw input as a script: `nil` is a pause longer than any wait.
struct ScriptedInput: RawInputSource {
    var script: [RawInput?]

    init(_ script: [RawInput?]) { self.script = script }

    /// Characters typed together, as a terminal sends a sequence.
    static func text(_ s: String) -> [RawInput?] { s.unicodeScalars.map { .character($0.value) } }

    mutating func next(waiting milliseconds: Int32) -> RawInput? {
        guard !script.isEmpty else { return nil }
        return script.removeFirst()
    }

    mutating func pushBack(_ input: RawInput) { script.insert(input, at: 0) }
}

@Suite struct KeyReaderTests {
    /// Every read until the script runs out, pauses and all.
    func reads(_ script: [RawInput?]) -> [KeyReader<ScriptedInput>.Read] {
        var reader = KeyReader(source: ScriptedInput(script))
        var found: [KeyReader<ScriptedInput>.Read] = []
        while !reader.source.script.isEmpty { found.append(reader.read(waiting: 250)) }
        return found
    }

    func keys(_ script: [RawInput?]) -> [Key] {
        reads(script).compactMap { if case .key(let key) = $0 { return key } else { return nil } }
    }

    @Test func f12ThatTheTerminfoEntryLacksIsF12NotFiveKeys() {
        // TERM=vt100 lists no F12; a terminal (tmux, xterm) still sends ESC [ 2 4 ~.
        #expect(keys(ScriptedInput.text("\u{1B}[24~")) == [.function(12)])
    }

    @Test func anUnknownSequenceIsSwallowedWholeAndWhatFollowsIsKept() {
        // Ctrl-Alt-Up, a focus report, a modified F1 in SS3 form, then a real q.
        let script = ScriptedInput.text("\u{1B}[1;7A") + ScriptedInput.text("\u{1B}[I") + ScriptedInput.text("\u{1B}O2P")
            + ScriptedInput.text("q")
        #expect(keys(script) == [.char("q")])
        #expect(reads(ScriptedInput.text("\u{1B}[1;7A")) == [.ignored])
    }

    @Test func theEscKeyAloneIsEscAtOnce() {
        #expect(keys([.character(0x1B), nil, .character(0x71)]) == [.escape, .char("q")])
        #expect(keys([.character(0x1B)]) == [.escape])
    }

    @Test func escThenALetterAlreadyWaitingIsEscThenTheLetter() {
        // Alt-q, or Esc and q typed fast: both keys, as before.
        #expect(keys(ScriptedInput.text("\u{1B}q")) == [.escape, .char("q")])
        #expect(keys([.character(0x1B), .keyCode(KeyCodes.up)]) == [.escape, .up])
    }

    @Test func aSequenceCutShortIsSwallowedAndTheInterruptingKeyKept() {
        #expect(keys(ScriptedInput.text("\u{1B}[2") + [nil] + ScriptedInput.text("j")) == [.char("j")])
        #expect(keys(ScriptedInput.text("\u{1B}[2") + ScriptedInput.text("\u{1B}")) == [.escape])
        #expect(keys(ScriptedInput.text("\u{1B}[2") + [.keyCode(KeyCodes.up)]) == [.up])
    }

    @Test func xtermAndConsoleKeysAreKnownWhenTheTerminfoEntryLacksThem() {
        let expected: [(String, Key)] = [
            ("[A", .up), ("OB", .down), ("[H", .home), ("[4~", .end), ("[5~", .pageUp), ("[6~", .pageDown),
            ("[3~", .delete), ("[Z", .backTab), ("OP", .function(1)), ("[15~", .function(5)),
            ("[21~", .function(10)), ("[[A", .function(1)),
        ]
        for (sequence, key) in expected {
            #expect(keys(ScriptedInput.text("\u{1B}" + sequence)) == [key], "ESC \(sequence)")
        }
    }

    @Test func aLongSequenceIsSwallowedToItsEnd() {
        let long = ScriptedInput.text("\u{1B}[" + String(repeating: "1;", count: 100) + "~") + ScriptedInput.text("j")
        #expect(reads(long) == [.ignored, .key(.char("j"))])
    }
}

/// ncurses key codes, through the decoder's own import.
enum KeyCodes {
    static let up = Int32(0o403)
}
