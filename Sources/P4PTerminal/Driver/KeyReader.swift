import CCurses
import P4PController

/// Reads keys: what ncurses recognised, and escape sequences it did not, read whole.
struct KeyReader<Source: RawInputSource> {
    var source: Source

    /// What one read found.
    enum Read: Equatable {
        /// Nothing arrived within the wait.
        case nothing
        case key(Key)
        /// Input that means no key: a sequence swallowed whole, a key code or control character
        /// the program does not use.
        case ignored
    }

    mutating func read(waiting milliseconds: Int32) -> Read {
        guard let input = source.next(waiting: milliseconds) else { return .nothing }
        if input == .character(EscapeSequence.escape) {
            return EscapeSequence.afterEscape(from: &source).map(Read.key) ?? .ignored
        }
        return KeyDecoder.decode(input).map(Read.key) ?? .ignored
    }
}

/// ncurses as a source of raw input: `get_wch` with a wait.
struct CursesInput: RawInputSource {
    mutating func next(waiting milliseconds: Int32) -> RawInput? {
        wtimeout(cc_stdscr(), milliseconds)
        var value: UInt32 = 0
        switch cc_get_wch(&value) {
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: value))
        case OK: return .character(value)
        default: return nil
        }
    }

    mutating func pushBack(_ input: RawInput) {
        switch input {
        case .character(let value): unget_wch(wchar_t(bitPattern: value))
        case .keyCode(let code): ungetch(code)
        }
    }
}
