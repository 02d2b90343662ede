import P4PController

/// Escape sequences the terminal's terminfo entry does not list, read whole. ncurses turns the
/// sequences it knows into key codes; for any other it hands over ESC and then the rest as
/// characters (under TERM=vt100, F12's `ESC [ 2 4 ~` would be Esc, `[`, `2`, `4`, `~`, and move
/// the docket a day back). So after an ESC that has more right behind it, the sequence is read
/// to its end (ECMA-48: CSI parameters and intermediates, then one final byte; SS3 and one
/// character) and becomes the key xterm means by it, or nothing at all.
enum EscapeSequence {
    static let escape: UInt32 = 0x1B
    /// How long the rest of a sequence may take once it has begun: its bytes come together.
    static let restWaitMilliseconds: Int32 = 50
    /// Longer than any key's sequence: what goes on past it is read, not kept.
    static let longest = 32

    /// Reads the rest of a sequence after ESC. Returns `.escape` when the ESC stands alone (the
    /// Esc key), the key a known sequence means, or nil for a sequence swallowed whole.
    static func afterEscape<Source: RawInputSource>(from source: inout Source) -> Key? {
        // ncurses already waited ESCDELAY for a sequence it knows: what follows an Esc key press
        // is not here yet, what follows an unknown sequence's ESC is.
        guard let next = source.next(waiting: 0) else { return .escape }
        guard case .character(let c) = next, c == csi || c == ss3 else {
            source.pushBack(next)
            return .escape
        }
        let introducer = c
        var body = String(UnicodeScalar(UInt8(c)))
        while true {
            guard let input = source.next(waiting: restWaitMilliseconds) else { return nil }
            guard case .character(let byte) = input, (0x20...0x7E).contains(byte) else {
                // Not part of a sequence: the sequence ended early; the input is read next.
                source.pushBack(input)
                return nil
            }
            if body.utf8.count < longest { body.unicodeScalars.append(UnicodeScalar(UInt8(byte))) }
            if introducer == csi && (0x20...0x3F).contains(byte) { continue }  // parameters, intermediates
            if introducer == ss3 && (0x30...0x3F).contains(byte) { continue }  // a modifier (`ESC O 2 P`)
            // The Linux console's F1-F5 are `ESC [ [ A` to `ESC [ [ E`: one more character.
            if body == "[[" { continue }
            return known[body]
        }
    }

    private static let csi: UInt32 = 0x5B  // [
    private static let ss3: UInt32 = 0x4F  // O

    /// The keys xterm, the Linux console and their kin send, by what follows ESC.
    static let known: [String: Key] = {
        var keys: [String: Key] = [
            "[A": .up, "[B": .down, "[C": .right, "[D": .left, "[H": .home, "[F": .end, "[Z": .backTab,
            "[1~": .home, "[7~": .home, "[4~": .end, "[8~": .end, "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown,
            "OA": .up, "OB": .down, "OC": .right, "OD": .left, "OH": .home, "OF": .end, "OM": .enter,
            "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
        ]
        let functionKeys = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]
        for (index, code) in functionKeys.enumerated() { keys["[\(code)~"] = .function(index + 1) }
        for (index, letter) in "ABCDE".enumerated() { keys["[[\(letter)"] = .function(index + 1) }
        return keys
    }()
}
