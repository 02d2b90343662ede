/// What the terminal sent, as ncurses hands it over: a character, or a key code it recognised
/// from the terminal's terminfo entry.
enum RawInput: Equatable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// Where raw input comes from: ncurses in the driver, a script in tests.
protocol RawInputSource {
    /// The next input, waiting at most `milliseconds` (0: only what has already arrived);
    /// nil when nothing came.
    mutating func next(waiting milliseconds: Int32) -> RawInput?
    /// Returns an input, to be read again next.
    mutating func pushBack(_ input: RawInput)
}
