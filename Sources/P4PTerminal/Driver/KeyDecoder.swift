import CCurses
import P4PController

/// Turns one input from ncurses into a `Key`; nil for what the program does not use.
enum KeyDecoder {
    static func decode(_ input: RawInput) -> Key? {
        switch input {
        case .keyCode(let code): return decodeKeyCode(code)
        case .character(let value): return decodeCharacter(value)
        }
    }

    static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case cc_key_resize(): return .resize
        default:
            for n in 1...12 where code == cc_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
}
