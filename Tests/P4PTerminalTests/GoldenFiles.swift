import Foundation
import Testing
@testable import P4PTerminal

/// A golden screen is two files under Golden/: `name.txt`, the text, and `name.attrs.txt`, where
/// the real cursor rests and how each cell is styled (Golden/README.md reads the letters). A
/// screen that keeps its words but loses its selection bar, or leaves the cursor on the frame,
/// differs from its golden. After a deliberate change to the look, rerun with
/// P4P_UPDATE_GOLDEN=1 and read both diffs before committing them.
enum GoldenFiles {
    /// One letter a style; `.` for normal, so a plain row reads as a blank line.
    static let letters: [Style: Character] = [
        .normal: ".", .dim: "d", .bold: "b", .header: "h", .border: "-", .focusedBorder: "=",
        .title: "t", .focusedTitle: "T", .selected: "S", .selectedUnfocused: "s", .warning: "w",
        .mark: "*", .keyName: "k", .keyLabel: "l", .status: "_", .message: "m",
    ]

    /// "cursor: 4,2" (row, column from 0) or "cursor: none", then one line a screen row: its
    /// number and a letter a column, trailing normal cells left off.
    static func attributes(_ canvas: Canvas) -> String {
        let cursor = canvas.cursor.map { "cursor: \($0.row),\($0.column)" } ?? "cursor: none"
        let rows = (0..<canvas.size.rows).map { row -> String in
            var mask = String((0..<canvas.size.columns).map { letters[canvas[row, $0].style] ?? "?" })
            while mask.last == "." { mask.removeLast() }
            let number = row < 10 ? " \(row)" : "\(row)"
            return mask.isEmpty ? number : number + " " + mask
        }
        return ([cursor] + rows).joined(separator: "\n")
    }

    static func url(_ name: String, _ suffix: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name + suffix)
    }

    /// Compares the canvas's text and attributes with the golden files (or writes them).
    static func expect(_ name: String, _ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expect(name, text: canvas.text, attributes: attributes(canvas), sourceLocation: sourceLocation)
    }

    static func expect(_ name: String, text: String, attributes: String?,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        var files = [(".txt", text)]
        if let attributes { files.append((".attrs.txt", attributes)) }
        for (suffix, actual) in files {
            let url = url(name, suffix)
            if ProcessInfo.processInfo.environment["P4P_UPDATE_GOLDEN"] == "1" {
                try (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(actual + "\n" == expected, "screen differs from Golden/\(name)\(suffix)\(firstDifference(expected, actual + "\n"))",
                    sourceLocation: sourceLocation)
        }
    }

    /// Where two goldens first differ, so a failure names the row without a diff tool.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) where i >= a.count || i >= b.count || a[i] != b[i] {
            let was = i < a.count ? String(a[i]) : "(nothing)", now = i < b.count ? String(b[i]) : "(nothing)"
            return " at line \(i + 1):\n  golden: \(was)\n  now:    \(now)"
        }
        return ""
    }
}
