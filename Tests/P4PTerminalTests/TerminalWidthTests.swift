import Foundation
import Testing
@testable import P4PTerminal

/// The system's own `wcwidth`, in a UTF-8 locale for this thread only: what ncurses uses to
/// place each code point.
enum SystemWidth {
    /// glibc's `wcwidth`, which Swift's Glibc module leaves out (it is an X/Open extension).
    static let wcwidth: @convention(c) (Int32) -> Int32 = unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"), to: (@convention(c) (Int32) -> Int32).self)

    static func of(_ scalar: Unicode.Scalar) -> Int32 {
        withUTF8Locale { wcwidth(Int32(scalar.value)) }
    }

    /// The columns ncurses gives a line of text: each code point's `wcwidth`.
    static func of(_ text: String) -> Int {
        withUTF8Locale { text.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(Int32($1.value)))) } }
    }

    static func withUTF8Locale<T>(_ body: () -> T) -> T {
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return body() }
        let previous = uselocale(utf8)
        defer { uselocale(previous); freelocale(utf8) }
        return body()
    }
}

@Suite struct TerminalWidthTests {
    @Test func emojiSequencesTakeWhatTheirCodePointsTake() {
        #expect(TextWidth.of("👨‍👩‍👧") == 6)
        #expect(TextWidth.of("👍🏽") == 4)
        #expect(TextWidth.of("❤️") == 1)
        #expect(TextWidth.of("🇺🇸") == 2)
        for text in ["👨‍👩‍👧", "👍🏽", "❤️", "🇺🇸", "Núñez", "e\u{301}", "王秀英", "한국어", "Ольга", "Nguyễn Thị Hồng"] {
            #expect(TextWidth.of(text) == SystemWidth.of(text), "\(text)")
        }
    }

    /// Code points whose width moved between Unicode versions (Swift's and the C library's).
    static let versionDifferences: Set<UInt32> = [
        0x1171E,  // Ahom: a spacing mark since Unicode 15
    ]

    /// Every code point the system's `wcwidth` measures, measured alike.
    @Test func agreesWithTheSystemsWcwidthOnEveryCodePoint() {
        var differences: [String] = []
        SystemWidth.withUTF8Locale {
            for value in UInt32(0x20)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let system = SystemWidth.wcwidth(Int32(value))
                guard system >= 0, scalar.properties.generalCategory != .unassigned,
                      !Self.versionDifferences.contains(value) else { continue }
                if TextWidth.of(scalar) != Int(system) {
                    differences.append(String(format: "U+%04X: %d, wcwidth %d", value, TextWidth.of(scalar), system))
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(40))")
    }
}
